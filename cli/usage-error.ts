/**
 * A wrong command line: an unknown command or option, a missing file argument, a bad option value.
 * Printed as one line that points at the command's help; exit code 2.
 */
export class UsageError extends Error {
  /** The command whose help explains the fix (`audit`), or undefined for `cjm` itself. */
  readonly command: string | undefined;

  constructor(command: string | undefined, message: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** True when `error` is a {@link UsageError}. */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}
