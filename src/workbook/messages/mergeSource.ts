import { parseMergeText } from '../../engine/messages/parseMergeText';
import { ITEM_FIELDS, type ItemField } from './itemFields';
import type { MemberColumn } from './memberColumns';

/** Where one part of a compiled text comes from: resolved once per template, never per item. */
export type MergeSource =
  | { literal: string }
  | { item: ItemField }
  | { member: MemberColumn }
  /** A setting's value, already formatted: it is the same for every message. */
  | { setting: string };

/** A template text with every field resolved, and the fields that matched nothing. */
export interface CompiledText {
  parts: MergeSource[];
  /** Fields as written that are no item field, Members column or setting, in order of use. */
  unknown: string[];
}

/** What a field may be matched against, in SPEC §9's order after the item's own fields. */
export interface MergeSources {
  members: ReadonlyMap<string, MemberColumn>;
  /** Every Settings row's value as merged text, by the setting's header key. */
  settings: ReadonlyMap<string, string>;
}

/**
 * Resolves a template text's `{{Field}}`s once: against the item's fields, then every Members
 * column, then the Settings rows (SPEC §9). A field that matches none is listed in `unknown`
 * (a setup problem the preview reports) and merges as empty text.
 *
 * @example
 * compileText('Dear {{Name}}, call {{Phone}}', sources).unknown // → [] when Members has Phone
 */
export function compileText(text: string, sources: MergeSources): CompiledText {
  const parts: MergeSource[] = [];
  const unknown: string[] = [];
  for (const part of parseMergeText(text)) {
    if (typeof part === 'string') {
      parts.push({ literal: part });
      continue;
    }
    const item = ITEM_FIELDS.get(part.key);
    const member = item === undefined ? sources.members.get(part.key) : undefined;
    const setting = item === undefined && member === undefined ? sources.settings.get(part.key) : undefined;
    if (item !== undefined) parts.push({ item });
    else if (member !== undefined) parts.push({ member });
    else if (setting !== undefined) parts.push({ setting });
    else {
      if (!unknown.includes(part.field)) unknown.push(part.field);
      parts.push({ literal: '' });
    }
  }
  return { parts, unknown };
}
