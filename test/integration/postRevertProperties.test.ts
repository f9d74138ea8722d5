/**
 * Properties of post and revert on real workbooks (SheetJS, in memory), through the same
 * functions the CLI runs: post-then-revert restores every cell of every input sheet; posting
 * twice is refused and changes nothing; excluded items and their dependants appear nowhere.
 */
import fc from 'fast-check';
import { isoDate } from '../../src/engine/dates/isoDate';
import { addDays } from '../../src/engine/dates/localDate';
import { posts } from '../../src/engine/plan/planRun';
import { executePost } from '../../src/app/postRun';
import { executePreview } from '../../src/app/previewRun';
import { executeRevert } from '../../src/app/revertRun';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { preparePost } from '../../src/workbook/post/preparePost';
import { prepareRevert } from '../../src/workbook/post/prepareRevert';
import { buildPreview } from '../../src/workbook/preview/buildPreview';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import type { WorkbookGrids } from '../../src/workbook/sheetGrid';
import { trimmedSheets } from '../fixtures/trimmedSheets';

const SAMPLE_AS_OF = isoDate('2026-11-21');
const INPUT_SHEETS = ['Members', 'Products', 'Seasons', 'Mapping', 'Invoices', 'Applications', 'Runs', 'Settings', 'Preview NIGHTLY'];

function sampleHost(members: number, seed: number): XlsxWorkbookHost {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: SAMPLE_AS_OF, memberships: members, seed, withInputErrors: false })) host.replaceSheetSync(sheet);
  return XlsxWorkbookHost.fromBytes(host.toBytes());
}

const snapshot = (grids: WorkbookGrids) => trimmedSheets(grids, INPUT_SHEETS);

const read = (host: XlsxWorkbookHost) => {
  const grids = host.readWorkbookSync();
  return { grids, read: readWorkbookRecords(grids) };
};

describe('post and revert', () => {
  it('restore every cell on revert, refuse a second post, and never touch excluded items', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 30, max: 120 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: -10, max: 10 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (members, seed, shift, picks) => {
          const host = sampleHost(members, seed);
          const asOf = addDays(SAMPLE_AS_OF, shift);
          const first = read(host);
          const run = first.read.runs.find((r) => r.id === 'NIGHTLY');
          if (!run) throw new Error('no NIGHTLY run');
          const preview = buildPreview({ grids: first.grids, read: first.read, run, asOf });
          await executePreview(host, preview);
          // Staff set Include = No on some rows that would post (row = item index + 2).
          const postable = preview.plan.items.map((item, i) => ({ item, row: i + 2 })).filter(({ item }) => posts(item));
          const excluded = postable.length === 0 ? [] : picks.map((p) => postable[p % postable.length]);
          host.writeCellsSync(excluded.map(({ row }) => ({ sheet: 'Preview NIGHTLY', row, column: 5, value: 'No' })));
          const excludedKeys = new Set(excluded.map(({ item }) => item.key));

          const before = read(host);
          const decision = preparePost({ grids: before.grids, read: before.read, run, executedAt: '2026-11-21T02:00:00Z', postingBy: 'pane:test' });
          if (!decision.ok) throw new Error(decision.message);
          await executePost(host, decision.post);
          const after = read(host);

          // Excluded items, and notices depending on an excluded renewal, appear nowhere.
          const postedKeys = new Set(decision.post.plan.items.filter(posts).map((i) => i.key));
          for (const key of excludedKeys) expect(postedKeys.has(key)).toBe(false);
          for (const key of postedKeys) {
            if (key.startsWith('notify:new:')) expect(excludedKeys.has(`renew:${key.slice('notify:new:'.length)}`)).toBe(false);
          }
          const excludedMemberships = new Set(excluded.filter(({ item }) => item.action === 'renew').map(({ item }) => item.membershipId));
          const newInvoices = after.read.records.invoices.filter(
            (inv) => inv.runId === 'NIGHTLY' && inv.billDate === asOf && !before.read.records.invoices.some((b) => b.invoiceId === inv.invoiceId),
          );
          expect(newInvoices.filter((inv) => excludedMemberships.has(inv.membershipId))).toEqual([]);
          for (const { item } of excluded.filter(({ item }) => item.action === 'drop')) {
            // An excluded drop leaves the Status as it was: Active, or Grace (SPEC §11) in the sample.
            const statusOf = (state: typeof before) => state.read.records.members.find((m) => m.membershipId === item.membershipId)?.status;
            expect(statusOf(after)).toBe(statusOf(before));
            expect(['Active', 'Grace']).toContain(statusOf(after));
          }
          for (const { item } of excluded.filter(({ item }) => item.action === 'notify' && item.invoiceId)) {
            const was = before.read.records.invoices.find((inv) => inv.invoiceId === item.invoiceId);
            const now = after.read.records.invoices.find((inv) => inv.invoiceId === item.invoiceId);
            if (now?.status === 'Open') expect(now.noticesSent).toBe(was?.noticesSent);
          }
          const batchText = JSON.stringify(decision.post.batches);
          for (const key of excludedKeys) if (key.startsWith('notify:INV')) expect(batchText).not.toContain(`"${key.slice(7)}"`);

          // Posting twice equals posting once: the second is refused and writes nothing.
          const again = preparePost({ grids: after.grids, read: after.read, run, executedAt: '2026-11-21T03:00:00Z', postingBy: 'pane:test' });
          expect(again.ok).toBe(false);

          // Post then revert restores every cell of every input sheet.
          const context = { date1904: false, dateOrder: after.read.records.settings.dateOrder };
          const revert = prepareRevert(after.grids, context, run.id, asOf);
          if (!revert.ok) throw new Error(revert.message);
          await executeRevert(host, revert.revert);
          expect(snapshot(host.readWorkbookSync())).toEqual(snapshot(before.grids));
        },
      ),
      { numRuns: 25 },
    );
  });
});
