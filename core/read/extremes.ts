/**
 * The smallest and largest of a measure over a list, in a loop: `Math.min(...list)` throws
 * ("Maximum call stack size exceeded") once a list has some hundred thousand entries, and a row
 * or column of a big board can.
 */

/** The smallest `measure` over `items`; `Infinity` for none. */
export function minOf<T>(items: Iterable<T>, measure: (item: T) => number): number {
  let min = Infinity;
  for (const item of items) {
    const v = measure(item);
    if (v < min) min = v;
  }
  return min;
}

/** The largest `measure` over `items`; `-Infinity` for none. */
export function maxOf<T>(items: Iterable<T>, measure: (item: T) => number): number {
  let max = -Infinity;
  for (const item of items) {
    const v = measure(item);
    if (v > max) max = v;
  }
  return max;
}
