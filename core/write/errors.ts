/**
 * `writePlan` was aborted through its signal; everything the run created has been removed.
 * Its `name` is `'AbortError'`, as the platform's own aborted calls are, so one check
 * (`error.name === 'AbortError'`) covers both. `cause` is the signal's reason.
 */
export class PlanWriteAbortedError extends Error {
  constructor(reason: unknown) {
    super('Writing the map was cancelled; nothing of it was left on the board.', { cause: reason });
    this.name = 'AbortError';
  }
}

/**
 * `writePlan` failed (or was aborted) and then could not remove everything it had created:
 * part of a map may be left on the board. `cause` is what made the run fail,
 * `rollbackError` what made the removal fail, `remaining` the handles passed to the removal.
 */
export class PlanRollbackError<H = unknown> extends Error {
  readonly rollbackError: unknown;
  readonly remaining: readonly H[];

  constructor(cause: unknown, rollbackError: unknown, remaining: readonly H[]) {
    super(
      `Writing the map failed (${describe(cause)}), and removing the ${remaining.length} items it had created failed too (${describe(rollbackError)}): part of the map may be left on the board.`,
      { cause },
    );
    this.name = 'PlanRollbackError';
    this.rollbackError = rollbackError;
    this.remaining = remaining;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
