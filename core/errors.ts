/**
 * An error in what the user gave us (a file, a board, an option), as opposed to a bug.
 * Its message says what is wrong and `where` says where, so a command line can print one line
 * and a panel can show it without a stack trace.
 */
export class InputError extends Error {
  /** Where the problem is: a file name, a JSON path like `data[3].position`, an item id. */
  readonly where: string | undefined;
  /** Every problem found, when there are several (the message summarises the first). */
  readonly problems: readonly string[];

  constructor(message: string, where?: string, problems: readonly string[] = [message]) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'InputError';
    this.where = where;
    this.problems = problems;
  }
}

/** True when `error` is an {@link InputError} (also across bundle copies). */
export function isInputError(error: unknown): error is InputError {
  return error instanceof Error && error.name === 'InputError';
}
