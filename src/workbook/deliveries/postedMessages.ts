import { formatIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import type { Application, Invoice, Member } from '../../engine/model/records';
import type { RunDefinition } from '../../engine/model/run';
import { noticeIntervalDays } from '../../engine/notify/noticeIntervalDays';
import { noticeKind } from '../../engine/notify/noticeKind';
import { readJournal } from '../journal/readJournal';
import type { MessageFacts } from '../messages/messageFacts';
import type { WorkbookReadResult } from '../read/readWorkbookRecords';
import type { ReadContext } from '../read/readContext';
import { readRunLog, type RunLogEntry } from '../runLog/readRunLog';
import type { WorkbookGrids } from '../sheetGrid';
import { postedRowChanges, type PostedRowChange } from './postedChanges';

export type PostedMessagesReading = { ok: true; entry: RunLogEntry; messages: MessageFacts[] } | { ok: false; message: string };

/**
 * The messages of a run's post (SPEC §9 "Which message each posted item gets"), found from the
 * post's Journal lines and the records as they are now: an appended Invoices row is a renewal
 * (`invoice`, key `renew:<Membership ID>`), and when it was appended with Notices Sent 1 also
 * the notice the same run proposed on it (`first`, `notify:new:<Membership ID>`); an Invoices row
 * whose Notices Sent changed is a notice (`notify:<Invoice ID>`, its kind computed as the plan
 * computed it); one whose Attempts changed is a collection (`collect:<Invoice ID>`); a Members
 * row whose Status became the Dropped Status is a drop (`drop:<Membership ID>`); an appended
 * Members row is an activation, paired in order with the Applications row the post set to
 * `Activated` (`activate:<Application ID>`). The Journal outlives later posts of the run, so any
 * post can be delivered, not only the latest.
 *
 * `asOf` null means the run's latest post. Refused (with words) when the run was not posted on
 * that date, its post was reverted or is still being written, or its Journal cannot be read.
 *
 * @example
 * postedMessages(grids, read, context, run, null) // → { ok: true, entry, messages: [{ key: 'renew:M-1', kind: 'invoice', … }] }
 */
export function postedMessages(
  grids: WorkbookGrids,
  read: WorkbookReadResult,
  context: ReadContext,
  run: RunDefinition,
  asOf: LocalDate | null,
): PostedMessagesReading {
  const found = postOf(readRunLog(grids, context).entries, run, asOf);
  if (!found.ok) return found;
  const journal = readJournal(grids, found.entry.row);
  if (!journal.ok) return { ok: false, message: `Cannot deliver ${run.id} as of ${formatIsoDate(found.entry.asOf)}: ${journal.message}` };
  const facts = new PostFacts(read, run, found.entry.asOf);
  const changes = postedRowChanges(grids, journal.lines);
  const applications = changes.filter((c) => c.sheetKey === 'applications' && c.values.get('status') === 'Activated');
  const messages: MessageFacts[] = [];
  let activations = 0;
  for (const change of changes) {
    if (change.sheetKey === 'invoices') messages.push(...invoiceMessages(change, facts));
    if (change.sheetKey !== 'members') continue;
    if (change.appended) messages.push(facts.activation(change, applications[activations++]?.row ?? null));
    else if (change.values.get('status') === read.records.settings.droppedStatus) messages.push(facts.drop(change));
  }
  return { ok: true, entry: found.entry, messages };
}

function postOf(
  entries: readonly RunLogEntry[],
  run: RunDefinition,
  asOf: LocalDate | null,
): { ok: true; entry: RunLogEntry } | { ok: false; message: string } {
  const id = run.id.toUpperCase();
  const ofRun = entries.filter((e) => e.runId.toUpperCase() === id && (asOf === null || e.asOf === asOf));
  const posted = ofRun.filter((e) => e.status === 'Posted').sort((a, b) => (a.asOf === b.asOf ? a.row - b.row : a.asOf < b.asOf ? -1 : 1));
  const entry = posted[posted.length - 1];
  if (entry !== undefined) return { ok: true, entry };
  const when = asOf === null ? '' : ` as of ${formatIsoDate(asOf)}`;
  if (ofRun.some((e) => e.status === 'Posting'))
    return { ok: false, message: `Cannot deliver ${run.id}${when}: its post is still being written (or was interrupted).` };
  if (ofRun.some((e) => e.status === 'Reverted')) return { ok: false, message: `Cannot deliver ${run.id}${when}: its post was reverted.` };
  return { ok: false, message: `Cannot deliver ${run.id}${when}: the run was not posted${when}.` };
}

function invoiceMessages(change: PostedRowChange, facts: PostFacts): MessageFacts[] {
  const messages: MessageFacts[] = [];
  const invoice = facts.invoiceAt(change);
  if (invoice === null) return messages;
  const notices = change.values.get('noticessent');
  if (change.appended) {
    messages.push(facts.invoiceMessage('invoice', `renew:${invoice.membershipId}`, invoice));
    if (typeof notices === 'number' && notices >= 1) messages.push(facts.invoiceMessage('first', `notify:new:${invoice.membershipId}`, invoice, 1));
    return messages;
  }
  if (typeof notices === 'number') messages.push(facts.invoiceMessage(facts.noticeKindOf(notices, invoice), `notify:${invoice.invoiceId}`, invoice, notices));
  if (change.values.has('attempts')) messages.push(facts.invoiceMessage('collection', `collect:${invoice.invoiceId}`, invoice));
  return messages;
}

/** The records a post's messages are built from, looked up by row and ID. */
class PostFacts {
  private readonly invoicesByRow: Map<number, Invoice>;
  private readonly membersByRow: Map<number, Member>;
  private readonly membersById: Map<string, Member>;
  private readonly currencies: Map<string, string>;
  private readonly applicationsByRow: Map<number, Application>;

  constructor(
    read: WorkbookReadResult,
    private readonly run: RunDefinition,
    private readonly asOf: LocalDate,
  ) {
    const { invoices, members, products } = read.records;
    this.invoicesByRow = new Map(invoices.map((i) => [i.row, i]));
    this.membersByRow = new Map(members.map((m) => [m.row, m]));
    this.membersById = new Map(members.map((m) => [m.membershipId, m]));
    this.currencies = new Map(products.map((p) => [p.product, p.currency]));
    this.applicationsByRow = new Map(read.records.applications.map((a) => [a.row, a]));
  }

  /** The invoice on the changed row, checked against the Invoice ID the post wrote when it wrote one. */
  invoiceAt(change: PostedRowChange): Invoice | null {
    const invoice = this.invoicesByRow.get(change.row) ?? null;
    const written = change.values.get('invoiceid');
    if (invoice === null || (typeof written === 'string' && written !== invoice.invoiceId)) return null;
    return invoice;
  }

  noticeKindOf(number: number, invoice: Invoice) {
    const options = { intervalDays: noticeIntervalDays(this.run), dropAfterDays: this.run.dropAfterDays };
    return noticeKind(number, invoice.dueDate, this.asOf, options);
  }

  invoiceMessage(kind: MessageFacts['kind'], key: string, invoice: Invoice, noticeNumber: number | null = null): MessageFacts {
    const member = this.membersById.get(invoice.membershipId) ?? null;
    const facts = this.base(kind, key, member);
    facts.memberId = invoice.memberId ?? member?.memberId ?? null;
    facts.membershipId = invoice.membershipId;
    facts.invoiceId = invoice.invoiceId;
    facts.billDate = invoice.billDate;
    facts.amount = invoice.amount;
    facts.balance = invoice.balance;
    facts.currency = this.currencies.get(invoice.product) ?? 'USD';
    facts.dueDate = invoice.dueDate;
    facts.termStart = invoice.termStart;
    facts.termEnd = invoice.termEnd;
    facts.product = invoice.product;
    facts.noticeNumber = noticeNumber;
    facts.noticeKind = kind === 'first' || kind === 'reminder' || kind === 'final' ? kind : null;
    if (kind === 'collection') facts.collectionDate = this.asOf;
    return facts;
  }

  drop(change: PostedRowChange): MessageFacts {
    const member = this.membersByRow.get(change.row) ?? null;
    return this.base('drop', `drop:${member?.membershipId ?? change.row}`, member);
  }

  activation(change: PostedRowChange, applicationRow: number | null): MessageFacts {
    const member = this.membersByRow.get(change.row) ?? null;
    const application = applicationRow === null ? undefined : this.applicationsByRow.get(applicationRow);
    const facts = this.base('activation', `activate:${application?.applicationId ?? member?.membershipId ?? change.row}`, member);
    if (member !== null) {
      facts.termStart = member.startDate;
      facts.termEnd = member.endDate;
    }
    return facts;
  }

  private base(kind: MessageFacts['kind'], key: string, member: Member | null): MessageFacts {
    return {
      key,
      kind,
      runId: this.run.id,
      runName: this.run.name,
      asOf: this.asOf,
      memberId: member?.memberId ?? null,
      membershipId: member?.membershipId ?? null,
      name: member?.name ?? null,
      email: member?.email ?? null,
      invoiceId: null,
      billDate: null,
      amount: null,
      balance: null,
      currency: member === null ? null : (this.currencies.get(member.product) ?? 'USD'),
      dueDate: null,
      termStart: null,
      termEnd: null,
      product: member?.product ?? null,
      newProduct: null,
      noticeNumber: null,
      noticeKind: null,
      collectionDate: null,
      memberRow: member?.row ?? null,
    };
  }
}
