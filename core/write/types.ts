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
  /**
   * Optional: puts a created item into its container. A platform that creates an item first and
   * parents it with a call of its own (Miro: `frame.add`) implements it; `writePlan` then creates
   * **every** item at once, without waiting for containers (`create` gets `parent` undefined),
   * and calls `attach` for each item with a container as soon as both exist — so the whole plan
   * takes two latency rounds instead of one per level, plus one per `concurrency` batch.
   * An item is done (progress) once it is created and attached. May resolve without a call for
   * items the platform does not parent (Miro connectors).
   */
  attach?(item: PlanItem, handle: H, parent: H): Promise<void>;
}

/** Options of `writePlan`. */
export interface WritePlanOptions<H = unknown> {
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
  /**
   * Started once every item is created (all handles known), alongside the attaches still in
   * flight: the step that needs every id, e.g. saving the map's record. `writePlan` waits for
   * it before it resolves; a rejection is a failed call (everything is rolled back, then the
   * error is rethrown). Undoing its own effect after a later failure is the caller's part: it is
   * not started at all when a call failed first.
   */
  readonly whenCreated?: (handles: ReadonlyMap<string, H>) => Promise<void>;
}
