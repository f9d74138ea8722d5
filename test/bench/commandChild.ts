/** One real `renewal-runs` command (post, revert, …), in a process of its own, timed end to end. */
import { runCli } from '../../src/cli/main';
import { peakRssMb, report, timedAsync } from './measure';

const args = process.argv.slice(2);
let errors = '';
void timedAsync(() =>
  runCli(args, { stdout: () => undefined, stderr: (t) => (errors += t), now: () => new Date('2026-11-21T08:00:00Z'), cwd: process.cwd() }),
).then((result) => {
  if (result.value !== 0) throw new Error(`${args[0]} exited ${result.value}: ${errors}`);
  report({ kind: args[0], totalMs: result.ms, peakRssMb: peakRssMb() });
});
