import { denseRows, editXlsx, readSheetCells } from '../fixtures/xlsxFixture';
import { cli } from './runCliInProcess';
import { startSmtpTestServer } from './smtpTestServer';
import { bookState, changeInputs, fileStamp, runDueAt, type ScheduledRun, scheduledBook, setRunCell } from './runDueBook';

/** One night (or hour) of the job: staff's edits before it, then what it must do and leave. */
interface Night {
  date: string;
  time?: string;
  before?: (path: string) => void;
  steps: string[];
  /** Each run's `Status Last-As-Of` afterwards. */
  runs: Record<string, string>;
  log: string[];
  code?: number;
}

interface Scenario {
  name: string;
  runs: ScheduledRun[];
  nights: Night[];
}

const approve = (id: string) => (path: string) => setRunCell(path, id, 'Status', 'Approved');
const cancel = (id: string) => (path: string) => setRunCell(path, id, 'Status', 'Cancelled');

const SCENARIOS: Scenario[] = [
  {
    name: 'daily, auto, Time 02:00: previews before its time, posts at it, then the next night',
    runs: [{ id: 'D', frequency: 'daily', time: '02:00', approval: 'auto', lastAsOf: '2026-11-20' }],
    nights: [
      { date: '2026-11-21', time: '01:59', steps: ['D 2026-11-21 previewed', 'D 2026-11-21 nothing-due'], runs: { D: 'Previewed 2026-11-20' }, log: [] },
      {
        date: '2026-11-21',
        time: '02:00',
        steps: ['D 2026-11-21 posted', 'D 2026-11-22 nothing-due'],
        runs: { D: 'Executed 2026-11-21' },
        log: ['D@2026-11-21 Posted'],
      },
      {
        date: '2026-11-22',
        time: '02:00',
        steps: ['D 2026-11-22 previewed', 'D 2026-11-22 posted', 'D 2026-11-23 nothing-due'],
        runs: { D: 'Executed 2026-11-22' },
        log: ['D@2026-11-21 Posted', 'D@2026-11-22 Posted'],
      },
    ],
  },
  {
    name: 'three missed nights of an auto run: each previewed and posted once, as of its own date, oldest first',
    runs: [{ id: 'D', frequency: 'daily', approval: 'auto', lastAsOf: '2026-11-18' }],
    nights: [
      {
        date: '2026-11-21',
        time: '03:00',
        steps: [
          'D 2026-11-19 previewed',
          'D 2026-11-19 posted',
          'D 2026-11-20 previewed',
          'D 2026-11-20 posted',
          'D 2026-11-21 previewed',
          'D 2026-11-21 posted',
          'D 2026-11-22 nothing-due',
        ],
        runs: { D: 'Executed 2026-11-21' },
        log: ['D@2026-11-19 Posted', 'D@2026-11-20 Posted', 'D@2026-11-21 Posted'],
      },
      {
        date: '2026-11-21',
        time: '03:00',
        steps: ['D 2026-11-22 nothing-due'],
        runs: { D: 'Executed 2026-11-21' },
        log: ['D@2026-11-19 Posted', 'D@2026-11-20 Posted', 'D@2026-11-21 Posted'],
      },
    ],
  },
  {
    name: 'three missed nights of a run needing approval: stops at the oldest, which waits',
    runs: [{ id: 'R', frequency: 'daily', time: '06:00', lastAsOf: '2026-11-18' }],
    nights: [
      {
        date: '2026-11-21',
        time: '07:00',
        steps: ['R 2026-11-19 previewed', 'R 2026-11-19 waiting-for-approval'],
        runs: { R: 'Previewed 2026-11-18' },
        log: [],
      },
      {
        date: '2026-11-21',
        time: '07:00',
        before: approve('R'),
        steps: ['R 2026-11-19 posted', 'R 2026-11-20 previewed', 'R 2026-11-20 waiting-for-approval'],
        runs: { R: 'Previewed 2026-11-19' },
        log: ['R@2026-11-19 Posted'],
      },
    ],
  },
  {
    name: 'Time 06:00, approved: not posted at 05:59, posted at 06:00',
    runs: [{ id: 'R', frequency: 'daily', time: '06:00', lastAsOf: '2026-11-20' }],
    nights: [
      {
        date: '2026-11-21',
        time: '01:00',
        steps: ['R 2026-11-21 previewed', 'R 2026-11-21 waiting-for-approval'],
        runs: { R: 'Previewed 2026-11-20' },
        log: [],
      },
      { date: '2026-11-21', time: '05:59', before: approve('R'), steps: ['R 2026-11-21 nothing-due'], runs: { R: 'Approved 2026-11-20' }, log: [] },
      {
        date: '2026-11-21',
        time: '06:00',
        steps: ['R 2026-11-21 posted', 'R 2026-11-22 nothing-due'],
        runs: { R: 'Executed 2026-11-21' },
        log: ['R@2026-11-21 Posted'],
      },
    ],
  },
  {
    name: 'approved, then the inputs changed: back to Previewed, nothing posted until approved again',
    runs: [{ id: 'R', frequency: 'daily', time: '06:00', lastAsOf: '2026-11-20' }],
    nights: [
      {
        date: '2026-11-21',
        time: '01:00',
        steps: ['R 2026-11-21 previewed', 'R 2026-11-21 waiting-for-approval'],
        runs: { R: 'Previewed 2026-11-20' },
        log: [],
      },
      {
        date: '2026-11-21',
        time: '06:00',
        before: (path) => {
          approve('R')(path);
          changeInputs(path, 'moved house');
        },
        steps: ['R 2026-11-21 changed-since-approval'],
        runs: { R: 'Previewed 2026-11-20' },
        log: [],
      },
      { date: '2026-11-21', time: '06:30', steps: ['R 2026-11-21 waiting-for-approval'], runs: { R: 'Previewed 2026-11-20' }, log: [] },
      {
        date: '2026-11-21',
        time: '07:00',
        before: approve('R'),
        steps: ['R 2026-11-21 posted', 'R 2026-11-22 nothing-due'],
        runs: { R: 'Executed 2026-11-21' },
        log: ['R@2026-11-21 Posted'],
      },
    ],
  },
  {
    name: 'an auto run whose inputs changed after its preview is refreshed, then posted',
    runs: [{ id: 'A', frequency: 'daily', time: '06:00', approval: 'auto', lastAsOf: '2026-11-20' }],
    nights: [
      { date: '2026-11-21', time: '01:00', steps: ['A 2026-11-21 previewed', 'A 2026-11-21 nothing-due'], runs: { A: 'Previewed 2026-11-20' }, log: [] },
      {
        date: '2026-11-21',
        time: '06:00',
        before: (path) => changeInputs(path, 'new phone'),
        steps: ['A 2026-11-21 refreshed', 'A 2026-11-21 posted', 'A 2026-11-22 nothing-due'],
        runs: { A: 'Executed 2026-11-21' },
        log: ['A@2026-11-21 Posted'],
      },
    ],
  },
  {
    name: 'a cancelled occurrence: not previewed again, skipped at its time, the next one comes due',
    runs: [{ id: 'R', frequency: 'daily', time: '06:00', lastAsOf: '2026-11-20' }],
    nights: [
      {
        date: '2026-11-21',
        time: '01:00',
        steps: ['R 2026-11-21 previewed', 'R 2026-11-21 waiting-for-approval'],
        runs: { R: 'Previewed 2026-11-20' },
        log: [],
      },
      { date: '2026-11-21', time: '05:00', before: cancel('R'), steps: ['R 2026-11-21 nothing-due'], runs: { R: 'Cancelled 2026-11-20' }, log: [] },
      { date: '2026-11-21', time: '06:00', steps: ['R 2026-11-21 skipped-cancelled', 'R 2026-11-22 nothing-due'], runs: { R: 'Draft 2026-11-21' }, log: [] },
      {
        date: '2026-11-22',
        time: '01:00',
        steps: ['R 2026-11-22 previewed', 'R 2026-11-22 waiting-for-approval'],
        runs: { R: 'Previewed 2026-11-21' },
        log: [],
      },
    ],
  },
  {
    name: 'weekly on Monday with a pre-processing lead of 3 days',
    runs: [{ id: 'W', frequency: 'weekly', day: 'Monday', lead: 3, approval: 'auto', lastAsOf: '2026-11-16' }],
    nights: [
      { date: '2026-11-19', steps: ['W 2026-11-23 nothing-due'], runs: { W: 'Executed 2026-11-16' }, log: [] },
      { date: '2026-11-20', steps: ['W 2026-11-23 previewed', 'W 2026-11-23 nothing-due'], runs: { W: 'Previewed 2026-11-16' }, log: [] },
      {
        date: '2026-11-23',
        time: '00:00',
        steps: ['W 2026-11-23 posted', 'W 2026-11-30 nothing-due'],
        runs: { W: 'Executed 2026-11-23' },
        log: ['W@2026-11-23 Posted'],
      },
    ],
  },
  {
    name: 'monthly on the 31st: the month’s last day (30 November, then 28 February)',
    runs: [{ id: 'M', frequency: 'monthly', day: 31, approval: 'auto', lastAsOf: '2026-10-31' }],
    nights: [
      { date: '2026-11-29', steps: ['M 2026-11-30 nothing-due'], runs: { M: 'Executed 2026-10-31' }, log: [] },
      {
        date: '2026-11-30',
        steps: ['M 2026-11-30 previewed', 'M 2026-11-30 posted', 'M 2026-12-31 nothing-due'],
        runs: { M: 'Executed 2026-11-30' },
        log: ['M@2026-11-30 Posted'],
      },
      {
        date: '2027-02-28',
        steps: [
          'M 2026-12-31 previewed',
          'M 2026-12-31 posted',
          'M 2027-01-31 previewed',
          'M 2027-01-31 posted',
          'M 2027-02-28 previewed',
          'M 2027-02-28 posted',
          'M 2027-03-31 nothing-due',
        ],
        runs: { M: 'Executed 2027-02-28' },
        log: ['M@2026-11-30 Posted', 'M@2026-12-31 Posted', 'M@2027-01-31 Posted', 'M@2027-02-28 Posted'],
      },
    ],
  },
  {
    name: 'yearly on 12-01 with a lead of 14 days, needing approval',
    runs: [{ id: 'Y', frequency: 'yearly', day: '12-01', lead: 14, lastAsOf: '2025-12-01' }],
    nights: [
      { date: '2026-11-16', steps: ['Y 2026-12-01 nothing-due'], runs: { Y: 'Executed 2025-12-01' }, log: [] },
      { date: '2026-11-17', steps: ['Y 2026-12-01 previewed', 'Y 2026-12-01 waiting-for-approval'], runs: { Y: 'Previewed 2025-12-01' }, log: [] },
      { date: '2026-11-30', before: approve('Y'), steps: ['Y 2026-12-01 nothing-due'], runs: { Y: 'Approved 2025-12-01' }, log: [] },
      {
        date: '2026-12-01',
        time: '00:00',
        steps: ['Y 2026-12-01 posted', 'Y 2027-12-01 nothing-due'],
        runs: { Y: 'Executed 2026-12-01' },
        log: ['Y@2026-12-01 Posted'],
      },
    ],
  },
  {
    name: 'several runs in one book, each on its own schedule',
    runs: [
      { id: 'A', frequency: 'daily', approval: 'auto', lastAsOf: '2026-11-20' },
      { id: 'R', frequency: 'daily', lastAsOf: '2026-11-20' },
      { id: 'W', frequency: 'weekly', day: 'Monday', lastAsOf: '2026-11-16' },
    ],
    nights: [
      {
        date: '2026-11-21',
        steps: [
          'A 2026-11-21 previewed',
          'A 2026-11-21 posted',
          'A 2026-11-22 nothing-due',
          'R 2026-11-21 previewed',
          'R 2026-11-21 waiting-for-approval',
          'W 2026-11-23 nothing-due',
        ],
        runs: { A: 'Executed 2026-11-21', R: 'Previewed 2026-11-20', W: 'Executed 2026-11-16' },
        log: ['A@2026-11-21 Posted'],
      },
    ],
  },
];

describe('renewal-runs run-due (SPEC §12), night after night', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const smtp = await startSmtpTestServer();
    try {
      const path = scheduledBook(scenario.runs, [
        ['SMTP Host', '127.0.0.1'],
        ['SMTP Port', smtp.port],
        ['SMTP Security', 'none'],
      ]);
      for (const night of scenario.nights) {
        night.before?.(path);
        const receivedBefore = smtp.received.length;
        const result = await runDueAt(path, night.date, night.time, ['--deliver', 'smtp']);
        const at = `${night.date} ${night.time ?? '(whole day)'}`;
        // Every post is followed by the delivery of its messages; the other steps are the night's.
        const steps = result.steps.filter((step) => !step.endsWith(' delivered'));
        expect({ at, steps, code: result.code }).toEqual({ at, steps: night.steps, code: night.code ?? 0 });
        const deliveredSteps = result.steps.filter((step) => step.endsWith(' delivered'));
        expect(deliveredSteps).toEqual(night.steps.filter((step) => step.endsWith(' posted')).map((step) => step.replace(/ posted$/, ' delivered')));
        const state = await bookState(path);
        const runs = Object.fromEntries(Object.entries(state.runs).map(([id, r]) => [id, `${r.status} ${r.lastAsOf}`]));
        expect({ at, runs, log: state.log }).toEqual({ at, runs: night.runs, log: night.log });
        // What the mail server received: only messages of the occurrences posted this night (none
        // on a night that posts nothing), each once — the Deliveries sheet has a row per message.
        const postedTonight = new Set(night.steps.filter((step) => step.endsWith(' posted')).map((step) => step.split(' ').slice(0, 2).join('.')));
        const tonight = smtp.received.slice(receivedBefore).map((m) => (m.parsed.messageId ?? '').replace(/^<|>$/g, ''));
        const occurrences = new Set(tonight.map((id) => id.split('.').slice(0, 2).join('.')));
        expect({ at, delivered: [...occurrences].filter((o) => !postedTonight.has(o)) }).toEqual({ at, delivered: [] });
        const ids = smtp.received.map((m) => m.parsed.messageId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(deliveredRows(path)).toBe(smtp.received.length);
      }
      // A scenario that posts delivers something: the checks above looked at real messages.
      if (scenario.nights.some((n) => n.steps.some((step) => step.endsWith(' posted')))) expect(smtp.received.length).toBeGreaterThan(0);
    } finally {
      await smtp.close();
    }
  });

  it('does nothing new, and does not rewrite the book, when called again the same minute', async () => {
    const path = scheduledBook([
      { id: 'A', frequency: 'daily', approval: 'auto', lastAsOf: '2026-11-20' },
      { id: 'R', frequency: 'daily', lastAsOf: '2026-11-20' },
    ]);
    const first = await runDueAt(path, '2026-11-21', '02:00');
    expect(first.steps).toEqual([
      'A 2026-11-21 previewed',
      'A 2026-11-21 posted',
      'A 2026-11-22 nothing-due',
      'R 2026-11-21 previewed',
      'R 2026-11-21 waiting-for-approval',
    ]);
    const stamp = fileStamp(path);
    const before = await bookState(path);
    const second = await runDueAt(path, '2026-11-21', '02:00');
    expect(second.steps).toEqual(['A 2026-11-22 nothing-due', 'R 2026-11-21 waiting-for-approval']);
    expect(fileStamp(path)).toBe(stamp);
    expect(await bookState(path)).toEqual(before);
  });

  it('keeps the exclusions staff made when it refreshes a preview', async () => {
    const path = scheduledBook([{ id: 'A', frequency: 'daily', time: '06:00', approval: 'auto', lastAsOf: '2026-11-20' }]);
    await runDueAt(path, '2026-11-21', '01:00');
    editXlsx(path, (wb) => {
      const rows = denseRows(wb, 'Preview A');
      const header = rows.findIndex((r) => r.some((c) => c?.v === 'Key'));
      const key = rows[header].findIndex((c) => c?.v === 'Key');
      const include = rows[header].findIndex((c) => c?.v === 'Include');
      const drop = rows.find((r) => r[key]?.v === 'drop:M4');
      if (!drop) throw new Error('no drop:M4 row');
      drop[include] = { t: 's', v: 'No' };
    });
    changeInputs(path, 'changed');
    const result = await runDueAt(path, '2026-11-21', '06:00');
    expect(result.steps).toEqual(['A 2026-11-21 refreshed', 'A 2026-11-21 posted', 'A 2026-11-22 nothing-due']);
    // M4 was excluded: no Drops batch, and M4 still Active.
    const members = readSheetCells(path, 'Members');
    expect(members.find((r) => r[0]?.v === 'M4')?.[4]?.v).toBe('Active');
  });

  it('prints one line per step without --json', async () => {
    const path = scheduledBook([{ id: 'R', frequency: 'daily', time: '06:00', lastAsOf: '2026-11-20' }]);
    const result = await cli(['run-due', path, '--as-of', '2026-11-21', '--at', '06:00']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'R                    2026-11-21  previewed: as of 2026-11-21',
      'R                    2026-11-21  waiting for approval: due since 2026-11-21 06:00: set Status to Approved to post it',
    ]);
  });

  it.each([
    [['--at', '25:00'], 2],
    [['--deliver', 'fax'], 2],
    [['--deliver', 'smtp', '--deliver-outbox', 'out'], 2],
    [['--as-of', '2026-02-30'], 2],
  ])('refuses %j as a usage error (exit %i) without touching the book', async (flags, code) => {
    const path = scheduledBook([{ id: 'A', frequency: 'daily', approval: 'auto', lastAsOf: '2026-11-20' }]);
    const stamp = fileStamp(path);
    expect((await cli(['run-due', path, ...flags])).code).toBe(code);
    expect(fileStamp(path)).toBe(stamp);
  });

  it('exits 1 when the book cannot be read', async () => {
    const result = await cli(['run-due', '/nonexistent/book.xlsx', '--as-of', '2026-11-21']);
    expect(result.code).toBe(1);
  });
});

/** The Deliveries sheet's rows (none before the first delivery). */
function deliveredRows(path: string): number {
  try {
    return readSheetCells(path, 'Deliveries').length - 1;
  } catch {
    return 0;
  }
}
