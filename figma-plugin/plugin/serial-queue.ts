/**
 * Runs page operations one after another: a generation, an audit and a live re-audit never
 * interleave their edits and reads of the page (an audit in the middle of a generation would
 * read half a map and put gap markers into it).
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** True while a task runs or waits. */
  readonly busy: boolean;
}

/** An empty queue. */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      pending += 1;
      const result = tail.then(task, task);
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      void tail.then(() => {
        pending -= 1;
      });
      return result;
    },
    get busy() {
      return pending > 0;
    },
  };
}
