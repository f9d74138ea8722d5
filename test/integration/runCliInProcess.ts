import { runCli } from '../../src/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a renewal-runs command in this process with a fixed clock (2026-11-21 12:00 UTC). */
export async function cli(args: string[], now = new Date('2026-11-21T12:00:00Z')): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    now: () => now,
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}
