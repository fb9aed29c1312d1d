/**
 * Damerau-Levenshtein distance in its "optimal string alignment" form: insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost 1 (the typos people make
 * in headings: "Recomendations", "Touchpionts").
 *
 * The caller always knows how many typos it tolerates, so only the diagonal band of width
 * `max` is computed and the computation stops as soon as every alignment costs more than
 * `max`: matching a heading against the whole vocabulary stays cheap even for the 100k items
 * of a large board. The rows live in buffers reused across calls (no allocation per call).
 */

/** Larger than any distance we compute: marks cells outside the band. */
const FAR = 1 << 20;

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Row buffers of at least `width` cells. */
function rowsFor(width: number): [Int32Array, Int32Array, Int32Array] {
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  return rows;
}

/**
 * The edit distance between `a` and `b` (UTF-16 code units), counting adjacent swaps as one
 * edit, when it is at most `max`.
 *
 * @returns the distance, or `max + 1` when it is larger than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let [before, previous, current] = rowsFor(width);
  for (let j = 0; j < width; j++) previous[j] = j <= max ? j : FAR;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[0] = i <= max ? i : FAR;
    if (from > 1) current[from - 1] = FAR;
    let rowMin = current[0];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = FAR;
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length]!;
  return distance > max ? max + 1 : distance;
}
