/**
 * Fault injection for the fake editor: make the n-th editing call fail, as a real editor fails
 * when a file is read-only, a node was deleted by someone else, or the plugin is closed mid-run.
 * Every call that changes the document counts as one step (`FakeFaults.steps`), so a test can
 * run once cleanly, count the steps, and then fail at any one of them.
 */
export class FakeFaults {
  #steps = 0;
  #failAt: number | undefined;
  #only: ReadonlySet<string> | undefined;
  #error: (op: string, step: number) => Error = (op, step) => new Error(`Injected failure in ${op} (step ${step})`);
  /** The operations counted so far, in order (`createSticky`, `appendChild`, `characters`…). */
  readonly log: string[] = [];

  /** Steps counted since the fake was made (or since `reset`). */
  get steps(): number {
    return this.#steps;
  }

  /**
   * Fails the `step`-th counted call from now (1 = the next one), once. With `ops`, only calls to
   * those operations count towards it.
   */
  failAt(step: number, options: { ops?: readonly string[]; error?: (op: string, step: number) => Error } = {}): void {
    if (!Number.isInteger(step) || step < 1) throw new Error(`failAt: expected a step ≥ 1, got ${step}`);
    this.#only = options.ops ? new Set(options.ops) : undefined;
    this.#failAt = (this.#only ? this.#countOnly() : this.#steps) + step;
    if (options.error) this.#error = options.error;
  }

  /** Disarms any pending failure and starts counting from zero. */
  reset(): void {
    this.#steps = 0;
    this.#failAt = undefined;
    this.#only = undefined;
    this.log.length = 0;
  }

  /** Called by the fake at the start of every editing call: counts it and throws when armed for it. */
  step(op: string): void {
    this.#steps += 1;
    this.log.push(op);
    if (this.#failAt === undefined) return;
    const count = this.#only ? (this.#only.has(op) ? this.#countOnly() : -1) : this.#steps;
    if (count !== this.#failAt) return;
    this.#failAt = undefined;
    throw this.#error(op, this.#steps);
  }

  #countOnly(): number {
    const only = this.#only;
    return only ? this.log.filter((op) => only.has(op)).length : this.#steps;
  }
}
