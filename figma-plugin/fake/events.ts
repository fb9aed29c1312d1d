import type { DocumentChangeEvent, NodeChange, NodeChangeEvent, NodeChangeProperty } from '@figma/plugin-typings/plugin-api-standalone';

/** What a change the fake records is about: the node's id, type and page, and what happened. */
export interface ChangeRecord {
  readonly pageId: string;
  readonly change: NodeChange;
}

/** The changed properties the fake reports (a subset of `NodeChangeProperty`). */
export type FakeChangeProperty = Extract<NodeChangeProperty, 'x' | 'y' | 'width' | 'height' | 'characters' | 'parent' | 'name' | 'fills' | 'visible' | 'pluginData' | 'fontName' | 'fontSize'>;

/**
 * Document events of the fake editor. Figma batches node changes and delivers them later, never
 * inside the call that made them (docs/figma-plugin-api.md, "Document events"); the fake queues
 * them and delivers the batch on a zero-delay timer, or at once with `flush()`.
 */
export class FakeEvents {
  readonly #pending: ChangeRecord[] = [];
  readonly #pageListeners = new Map<string, Set<(event: NodeChangeEvent) => void>>();
  readonly #documentListeners = new Set<(event: DocumentChangeEvent) => void>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Batches delivered so far. */
  delivered = 0;

  record(record: ChangeRecord): void {
    this.#pending.push(record);
    this.#timer ??= setTimeout(() => this.flush(), 0);
  }

  /** Changes recorded but not delivered yet. */
  get pending(): readonly ChangeRecord[] {
    return this.#pending;
  }

  onPage(pageId: string, listener: (event: NodeChangeEvent) => void): void {
    let set = this.#pageListeners.get(pageId);
    if (!set) this.#pageListeners.set(pageId, (set = new Set()));
    set.add(listener);
  }

  offPage(pageId: string, listener: (event: NodeChangeEvent) => void): void {
    this.#pageListeners.get(pageId)?.delete(listener);
  }

  onDocument(listener: (event: DocumentChangeEvent) => void): void {
    this.#documentListeners.add(listener);
  }

  offDocument(listener: (event: DocumentChangeEvent) => void): void {
    this.#documentListeners.delete(listener);
  }

  /** Listeners registered now (page and document). */
  get listenerCount(): number {
    let count = this.#documentListeners.size;
    for (const set of this.#pageListeners.values()) count += set.size;
    return count;
  }

  /** Delivers every queued change now: one event per page with listeners, one document event. */
  flush(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending.length === 0) return;
    const batch = this.#pending.splice(0);
    this.delivered += 1;
    const byPage = new Map<string, NodeChange[]>();
    for (const { pageId, change } of batch) {
      let list = byPage.get(pageId);
      if (!list) byPage.set(pageId, (list = []));
      list.push(change);
    }
    for (const [pageId, nodeChanges] of byPage) {
      for (const listener of [...(this.#pageListeners.get(pageId) ?? [])]) listener({ nodeChanges: [...nodeChanges] });
    }
    if (this.#documentListeners.size > 0) {
      const documentChanges = batch.map((record) => record.change);
      for (const listener of [...this.#documentListeners]) listener({ documentChanges: [...documentChanges] });
    }
  }
}
