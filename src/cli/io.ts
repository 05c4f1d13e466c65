// The CLI's view of the outside world, passed in so commands are testable without a terminal.

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Colour the text output (a TTY without NO_COLOR). */
  color?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A usage or input problem: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}
