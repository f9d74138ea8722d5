import { isoDate } from '../../engine/dates/isoDate';
import { messageKindOf } from '../../engine/messages/messageKind';
import { posts } from '../../engine/model/planItem';
import { preparePost, type PreparedPost } from '../post/preparePost';
import { prepareRevert } from '../post/prepareRevert';
import { applyWrites, previewedGrids, SAMPLE_AS_OF } from '../post/testing/previewedGrids';
import { readWorkbookRecords } from '../read/readWorkbookRecords';
import { replaceGrid } from './testing/replaceGrid';
import type { WorkbookGrids } from '../sheetGrid';
import { postedMessages } from './postedMessages';

const context = { date1904: false, dateOrder: 'YMD' as const };

/** The sample previewed and posted as of SAMPLE_AS_OF, every phase written. */
function postedBook(): { grids: WorkbookGrids; post: PreparedPost } {
  const { grids, read, run } = previewedGrids({ actions: 'activate, renew, notify, collect, drop' });
  const decision = preparePost({ grids, read, run, executedAt: '2026-11-21T16:02:00Z', postingBy: 'cli:test:1' });
  if (!decision.ok) throw new Error(decision.message);
  const { post } = decision;
  applyWrites(grids, post.begin);
  applyWrites(grids, post.apply);
  for (const sheet of post.batchSheets) replaceGrid(grids, sheet);
  applyWrites(grids, post.commit);
  return { grids, post };
}

function messagesOf(grids: WorkbookGrids, asOf = SAMPLE_AS_OF as typeof SAMPLE_AS_OF | null) {
  const read = readWorkbookRecords(grids);
  const run = read.runs.find((r) => r.id === 'NIGHTLY')!;
  return postedMessages(grids, read, context, run, asOf);
}

describe('postedMessages', () => {
  it('gives one message per posted item, with the key and kind the plan gave it', () => {
    const { grids, post } = postedBook();
    const reading = messagesOf(grids);
    if (!reading.ok) throw new Error(reading.message);
    const expected = post.plan.items.filter(posts).map((item) => ({ key: item.key, kind: messageKindOf(item) }));
    expect(expected.length).toBeGreaterThan(3);
    const got = reading.messages.map((m) => ({ key: m.key, kind: m.kind }));
    // The sample's post has no AutoPay collection and no second notice that day.
    expect([...new Set(got.map((m) => m.kind))].sort()).toEqual(['activation', 'drop', 'first', 'invoice']);
    expect(got.sort((a, b) => a.key.localeCompare(b.key))).toEqual(expected.sort((a, b) => a.key.localeCompare(b.key)));
  });

  it('fills each message with its invoice and member as the records hold them now', () => {
    const { grids, post } = postedBook();
    const reading = messagesOf(grids, null);
    if (!reading.ok) throw new Error(reading.message);
    const invoices = readWorkbookRecords(grids).records.invoices;
    for (const row of post.batches.invoices) {
      const message = reading.messages.find((m) => m.kind === 'invoice' && m.invoiceId === row.invoiceId);
      const invoice = invoices.find((i) => i.invoiceId === row.invoiceId)!;
      expect(message).toMatchObject({
        memberId: row.memberId,
        name: row.name,
        email: row.email,
        amount: invoice.amount,
        dueDate: invoice.dueDate,
        asOf: SAMPLE_AS_OF,
      });
    }
    for (const row of post.batches.notices) {
      expect(reading.messages.find((m) => m.kind === row.noticeKind && m.invoiceId === row.invoiceId)).toMatchObject({ noticeNumber: row.noticeNumber });
    }
  });

  it('refuses when the run was not posted on that date', () => {
    const { grids } = postedBook();
    expect(messagesOf(grids, isoDate('2026-11-22'))).toEqual({
      ok: false,
      message: 'Cannot deliver NIGHTLY as of 2026-11-22: the run was not posted as of 2026-11-22.',
    });
  });

  it('refuses when the post was reverted', () => {
    const { grids } = postedBook();
    const revert = prepareRevert(grids, context, 'NIGHTLY', SAMPLE_AS_OF);
    if (!revert.ok) throw new Error(revert.message);
    applyWrites(grids, revert.revert.writes);
    expect(messagesOf(grids)).toEqual({ ok: false, message: 'Cannot deliver NIGHTLY as of 2026-11-21: its post was reverted.' });
  });
});
