import { PHASES, PHASE_INFO } from '../model/phases.ts';
import type { Phase } from '../model/phases.ts';
import { LAYER_KINDS, LAYER_VOCABULARY } from '../model/vocabulary.ts';
import type { LayerKind } from '../model/vocabulary.ts';
import { TEMPLATES } from '../templates/catalog.ts';
import { compareWords } from './compare-words.ts';
import { foldText, splitWords } from './normalize-words.ts';
import { createWordMemo } from './word-memo.ts';

/**
 * Recognising row headings (layer kinds) and phase bands (RACE phases) on hand-made boards.
 *
 * People write "💡 Ideas", "Рекомендации (общие)", "1. Цели клиента", "Touch-points",
 * "Recomendations": the matchers fold case, emoji, punctuation, numbering and bracketed
 * qualifiers away, accept other forms of a word and small typos, and accept a known heading
 * followed by a few qualifier words ("Точки контакта онлайн", "KPI воронки"). They do not guess
 * beyond that: a heading that is not close to the vocabulary gives undefined.
 */

/** Bracketed qualifiers: "(общие)", "[SMM]", "{b2b}". Not nested, so the regex stays linear. */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g;

/** Leading numbering: "1.", "2)", "1.2.", "№3", "#4", a keycap's bare "1 ". */
const NUMBERING = /^\s*(?:[№#]\s*\d+[.):]?|\d+(?:[.)]\d*)*[.)]|\d+(?=\s+\p{L}))\s*/u;

/**
 * Folds a heading for comparison: lower case, `ё` → `е`, emoji, punctuation, bracketed
 * qualifiers and leading numbering removed, spaces collapsed. A heading that is entirely in
 * brackets keeps its bracketed text. "1. 💡 Рекомендации (общие)!" → "рекомендации".
 */
export function normalizeHeading(text: string): string {
  const folded = foldText(text);
  const unbracketed = folded.replace(BRACKETED, ' ').replace(BRACKETED, ' ');
  const base = /[\p{L}\p{N}]/u.test(unbracketed) ? unbracketed : folded;
  return splitWords(base.replace(NUMBERING, '')).join(' ');
}

/** Words that join two names ("Мысли и ожидания", "Pains & gains"); ignored when matching. */
const CONNECTORS = new Set(['и', 'или', 'and', 'or']);

/** Words a heading may start with that do not change its kind ("Customer emotions", "Ключевые барьеры"). */
const LEADING_QUALIFIERS = new Set([
  'customer', 'customers', 'client', 'clients', 'user', 'users', 'key', 'main', 'our', 'core',
  'клиентские', 'клиентский', 'клиентская', 'ключевые', 'ключевой', 'основные', 'основной', 'главные', 'наши', 'общие',
]);

/** A heading may add at most this many qualifier words after a known heading. */
const MAX_QUALIFIERS = 3;

/** Longer texts are notes, not headings; they are not even compared. */
const MAX_HEADING_LENGTH = 80;

/** The words of a normalized heading that carry meaning (connectors dropped). */
function headingWords(normalized: string): string[] {
  return normalized.split(' ').filter((word) => word !== '' && !CONNECTORS.has(word));
}

/** One vocabulary heading, pre-split into words. */
interface VocabularyEntry {
  readonly kind: LayerKind;
  readonly words: readonly string[];
}

/**
 * Every heading of the vocabulary in both languages, then every layer title of cjm-kit's own
 * templates ("SMM recommendations", «Страхи и барьеры»), normalized once at load: a generated
 * map exported without its markers (a Miro REST export) must read back with its layer kinds.
 */
const VOCABULARY_ENTRIES: readonly VocabularyEntry[] = [
  ...LAYER_KINDS.flatMap((kind) => {
    const info = LAYER_VOCABULARY[kind];
    const headings = [info.title.en, info.title.ru, ...info.headings.en, ...info.headings.ru];
    return headings.map((heading) => ({ kind, words: headingWords(normalizeHeading(heading)) }));
  }),
  ...TEMPLATES.flatMap((template) =>
    template.layers.flatMap((layer) => (layer.title ? [layer.title.en, layer.title.ru] : []).map((title) => ({ kind: layer.kind, words: headingWords(normalizeHeading(title)) }))),
  ),
].filter((entry) => entry.words.length > 0);

/**
 * Entries grouped by the length of their first word. A typed first word can only match entries
 * whose first word is at most 2 letters longer or shorter (see `compareWords`), so a heading is
 * compared with a fraction of the vocabulary.
 */
const ENTRIES_BY_FIRST_WORD_LENGTH: ReadonlyMap<number, readonly VocabularyEntry[]> = (() => {
  const map = new Map<number, VocabularyEntry[]>();
  for (const entry of VOCABULARY_ENTRIES) {
    const length = entry.words[0]?.length ?? 0;
    map.set(length, [...(map.get(length) ?? []), entry]);
  }
  return map;
})();

/** The vocabulary entries a heading starting with `firstWord` may match. */
function entriesNear(firstWord: string): VocabularyEntry[] {
  const entries: VocabularyEntry[] = [];
  for (let length = firstWord.length - 2; length <= firstWord.length + 2; length++) entries.push(...(ENTRIES_BY_FIRST_WORD_LENGTH.get(length) ?? []));
  return entries;
}

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;

/**
 * Whether `typed` may match some word of a vocabulary of which `lettersOnly` tells whether every
 * word is made of letters only. A typed word without a letter ("2024", "57") shares no character
 * with such a word: it is no form of it, and its distance is the longer length, past any typo
 * budget (see `compareWords`). Numbers are the words a board repeats least.
 */
function mayMatch(typed: string, lettersOnly: boolean): boolean {
  return !lettersOnly || HAS_LETTER.test(typed);
}

/** A vocabulary entry whose first word a typed first word matches, with what that costs. */
interface FirstWordMatch {
  readonly entry: VocabularyEntry;
  /** The cost of the first word without typos (the heading has qualifiers), or undefined. */
  readonly withoutTypos: number | undefined;
  /** The cost of the first word, typos tolerated (no qualifiers). */
  readonly withTypos: number;
}

/** Whether every first word of the vocabulary is made of letters only. */
const FIRST_WORDS_LETTERS_ONLY = VOCABULARY_ENTRIES.every((entry) => !HAS_DIGIT.test(entry.words[0] ?? ''));

/**
 * The entries near a typed first word whose first word it matches (typos tolerated), in the
 * order of {@link entriesNear}. Remembered per word during a read (`word-memo.ts`): most texts
 * match no entry, and the words of a board repeat.
 */
const firstWordMatches = createWordMemo((firstWord: string): readonly FirstWordMatch[] => {
  const matches: FirstWordMatch[] = [];
  if (!mayMatch(firstWord, FIRST_WORDS_LETTERS_ONLY)) return matches;
  for (const entry of entriesNear(firstWord)) {
    const known = entry.words[0] ?? '';
    const withTypos = compareWords(firstWord, known, true);
    // Without typos a word matches only where it also matches with them.
    if (withTypos !== undefined) matches.push({ entry, withoutTypos: compareWords(firstWord, known, false), withTypos });
  }
  return matches;
});

/** The most words a heading can have and still match: the longest vocabulary heading plus qualifiers. */
const MAX_HEADING_WORDS = Math.max(...VOCABULARY_ENTRIES.map((entry) => entry.words.length)) + MAX_QUALIFIERS;

/** Exact lookup by the words joined with and without spaces ("touch points", "touchpoints"). */
const EXACT_HEADINGS: ReadonlyMap<string, LayerKind> = (() => {
  const map = new Map<string, LayerKind>();
  for (const entry of VOCABULARY_ENTRIES) {
    for (const key of [entry.words.join(' '), entry.words.join('')]) if (!map.has(key)) map.set(key, entry.kind);
  }
  return map;
})();

/** How well a heading matched one vocabulary entry (compared by `isBetter`). */
interface Candidate {
  readonly kind: LayerKind;
  /** Words of the vocabulary heading matched (more is better: "цель этапа" beats "цель"). */
  readonly matched: number;
  /** Word forms and typos (fewer is better). */
  readonly cost: number;
  /** Qualifier words after the match (fewer is better). */
  readonly extra: number;
}

/** True when candidate `a` is a better match than `b`. */
function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.matched !== b.matched) return a.matched > b.matched;
  if (a.cost !== b.cost) return a.cost < b.cost;
  return a.extra < b.extra;
}

/**
 * Compares the typed words with one vocabulary entry: the entry must match the first words;
 * the rest are qualifiers. With qualifiers only exact words and word forms count, because a
 * typo plus extra words matches too much ordinary text ("Contest rules" is not "Content").
 * The first word was compared already (`firstWordMatches`).
 */
function compareEntry(words: readonly string[], { entry, withoutTypos, withTypos }: FirstWordMatch): Candidate | undefined {
  const extra = words.length - entry.words.length;
  if (extra < 0 || extra > MAX_QUALIFIERS) return undefined;
  const first = extra === 0 ? withTypos : withoutTypos;
  if (first === undefined) return undefined;
  let cost = first;
  for (let i = 1; i < entry.words.length; i++) {
    const wordCost = compareWords(words[i] ?? '', entry.words[i] ?? '', extra === 0);
    if (wordCost === undefined) return undefined;
    cost += wordCost;
  }
  return { kind: entry.kind, matched: entry.words.length, cost, extra };
}

/** The word lists to try: as typed, then without up to two leading qualifiers. */
function wordVariants(words: readonly string[]): string[][] {
  const variants = [words.slice()];
  let start = 0;
  while (start < 2 && start < words.length - 1 && LEADING_QUALIFIERS.has(words[start] ?? '')) {
    start++;
    variants.push(words.slice(start));
  }
  return variants;
}

/**
 * The layer kind a row heading names, or undefined when it names none.
 *
 * Tolerates case, punctuation, emoji, numbering, bracketed qualifiers ("Рекомендации (общие)"),
 * joined or hyphenated words ("Touch-points"), other forms of a word ("Рекомендация"), typos
 * (Damerau-Levenshtein ≤ 1 for known words of 5+ letters, ≤ 2 for 9+), up to three qualifier
 * words after a known heading ("Точки контакта онлайн", "Рекомендации SMM") and a leading
 * "Customer"/"Ключевые". When two kinds match equally well the heading is ambiguous: undefined.
 */
export function matchLayerKind(heading: string): LayerKind | undefined {
  if (heading.length > MAX_HEADING_LENGTH * 4) return undefined;
  const normalized = normalizeHeading(heading);
  if (normalized === '' || normalized.length > MAX_HEADING_LENGTH || !/\p{L}/u.test(normalized)) return undefined;
  const words = headingWords(normalized);
  if (words.length > MAX_HEADING_WORDS) return undefined;
  const variants = wordVariants(words);
  for (const variant of variants) {
    const exact = EXACT_HEADINGS.get(variant.join(' ')) ?? EXACT_HEADINGS.get(variant.join(''));
    if (exact) return exact;
  }
  let best: Candidate | undefined;
  let ambiguous = false;
  for (const variant of variants) {
    for (const match of firstWordMatches(variant[0] ?? '')) {
      const candidate = compareEntry(variant, match);
      if (!candidate) continue;
      if (!best || isBetter(candidate, best)) {
        best = candidate;
        ambiguous = false;
      } else if (!isBetter(best, candidate) && candidate.kind !== best.kind) {
        ambiguous = true;
      }
    }
  }
  return ambiguous ? undefined : best?.kind;
}

/** A phase id written in capitals as a word: "REACH · Первичное осмысление", "Оценка и выбор (ACT)". */
const PHASE_IN_CAPS = /(?<![\p{L}\p{N}])(PLAN|REACH|ACT|CONVERT|ENGAGE)(?![\p{L}\p{N}])/u;

/** Phase band texts are short; longer texts are not compared with the aliases. */
const MAX_PHASE_WORDS = 12;

/** Every phase name and alias, split into words once at load. */
const PHASE_ALIASES: readonly { readonly phase: Phase; readonly words: readonly string[] }[] = PHASES.flatMap((phase) => {
  const info = PHASE_INFO[phase];
  const names = [phase, info.name.en, info.name.ru, info.longName.en, info.longName.ru, ...info.aliases];
  return names.map((name) => ({ phase, words: splitWords(foldText(name)).filter((word) => !CONNECTORS.has(word)) }));
});

/**
 * The RACE phase a phase band names, or undefined.
 *
 * A phase id in capitals anywhere in the text wins ("Оценка и выбор (ACT)" → act). Otherwise
 * the names and aliases of `PHASE_INFO` are looked for as words anywhere in the text, with the
 * same tolerance as headings (word forms, small typos); the alias that starts first wins, and
 * among those the longest. Only ask about texts above the stage headers: "Конверсия" alone is
 * also a metrics heading, and here it means the convert phase.
 */
export function matchPhase(text: string): Phase | undefined {
  const caps = PHASE_IN_CAPS.exec(text);
  if (caps?.[1]) return caps[1].toLowerCase() as Phase;
  const words = splitWords(foldText(text)).filter((word) => !CONNECTORS.has(word));
  if (words.length === 0 || words.length > MAX_PHASE_WORDS) return undefined;
  const matching = words.map(phaseWordsMatching);
  // Most texts hold no phase word at all: no alias can start anywhere.
  if (matching.every((set) => set.size === 0)) return undefined;
  let best: { phase: Phase; start: number; length: number } | undefined;
  for (const alias of PHASE_ALIASES) {
    const start = findWords(matching, alias.words);
    if (start === undefined) continue;
    if (!best || start < best.start || (start === best.start && alias.words.length > best.length)) {
      best = { phase: alias.phase, start, length: alias.words.length };
    }
  }
  return best?.phase;
}

/** Every distinct word of the phase names and aliases. */
const PHASE_WORDS: readonly string[] = [...new Set(PHASE_ALIASES.flatMap((alias) => alias.words))];

/**
 * The phase words a typed word matches (tolerantly). Remembered per word during a read
 * (`word-memo.ts`): every text above the stage headers is asked about, in every orientation.
 */
const phaseWordsMatching = createWordMemo(
  (typed: string): ReadonlySet<string> => new Set(mayMatch(typed, PHASE_WORDS_LETTERS_ONLY) ? PHASE_WORDS.filter((known) => compareWords(typed, known, true) !== undefined) : []),
);

/** Whether every phase word is made of letters only. */
const PHASE_WORDS_LETTERS_ONLY = PHASE_WORDS.every((word) => !HAS_DIGIT.test(word));

/**
 * Where `needle` occurs as consecutive words of a text (tolerantly), or undefined. `matching`
 * holds, per word of the text, the phase words it matches.
 */
function findWords(matching: readonly ReadonlySet<string>[], needle: readonly string[]): number | undefined {
  if (needle.length === 0) return undefined;
  for (let start = 0; start + needle.length <= matching.length; start++) {
    if (needle.every((word, i) => matching[start + i]?.has(word) === true)) return start;
  }
  return undefined;
}
