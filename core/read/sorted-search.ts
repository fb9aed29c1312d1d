/**
 * Binary search over sorted numbers: the reader's replacement for comparing every item with every
 * other one.
 */

/** The number of values < `value` in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of values <= `value` in an ascending array. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Below this many values a median sorts; above, it selects (linear on average). */
const SELECT_FROM = 256;

/**
 * The median (the upper one for an even count); 0 for no values. Small inputs sort a typed copy;
 * big ones (the lengths of 100k notes) find the middle value by selection on a typed copy,
 * linear on average — the same value a sort would put there. Inputs holding NaN are sorted as
 * before (a sort puts NaN last).
 */
export function median(values: ArrayLike<number>): number {
  const copy = Float64Array.from(values);
  const middle = Math.floor(copy.length / 2);
  if (copy.length < SELECT_FROM || hasNaN(copy)) return copy.sort()[middle] ?? 0;
  const value = selectNth(copy, middle);
  // Selection compares -0 and 0 as equal; a sort puts every -0 first. Same sign as a sort gives.
  return value === 0 ? signedZeroAt(copy, middle) : value;
}

/** The zero a sort of `values` puts at rank `k`, where a zero lies: -0 or 0. */
function signedZeroAt(values: Float64Array, k: number): number {
  let belowZero = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0;
    if (value < 0 || Object.is(value, -0)) belowZero++;
  }
  return k < belowZero ? -0 : 0;
}

function hasNaN(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) return true;
  return false;
}

/**
 * The value of rank `k` (0-based) in ascending order, rearranging `values` (Hoare's selection,
 * median-of-three pivots). Falls back to a sort after many rounds, so no input is quadratic.
 */
function selectNth(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  for (let rounds = 0; lo < hi; rounds++) {
    if (rounds > 64) return values.subarray(lo, hi + 1).sort()[k - lo] ?? 0;
    const a = values[lo] ?? 0;
    const b = values[(lo + hi) >> 1] ?? 0;
    const c = values[hi] ?? 0;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = t;
        i++;
        j--;
      }
    }
    // [lo, j] ≤ pivot ≤ [i, hi]; between them, values equal to the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] ?? 0;
  }
  return values[k] ?? 0;
}

/** Below this many items a comparator sort is as quick as sorting keys, and less code to warm up. */
const SORT_BY_KEY_FROM = 2048;

/**
 * `items` sorted by `key`, ascending, equal keys in their order in `items`: the same order as a
 * stable `[...items].sort((a, b) => key(a) - key(b))`. Big inputs with finite keys sort the keys
 * natively (a typed array) and place each item by its key's rank, instead of calling a comparator
 * some 17 times per item of a 100k board; others take the comparator sort.
 */
export function sortByKey<T>(items: readonly T[], key: (item: T) => number): T[] {
  const n = items.length;
  if (n < SORT_BY_KEY_FROM) return [...items].sort((a, b) => key(a) - key(b));
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = key(items[i] as T);
    // Infinite or NaN keys compare inconsistently: leave them to the sort they always had.
    if (!Number.isFinite(value)) return [...items].sort((a, b) => key(a) - key(b));
    keys[i] = value;
  }
  // The distinct keys in order (-0 and 0 are one key, as the comparator has them equal).
  const distinct = keys.slice().sort();
  let count = 0;
  for (let i = 0; i < n; i++) {
    const value = distinct[i] ?? 0;
    if (count === 0 || value !== distinct[count - 1]) distinct[count++] = value;
  }
  const ranks = distinct.subarray(0, count);
  // Counting sort by rank: where each rank's items start, then each item in its turn.
  const rankOf = new Int32Array(n);
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) {
    const rank = lowerBound(ranks, keys[i] ?? 0);
    rankOf[i] = rank;
    starts[rank + 1] = (starts[rank + 1] ?? 0) + 1;
  }
  for (let r = 1; r <= count; r++) starts[r] = (starts[r] ?? 0) + (starts[r - 1] ?? 0);
  const sorted = new Array<T>(n);
  for (let i = 0; i < n; i++) {
    const rank = rankOf[i] ?? 0;
    const at = starts[rank] ?? 0;
    sorted[at] = items[i] as T;
    starts[rank] = at + 1;
  }
  return sorted;
}

/** Comparator for ascending numbers. */
export function ascending(a: number, b: number): number {
  return a - b;
}
