/**
 * The fake editor's undo history. Everything a plugin does between two `commitUndo()` calls (or
 * in a whole run, when it never calls it) is one undo step (docs/figma-plugin-api.md, "Undo");
 * every edit a person makes is a step of its own.
 */
export class FakeUndo {
  #open: (() => void)[] = [];
  readonly #steps: (() => void)[][] = [];
  #replaying = false;

  /** Remembers how to take back one change of the step being recorded. */
  record(inverse: () => void): void {
    if (!this.#replaying) this.#open.push(inverse);
  }

  /** Closes the step being recorded (`figma.commitUndo()`). */
  commit(): void {
    if (this.#open.length === 0) return;
    this.#steps.push(this.#open);
    this.#open = [];
  }

  /** Closed steps plus the open one, if it holds anything. */
  get stepCount(): number {
    return this.#steps.length + (this.#open.length > 0 ? 1 : 0);
  }

  /** Takes back the open step (`figma.triggerUndo()`: back to the last commit). */
  undoOpen(): void {
    const step = this.#open;
    this.#open = [];
    this.#replay(step);
  }

  /** What Ctrl+Z does: closes the open step and takes back the latest one. */
  undoLast(): boolean {
    this.commit();
    const step = this.#steps.pop();
    if (!step) return false;
    this.#replay(step);
    return true;
  }

  #replay(step: readonly (() => void)[]): void {
    this.#replaying = true;
    try {
      for (let i = step.length - 1; i >= 0; i--) step[i]?.();
    } finally {
      this.#replaying = false;
    }
  }
}
