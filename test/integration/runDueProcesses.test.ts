import { runCliProcess, startCli } from './cliProcess';
import { bookState, scheduledBook } from './runDueBook';

// Real processes: the CLI must be built (npm run build:cli).
describe('two run-due processes started together on one book', () => {
  it('previews and posts everything once: the second waits for the lock and finds nothing new', async () => {
    const path = scheduledBook([
      { id: 'A', frequency: 'daily', approval: 'auto', lastAsOf: '2026-11-18' },
      { id: 'B', frequency: 'daily', approval: 'auto', lastAsOf: '2026-11-20' },
      { id: 'R', frequency: 'daily', lastAsOf: '2026-11-20' },
    ]);
    const args = ['run-due', path, '--as-of', '2026-11-21', '--at', '03:00', '--json'];
    const [one, two] = await Promise.all([startCli(args).done, startCli(args).done]);
    expect([one.code, two.code]).toEqual([0, 0]);
    const actions = [one, two].flatMap((r) => (JSON.parse(r.stdout) as { runs: { id: string; occurrence: string; action: string }[] }).runs);
    const posted = actions.filter((a) => a.action === 'posted').map((a) => `${a.id}@${a.occurrence}`);
    expect(posted.sort()).toEqual(['A@2026-11-19', 'A@2026-11-20', 'A@2026-11-21', 'B@2026-11-21']);
    expect(
      actions
        .filter((a) => a.action === 'previewed')
        .map((a) => `${a.id}@${a.occurrence}`)
        .sort(),
    ).toEqual(['A@2026-11-19', 'A@2026-11-20', 'A@2026-11-21', 'B@2026-11-21', 'R@2026-11-21']);
    const state = await bookState(path);
    expect(state.log.sort()).toEqual(['A@2026-11-19 Posted', 'A@2026-11-20 Posted', 'A@2026-11-21 Posted', 'B@2026-11-21 Posted']);
    expect(state.runs).toEqual({
      A: { status: 'Executed', lastAsOf: '2026-11-21' },
      B: { status: 'Executed', lastAsOf: '2026-11-21' },
      R: { status: 'Previewed', lastAsOf: '2026-11-20' },
    });
    // A third call changes nothing.
    const three = await runCliProcess(args);
    expect(three.code).toBe(0);
    expect((JSON.parse(three.stdout) as { runs: { action: string }[] }).runs.map((r) => r.action)).toEqual([
      'nothing-due',
      'nothing-due',
      'waiting-for-approval',
    ]);
  }, 60_000);
});
