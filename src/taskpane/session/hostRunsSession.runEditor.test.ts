import { isoDate } from '../../engine/dates/isoDate';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { makeDraft } from '../testing/fakeRunsSession';
import { HostRunsSession } from './hostRunsSession';
import { Refusal } from '../../app/refusal';
import { findSheet } from '../../workbook/schema/findSheet';

const NOW = () => new Date('2026-11-21T12:00:00Z');

function fileHost() {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: isoDate('2026-11-21'), memberships: 20, seed: 3, withInputErrors: false })) host.replaceSheetSync(sheet);
  return host;
}

function fileSession() {
  return new HostRunsSession(fileHost(), NOW);
}

/** The Runs cell under `header` in the row whose Run ID is `runId`, as the workbook holds it. */
function runsCell(host: XlsxWorkbookHost, runId: string, header: string) {
  const cells = findSheet(host.readWorkbookSync(), 'Runs')?.cells ?? [];
  const headers = cells[0] ?? [];
  const row = cells.find((r) => r[headers.indexOf('Run ID')] === runId);
  return headers.includes(header) ? row?.[headers.indexOf(header)] : undefined;
}

describe('HostRunsSession run editor', () => {
  it('gives a run definition as the form holds it', async () => {
    const draft = await fileSession().runDraft('nightly');
    expect(draft).toMatchObject({ id: 'NIGHTLY', name: expect.any(String), mode: 'rolling' });
    expect(draft.actions.length).toBeGreaterThan(0);
  });

  it('derives a unique ID for a new run and reports a typed duplicate ID', async () => {
    const session = fileSession();
    expect((await session.checkDraft(makeDraft({ name: 'Nightly' }), null)).id).toBe('NIGHTLY-2');
    const typed = await session.checkDraft(makeDraft({ name: 'Other', id: 'nightly' }), null);
    expect(typed.id).toBe('NIGHTLY');
    expect(typed.warnings.map((w) => w.code)).toEqual(['DUPLICATE_RUN_ID']);
    // Editing a run keeps its own ID without calling it a duplicate.
    const editing = await session.checkDraft(await session.runDraft('NIGHTLY'), 'NIGHTLY');
    expect(editing.id).toBe('NIGHTLY');
    expect(editing.warnings.map((w) => w.code)).not.toContain('DUPLICATE_RUN_ID');
  });

  it('reports setup warnings in words and every field problem together', async () => {
    const check = await fileSession().checkDraft(
      makeDraft({ dropAfterDays: '10', leadDays: '-1', expiringBy: '2026-13-01', frequency: 'weekly', day: 'Funday', id: 'bad id', time: '25:00' }),
      null,
    );
    expect(check.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['DROP_TOO_QUICK', 'DROP_BEFORE_SECOND_NOTICE']));
    expect(check.warnings.find((w) => w.code === 'DROP_TOO_QUICK')?.message).toMatch(/Drop After Days is 10/);
    expect(check.problems).toEqual([
      "Run ID 'bad id' may only hold letters A-Z, digits, - and _ (1 to 20 characters).",
      "Day 'Funday' is not a weekday such as Monday or Mon.",
      "Time '25:00' is not a time between 00:00 and 23:59.",
      "Lead Days '-1' is not a whole number of days (0 or more).",
      "Expiring By '2026-13-01' is not a date written YYYY-MM-DD.",
    ]);
  });

  it('appends a new run as a Draft and reads it back as saved', async () => {
    const session = fileSession();
    const before = (await session.listRuns()).length;
    const draft = makeDraft({
      name: 'Gold monthly',
      frequency: 'monthly',
      day: '31',
      time: '9:30',
      expiringBy: '2026-12-31',
      memberTypes: ['Gold'],
      useMapping: 'no',
    });
    expect(await session.saveRun(draft, null)).toBe('GOLD-MONTHLY');
    const runs = await session.listRuns();
    expect(runs).toHaveLength(before + 1);
    expect(runs.find((r) => r.id === 'GOLD-MONTHLY')).toMatchObject({ name: 'Gold monthly', status: 'Draft' });
    expect(await session.runDraft('GOLD-MONTHLY')).toEqual({ ...draft, id: 'GOLD-MONTHLY', time: '09:30', actions: ['renew', 'drop', 'notify'] });
  });

  it('rewrites an edited run in its own row, clearing blanked fields', async () => {
    const session = fileSession();
    const before = (await session.listRuns()).map((r) => r.id);
    const draft = { ...(await session.runDraft('NIGHTLY')), dropAfterDays: '45', maxNotices: '', name: 'Nightly (edited)' };
    expect(await session.saveRun(draft, 'NIGHTLY')).toBe('NIGHTLY');
    expect((await session.listRuns()).map((r) => r.id)).toEqual(before);
    expect(await session.runDraft('NIGHTLY')).toEqual(draft);
  });

  it('refuses to save a draft with problems, naming them', async () => {
    const session = fileSession();
    await expect(session.saveRun(makeDraft({ name: '' }), null)).rejects.toThrow(new Refusal('INVALID_RUN', 'The run cannot be saved: Name is required.'));
  });

  it('saves a run with a SEPA Payment File to its Runs cell and reads it back', async () => {
    const host = fileHost();
    const session = new HostRunsSession(host, NOW);
    const draft = makeDraft({ name: 'Direct debit', actions: ['collect'], paymentFile: 'sepa' });
    expect(await session.saveRun(draft, null)).toBe('DIRECT-DEBIT');
    expect(runsCell(host, 'DIRECT-DEBIT', 'Payment File')).toBe('sepa');
    expect((await session.listRuns()).find((r) => r.id === 'DIRECT-DEBIT')?.paymentFile).toBe('sepa');
    expect((await session.runDraft('DIRECT-DEBIT')).paymentFile).toBe('sepa');
    // Set to none again: the cell is cleared.
    await session.saveRun({ ...(await session.runDraft('DIRECT-DEBIT')), paymentFile: '' }, 'DIRECT-DEBIT');
    expect(runsCell(host, 'DIRECT-DEBIT', 'Payment File')).toBeNull();
    expect((await session.runDraft('DIRECT-DEBIT')).paymentFile).toBe('');
  });

  it("warns of a Payment File's missing creditor Settings, and of one on a run that does not collect", async () => {
    const session = fileSession();
    const collects = await session.checkDraft(makeDraft({ name: 'DD', actions: ['collect'], paymentFile: 'sepa' }), null);
    expect(collects.warnings.map((w) => w.code)).toEqual(['PAYMENT_FILE_SETTINGS']);
    expect(collects.warnings[0]?.message).toMatch(/^The run writes a SEPA payment file but its Settings are not ready: .*Creditor Name/);
    const renews = await session.checkDraft(makeDraft({ name: 'DD', paymentFile: 'nacha' }), null);
    expect(renews.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['PAYMENT_FILE_WITHOUT_COLLECT', 'PAYMENT_FILE_SETTINGS']));
    expect(renews.warnings.find((w) => w.code === 'PAYMENT_FILE_WITHOUT_COLLECT')?.message).toBe(
      'The run has a NACHA Payment File but does not collect: add collect to its Actions, or clear the Payment File.',
    );
  });
});
