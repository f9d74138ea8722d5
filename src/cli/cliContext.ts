/** What a command may touch outside its arguments; tests pass their own. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock, read only to default the as-of date. */
  now: () => Date;
  cwd: string;
}
