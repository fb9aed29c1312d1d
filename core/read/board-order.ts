/**
 * The order a map's stages or layers are listed in, as a permutation of the upright grid's: a map
 * read turned or mirrored lists them in the board's order (`readsBackwards` in orient-map.ts).
 */

/** Positions 0…n-1 → upright index: the identity, or backwards when asked. */
export function boardOrder(n: number, backwards: boolean): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  return backwards ? order.reverse() : order;
}

/** For a permutation `order` (new position → old index), old index → new position. */
export function inverse(order: readonly number[]): number[] {
  const at: number[] = [];
  order.forEach((old, position) => (at[old] = position));
  return at;
}
