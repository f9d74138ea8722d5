/** The real `renewal-runs preview` command, in a process of its own, timed end to end. */
import { runCli } from '../../src/cli/main';
import { peakRssMb, report, timedAsync } from './measure';

const [path, out, asOf] = process.argv.slice(2);
const quiet = () => undefined;
void timedAsync(() =>
  runCli(['preview', path, '--run', 'NIGHTLY', '--as-of', asOf, '--out', out], { stdout: quiet, stderr: quiet, now: () => new Date(), cwd: process.cwd() }),
).then((result) => {
  if (result.value !== 0) throw new Error(`preview exited ${result.value}`);
  report({ kind: 'cli', totalMs: result.ms, peakRssMb: peakRssMb() });
});
