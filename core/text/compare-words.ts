import { editDistance } from './edit-distance.ts';

/**
 * How far a word someone typed is from a word we know, for tolerant matching of headings.
 * Inputs are folded already (see `foldText`).
 */

/** True when the word contains a Cyrillic letter (Russian inflection applies). */
function isCyrillic(word: string): boolean {
  return /[\u0400-\u04ff]/u.test(word);
}

/** Length of the common beginning of two words. */
function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * True when two words are forms of one word: Russian words that share a stem of 3+ letters and
 * differ only in an ending of at most 2 letters ("рекомендация"/"рекомендации", "идея"/"идеи",
 * "опыт"/"опыта"), English words that differ by a plural "s"/"es" ("idea"/"ideas").
 */
export function isWordForm(a: string, b: string): boolean {
  if (a === b) return true;
  if (isCyrillic(a) && isCyrillic(b)) {
    const stem = commonPrefixLength(a, b);
    return stem >= 3 && a.length - stem <= 2 && b.length - stem <= 2;
  }
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && (longer === `${shorter}s` || longer === `${shorter}es`);
}

/**
 * Typos tolerated in a known word: none below 5 letters (short words collide too easily),
 * 1 from 5 letters, 2 from 9.
 */
export function typoBudget(known: string): number {
  if (known.length >= 9) return 2;
  if (known.length >= 5) return 1;
  return 0;
}

/**
 * The cost of reading `typed` as `known`: 0 when equal, 1 for another form of the word
 * ({@link isWordForm}), the edit distance for a tolerated typo when `allowTypos`, otherwise
 * undefined (no match).
 */
export function compareWords(typed: string, known: string, allowTypos: boolean): number | undefined {
  if (typed === known) return 0;
  // Word forms and tolerated typos never change the length by more than 2: a cheap early no.
  if (Math.abs(typed.length - known.length) > 2) return undefined;
  if (isWordForm(typed, known)) return 1;
  if (!allowTypos) return undefined;
  const budget = typoBudget(known);
  if (budget === 0) return undefined;
  const distance = editDistance(typed, known, budget);
  return distance <= budget ? distance : undefined;
}
