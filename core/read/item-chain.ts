import type { ReadItem } from './prepare-items.ts';

/** A piece of an {@link ItemChain}: a list of items, or a chain linked on. */
export type ChainPart = readonly ReadItem[] | ItemChain;

/**
 * A list of items built from other lists without copying them: `append` links another chain on
 * in O(1). Frames nested n deep melt into each other n times; copying would cost n².
 */
export class ItemChain {
  private readonly parts: ChainPart[];

  constructor(first: readonly ReadItem[]) {
    this.parts = [first];
  }

  /** Adds a list (kept by reference). */
  push(items: readonly ReadItem[]): void {
    this.parts.push(items);
  }

  /** Links another chain on (by reference: it must not change afterwards). */
  append(other: ItemChain): void {
    this.parts.push(other);
  }

  forEach(visit: (item: ReadItem) => void): void {
    this.walk((item) => {
      visit(item);
      return false;
    });
  }

  some(test: (item: ReadItem) => boolean): boolean {
    return this.walk(test);
  }

  /** Every item in order, after `prefix`. */
  toArray(prefix: readonly ReadItem[] = []): ReadItem[] {
    const out = [...prefix];
    this.forEach((item) => out.push(item));
    return out;
  }

  /** Visits the items in order until `stop` says so; a stack, not recursion: chains nest deep. */
  private walk(stop: (item: ReadItem) => boolean): boolean {
    const stack: { parts: readonly ChainPart[]; next: number }[] = [{ parts: this.parts, next: 0 }];
    for (let top = stack[0]; top; top = stack[stack.length - 1]) {
      const part = top.parts[top.next++];
      if (part === undefined) stack.pop();
      else if (part instanceof ItemChain) stack.push({ parts: part.parts, next: 0 });
      else for (const item of part) if (stop(item)) return true;
    }
    return false;
  }
}
