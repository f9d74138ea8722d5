/** What a command may touch outside its arguments; tests pass their own. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock: the default as-of date, and when a message was delivered. */
  now: () => Date;
  cwd: string;
  /** The environment (the SMTP password comes only from RENEWAL_RUNS_SMTP_PASSWORD); none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}
