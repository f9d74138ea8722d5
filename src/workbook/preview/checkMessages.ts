import type { LocalDate } from '../../engine/dates/localDate';
import { MESSAGE_KINDS, messageKindOf, type MessageKind } from '../../engine/messages/messageKind';
import { missingGlyphs } from '../../engine/messages/missingGlyphs';
import { templateName } from '../../engine/messages/templateFor';
import { posts, type PlanItem } from '../../engine/model/planItem';
import type { Reason } from '../../engine/model/reason';
import type { Plan } from '../../engine/plan/planRun';
import { planStatistics } from '../../engine/plan/planStatistics';
import type { MessageContext } from '../messages/messageContext';
import type { CompiledText } from '../messages/mergeSource';

/** What the checks know of one kind's messages before looking at any item. */
interface KindCheck {
  /** The first merge field that matches nothing, as the item's error reason; `null` when none. */
  unknownField: Reason | null;
  /** Characters the font lacks in the text every message of the kind prints (templates, settings). */
  fixedMissing: string[];
  /** Members columns whose text the kind prints, beside the item's name and products. */
  memberColumns: number[];
}

/**
 * The message checks of a preview (SPEC §9), applied to a plan: every item that would post and
 * sends a message becomes `error` when its template (or the Payment Instructions its invoice
 * prints) uses a field that matches nothing — "template Reminder uses {{Adress}}, which is no
 * field or column" — and a `ready` item becomes a `warning` when text its invoice or letter
 * prints holds a character the PDF font lacks (an item already a warning keeps its reason: an
 * item shows one). Fields are checked once per kind, not per item; per item only the varying
 * texts are scanned (name, product, new product, the Members columns the templates merge and
 * the Address), and plain ASCII is a single pass. Returns a new plan (statistics recounted);
 * the plan given is not changed.
 *
 * @example
 * checkMessages(planRun({ records, run, asOf }), messageContext(grids, read, run)).items[0].status
 * // → 'error' when the run's Invoice template uses {{Adress}}
 */
export function checkMessages(plan: Plan, context: MessageContext): Plan {
  const checks = new Map<MessageKind, KindCheck>(MESSAGE_KINDS.map((kind) => [kind, kindCheck(context, kind, plan.asOf)]));
  let changed = false;
  const items = plan.items.map((item) => {
    if (!posts(item)) return item;
    const kind = messageKindOf(item);
    if (kind === null) return item;
    const check = checks.get(kind) as KindCheck;
    if (check.unknownField !== null) {
      changed = true;
      return { ...item, status: 'error', reason: check.unknownField } as PlanItem;
    }
    if (item.status !== 'ready') return item;
    const missing = itemMissingGlyphs(item, check, context);
    if (missing.length === 0) return item;
    changed = true;
    return { ...item, status: 'warning', reason: { code: 'MISSING_GLYPH', detail: { characters: missing.join(' ') } } } as PlanItem;
  });
  return changed ? { ...plan, items, statistics: planStatistics(items, plan.run.actions) } : plan;
}

function kindCheck(context: MessageContext, kind: MessageKind, asOf: LocalDate): KindCheck {
  const { template, subject, body } = context.kinds[kind];
  const texts: [string, CompiledText][] = [
    [`template ${templateName(template)}`, subject],
    [`template ${templateName(template)}`, body],
  ];
  if (template.attachInvoice) texts.push(['setting Payment Instructions', context.paymentInstructions]);
  const unknown = texts.find(([, text]) => text.unknown.length > 0);
  const { settings, formats } = context;
  let fixed = `${settings.organisationName ?? ''} ${settings.organisationAddress ?? ''} ${formats.date(asOf)}`;
  for (const currency of new Set(['USD', ...context.productCurrency.values()])) fixed += ` ${formats.amount(1234.5, currency)}`;
  const memberColumns = context.address === null ? [] : [context.address.index];
  for (const [, text] of texts) {
    for (const part of text.parts) {
      if ('literal' in part) fixed += part.literal;
      else if ('setting' in part) fixed += part.setting;
      else if ('member' in part && !part.member.isDate && !memberColumns.includes(part.member.index)) memberColumns.push(part.member.index);
    }
  }
  return {
    unknownField: unknown === undefined ? null : { code: 'TEMPLATE_UNKNOWN_FIELD', detail: { source: unknown[0], field: unknown[1].unknown[0] } },
    fixedMissing: missingGlyphs(fixed),
    memberColumns,
  };
}

function itemMissingGlyphs(item: PlanItem, check: KindCheck, context: MessageContext): string[] {
  let missing = check.fixedMissing;
  const add = (text: string | null) => {
    if (text === null) return;
    const found = missingGlyphs(text);
    if (found.length > 0) missing = [...new Set([...missing, ...found])];
  };
  add(item.name);
  add(item.product);
  add(item.newProduct);
  const grid = context.members;
  if (grid !== null && item.memberRow !== null) {
    const row = grid.cells[item.memberRow - grid.firstRow];
    for (const index of check.memberColumns) {
      const cell = row?.[index];
      if (typeof cell === 'string') add(cell);
    }
  }
  return missing;
}
