import type { PlanItem } from '../layout/types.ts';

/**
 * What `writePlan` needs of an abort signal. A DOM or Node `AbortSignal` fits; core sees no DOM
 * types, so it names only the two fields it reads.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/**
 * The platform side of `writePlan`: how one plan item becomes one board item, and how to take
 * back what a run created. An adapter implements it in a few lines; the engine does the rest.
 *
 * @typeParam H - the adapter's handle of a created item (a Miro item, a Figma node, an id).
 */
export interface PlanWriter<H> {
  /**
   * Creates one item and resolves to its handle. `parent` is the handle of the item's container
   * (`item.parent`), created earlier in the same run; `undefined` for the map frame.
   */
  create(item: PlanItem, parent: H | undefined): Promise<H>;
  /**
   * Removes what this run created (the rollback), children before their containers. Must not
   * throw for items already gone (someone deleted them meanwhile); any other failure is reported
   * to the caller as a `PlanRollbackError`.
   */
  remove(handles: readonly H[]): Promise<void>;
}

/** Options of `writePlan`. */
export interface WritePlanOptions {
  /** Aborting stops the run, removes what it created and rejects with a `PlanWriteAbortedError`. */
  readonly signal?: AbortSignalLike;
  /**
   * Called with `(0, total)` before the first item and `(done, total)` after each created item;
   * `total` counts the items that will be created (skipped ones excluded).
   */
  readonly onProgress?: (done: number, total: number) => void;
  /** Calls in flight at once (Miro: many; Figma: 1). Default 1. */
  readonly concurrency?: number;
  /** Awaited between chunks of `chunkSize` items, once the chunk has settled (Figma: yield to the editor). */
  readonly pause?: () => Promise<void>;
  /** Items per chunk for `pause`. Default 50. */
  readonly chunkSize?: number;
  /** Items the writer should leave out (e.g. `item.skippable`). A container may be left out only with its children. */
  readonly skip?: (item: PlanItem) => boolean;
}
