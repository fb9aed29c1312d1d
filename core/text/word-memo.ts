/**
 * Answers about single words remembered during one read of a board. The tolerant matchers
 * (headings, phases, sentiment) compare every word of a text with a fixed vocabulary, and the
 * answer depends on the word alone; real boards repeat their words ("клиент", "price", "—") far
 * more than their texts, so each distinct word is compared once per read instead of once per
 * text it appears in.
 *
 * `readBoard` empties every memo before and after each read (`forgetWordMemos`): one read's
 * answers never serve another, so a bench repeating a read measures the read. Each memo is
 * bounded as well (emptied when full), so callers outside a read cannot grow it without end.
 */

/** Words remembered per memo at most before it is emptied. */
const MAX_REMEMBERED = 50_000;

/** Words longer than this are looked at each time: no vocabulary word is anywhere near as long. */
const MAX_REMEMBERED_LENGTH = 64;

const memos: Map<string, unknown>[] = [];

/**
 * `compute` remembered per word (see the file comment). `compute` must depend on its word only
 * and its answer must not be changed by callers (it is shared).
 */
export function createWordMemo<T>(compute: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  memos.push(known);
  return (word) => {
    const cached = known.get(word);
    if (cached !== undefined || known.has(word)) return cached as T;
    const answer = compute(word);
    if (word.length <= MAX_REMEMBERED_LENGTH) {
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
}

/** Empties every word memo: `readBoard` calls it around each read. */
export function forgetWordMemos(): void {
  for (const memo of memos) memo.clear();
}
