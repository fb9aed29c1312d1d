/**
 * Reading the number of a metric note: "Visitors: 120,000", "1 200 посетителей", "CR 2.4%",
 * "12,5 тыс.", "Шаг 2: 1 500 заявок".
 *
 * Numbers are read in both Russian and English writing:
 * - thousands separated by spaces (also the no-break U+00A0, narrow no-break U+202F and thin
 *   U+2009 spaces), apostrophes, commas or dots: "120,000", "1 200", "1.200.000", "10'000";
 * - a comma or a dot before 1, 2 or 4+ digits is a decimal mark ("3,5", "2.4"); when both
 *   appear, the last one is the decimal mark ("1,234.5", "1.234,5");
 * - a single comma or dot before exactly 3 digits ("120,000", "1.200") separates thousands,
 *   unless the number starts with 0 ("0,125") or a scale word follows ("1,500 млн" is 1.5 million);
 * - scale: "k"/"K"/"к" and "M"/"М"/"m" and "B"/"b" written right after the number, or the words
 *   "тыс.", "тысяч", "thousand", "млн", "миллион", "million", "mln", "млрд", "bn", "billion";
 * - a number glued to a letter before it is a name, not a value ("B2B", "CR2", "Q3");
 * - exponent notation ("1.2e3", "5E-2") is read as such, and a value beyond
 *   `Number.MAX_SAFE_INTEGER` (or infinite: "1e309") is no value at all, never a cut-off "1".
 *
 * Which number is the value when there are several:
 * 1. the first number after the first label separator (`:`, `=`, or a dash between spaces, but
 *    not the dash of a percentage range "10 - 20 %") — "Шаг 2: 1 500 заявок" → 1500,
 *    "Visitors: 120,000 (CR: 2.4%)" → 120000;
 * 2. without a label, the first number that is not a step number ("Шаг 2", "Step 3", "№4",
 *    "1." at the start) or a year ("2024 г.", "в 2024 году");
 * 3. when every number is a step number or a year, there is no value.
 *
 * Unit: `percent` for a number followed by `%`, "процент…", "percent", "п.п.", for the start of a
 * range whose end is ("10–20%": 10, percent), or when the label has a `%` ("CR, %: 2,4");
 * `count` for any other whole number (after scaling); undefined for a fraction without `%`
 * ("CR 2.4") and for money ("$1,200", "2 500 ₽"), so counts are never compared with percentages
 * or amounts.
 */

/** What a metric number counts. */
export type MetricUnit = 'percent' | 'count';

/** A number read from a metric note and its unit, when known. */
export interface ParsedMetric {
  /** The value, scaled ("12,5 тыс." → 12500). */
  readonly value: number;
  /** `percent`, `count`, or undefined when unknown (fractions without `%`, money). */
  readonly unit: MetricUnit | undefined;
}

/** A number found in the text. */
interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly percent: boolean;
  readonly money: boolean;
  /** A step number or a year: never the value. */
  readonly label: boolean;
  /** For the start of a percentage range ("10–20%"): where the number ending the range starts. */
  readonly rangeTo?: number;
}

/** Spaces that separate thousands. */
const SPACE_SEPARATORS = new Set([' ', '\u00a0', '\u202f', '\u2009', "'", '’']);

/** Words after which a number counts steps, not things ("Шаг 2", "Step 3"). */
const STEP_WORDS = new Set([
  'шаг', 'этап', 'стадия', 'уровень', 'фаза', 'ступень', 'неделя', 'месяц', 'день', 'квартал',
  'step', 'stage', 'level', 'phase', 'week', 'month', 'day', 'quarter', 'no',
]);

/** Scale words; single letters count only when glued to the number ("12k", not "12 m"). */
const SCALES: readonly { readonly pattern: RegExp; readonly exponent: number; readonly glued: boolean }[] = [
  { pattern: /^(?:k|к)$/iu, exponent: 3, glued: true },
  { pattern: /^(?:m|м)$/iu, exponent: 6, glued: true },
  { pattern: /^b$/iu, exponent: 9, glued: true },
  { pattern: /^(?:тыс\p{L}*|thousands?|тысяч\p{L}*)$/iu, exponent: 3, glued: false },
  { pattern: /^(?:млн|mln|mio|mn|миллион\p{L}*|millions?)$/iu, exponent: 6, glued: false },
  { pattern: /^(?:млрд|bn|миллиард\p{L}*|billions?)$/iu, exponent: 9, glued: false },
];

/** Money written after a number. */
const MONEY_AFTER = /^(?:[₽$€£¥₸₴]|руб\p{L}*|р|usd|eur|rub|долл\p{L}*|евро|dollars?|euros?)$/iu;

/** Money signs written before a number. */
const MONEY_BEFORE = new Set(['$', '€', '£', '¥', '₽', '₸', '₴']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // ASCII answered without a regex: this runs for every character around every number.
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(ch);
}

/** `/\s/u` for one character, ASCII answered without a regex. */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(ch);
}

/** The spaces a word after a number may be preceded by: `[ \u00a0\u202f\u2009]`. */
function isInlineSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009';
}

/** Counts the digits starting at `at`. */
function countDigits(text: string, at: number): number {
  let i = at;
  while (isDigit(text[i])) i++;
  return i - at;
}

/** The word (letters) ending right before `at`, skipping spaces; '' when none. */
function wordBefore(text: string, at: number): string {
  // Bounded look-back: a step word is short, and this runs once per number.
  const limit = Math.max(0, at - 24);
  let end = at;
  while (end > limit && isSpace(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > limit && isLetter(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase().replace(/ё/g, 'е');
}

/** The next word (letters, or one symbol) after `at`: its text, where it ends, and whether it is glued. */
function wordAfter(text: string, at: number): { word: string; end: number; glued: boolean } {
  let start = at;
  while (start < text.length && isInlineSpace(text[start] ?? '')) start++;
  let end = start;
  while (end < text.length && isLetter(text[end])) end++;
  if (end === start && start < text.length && !/[\s\p{L}\p{N}]/u.test(text[start] ?? '')) end = start + 1;
  return { word: text.slice(start, end).toLowerCase(), end, glued: start === at };
}

/**
 * Reads the digits of a number starting at `at` (a digit): integer part, thousands groups and
 * decimal part, per the rules in the file comment. Returns the number as a decimal string
 * without separators ("1234.5") and where it ends.
 */
function readDigits(text: string, at: number, allowGroups: boolean, scaleFollows: (end: number) => boolean): { digits: string; end: number } {
  const integer = text.slice(at, at + countDigits(text, at));
  let i = at + integer.length;
  const groups: { separator: string; digits: string }[] = [];
  while (allowGroups) {
    const separator = text[i];
    if (separator === undefined || !(SPACE_SEPARATORS.has(separator) || separator === ',' || separator === '.')) break;
    if (countDigits(text, i + 1) !== 3) break;
    groups.push({ separator, digits: text.slice(i + 1, i + 4) });
    i += 4;
  }
  let fraction = '';
  const mark = text[i];
  if ((mark === ',' || mark === '.') && isDigit(text[i + 1])) {
    fraction = text.slice(i + 1, i + 1 + countDigits(text, i + 1));
    i += 1 + fraction.length;
  }
  // Most numbers have no thousands groups: nothing to decide.
  if (groups.length === 0) return { digits: fraction ? `${integer}.${fraction}` : integer, end: i };
  const punctuation = groups.filter((group) => !SPACE_SEPARATORS.has(group.separator));
  const last = groups[groups.length - 1];
  if (fraction === '' && last && punctuation.length > 0) {
    const marks = new Set(punctuation.map((group) => group.separator));
    // "1.234,567": two different marks, the last is the decimal one. "1,500 млн", "0,125": one
    // comma or dot before 3 digits is decimal only when a scale follows or the number starts at 0.
    const lastIsDecimal =
      marks.size > 1 ||
      (punctuation.length === 1 && groups.length === 1 && (integer === '0' || scaleFollows(i)));
    if (lastIsDecimal && !SPACE_SEPARATORS.has(last.separator)) {
      groups.pop();
      fraction = last.digits;
    }
  }
  return { digits: integer + groups.map((group) => group.digits).join('') + (fraction ? `.${fraction}` : ''), end: i };
}

/** The scale (power of ten) and unit written right after a number ending at `at`. */
function readSuffix(text: string, at: number): { exponent: number; percent: boolean; money: boolean; end: number } {
  const next = wordAfter(text, at);
  // No word after the number: no scale, no percent word, no money (only "п.п." can follow).
  if (next.word === '') {
    const percent = /^\s*п\.\s?п\./u.test(text.slice(at, at + 8));
    return { exponent: 0, percent, money: false, end: percent ? next.end : at };
  }
  if (next.word === '%' || /^(?:процент\p{L}*|percent|pct)$/u.test(next.word) || /^\s*п\.\s?п\./u.test(text.slice(at, at + 8))) {
    return { exponent: 0, percent: true, money: false, end: next.end };
  }
  const scale = SCALES.find((candidate) => candidate.pattern.test(next.word) && (next.glued || !candidate.glued));
  if (scale) {
    const money = MONEY_AFTER.test(wordAfter(text, next.end + (text[next.end] === '.' ? 1 : 0)).word);
    return { exponent: scale.exponent, percent: false, money, end: next.end };
  }
  return { exponent: 0, percent: false, money: MONEY_AFTER.test(next.word), end: at };
}

/** True when a scale word follows position `at` (used to read "1,500 млн" as 1.5). */
function scaleFollows(text: string, at: number): boolean {
  const next = wordAfter(text, at);
  if (next.word === '') return false;
  return SCALES.some((candidate) => candidate.pattern.test(next.word) && (next.glued || !candidate.glued));
}

/** What lies between the two numbers of a range: a dash, maybe with spaces ("10–20", "10 - 20"). */
const RANGE_DASH = /^\s*[-–—]\s*$/u;

const ANY_DIGIT = /[0-9]/u;
const NEXT_DIGIT = /[0-9]/gu;

/** Every number in the text, in order. */
function findNumbers(text: string): NumberToken[] {
  const numbers: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    // Straight to the next digit: one search instead of a test per character.
    NEXT_DIGIT.lastIndex = i;
    const next = NEXT_DIGIT.exec(text);
    if (!next) break;
    i = next.index;
    const start = i;
    const before = text[start - 1];
    if (isLetter(before) || before === '_') {
      i += countDigits(text, i);
      continue;
    }
    const stepWord = wordBefore(text, start);
    const afterSign = /[\s(:=]/u.test(text[start - 2] ?? ' ');
    const negative = (before === '-' || before === '−') && afterSign;
    const isStep = STEP_WORDS.has(stepWord) || before === '№' || before === '#' || (before === ' ' && /[№#]/u.test(text[start - 2] ?? ''));
    const read = readDigits(text, start, !isStep, (at) => scaleFollows(text, at));
    const { digits } = read;
    // "1e309", "2.5E-3": the exponent belongs to the number. Without this, "1e309" read as 1.
    const e = text[read.end];
    const exponent = e === 'e' || e === 'E' ? /^[eE]([+-]?\d{1,6})(?!\p{L})/u.exec(text.slice(read.end, read.end + 8)) : null;
    const end = exponent ? read.end + exponent[0].length : read.end;
    const suffix = readSuffix(text, end);
    const value = Number(`${negative ? '-' : ''}${digits}e${suffix.exponent + Number(exponent?.[1] ?? 0)}`);
    const atStartAsNumbering = numbers.length === 0 && text.slice(0, start).trim() === '' && /^[.)]\s/u.test(text.slice(end, end + 2));
    const year = /^(?:19|20)\d\d$/.test(digits) && /^\s*(?:г(?!\p{L})|год|year)/iu.test(text.slice(end, end + 8));
    const moneyBefore = MONEY_BEFORE.has(before ?? '') || (before === ' ' && MONEY_BEFORE.has(text[start - 2] ?? ''));
    // A range's unit is written once, after its end ("10–20%"): the start shares it.
    const previous = numbers[numbers.length - 1];
    if (suffix.percent && previous && !previous.percent && !previous.money && RANGE_DASH.test(text.slice(previous.end, start))) {
      numbers[numbers.length - 1] = { ...previous, percent: true, rangeTo: start };
    }
    numbers.push({
      start,
      end: Math.max(end, suffix.end),
      value,
      percent: suffix.percent,
      money: suffix.money || moneyBefore,
      label: isStep || atStartAsNumbering || year,
    });
    i = Math.max(end, suffix.end, start + 1);
  }
  return numbers;
}

/** Where the first label separator (`:`, `=`, a spaced dash) is, or -1. A colon between digits is a time. */
function findLabelSeparator(text: string): number {
  const match = /(?<!\d):|:(?!\d)|=|\s[-–—]\s/u.exec(text);
  return match ? match.index : -1;
}

/**
 * Reads the main number of a metric note and its unit, or undefined when the note has no
 * value. See the file comment for how the number is chosen among several.
 */
export function parseMetric(text: string): ParsedMetric | undefined {
  // Most notes hold no digit at all: no number to find (NFC makes no ASCII digit of others).
  if (!ANY_DIGIT.test(text)) return undefined;
  const normalized = text.normalize('NFC');
  const numbers = findNumbers(normalized);
  if (numbers.length === 0) return undefined;
  const found = findLabelSeparator(normalized);
  // "CR 10 - 20 %": the spaced dash of a range is no label separator.
  const separator = numbers.some((token) => token.rangeTo !== undefined && token.end <= found && found < token.rangeTo) ? -1 : found;
  const chosen =
    (separator >= 0 ? numbers.find((token) => token.start > separator && !token.label) : undefined) ??
    numbers.find((token) => !token.label);
  // An infinite or absurdly large value ("1e309", 25 digits) is a typo or a stunt, not a metric.
  if (!chosen || !Number.isFinite(chosen.value) || Math.abs(chosen.value) > Number.MAX_SAFE_INTEGER) return undefined;
  const labelHasPercent = separator >= 0 && chosen.start > separator && normalized.slice(0, separator).includes('%');
  let unit: MetricUnit | undefined;
  if (chosen.percent || (labelHasPercent && !chosen.money)) unit = 'percent';
  else if (!chosen.money && Number.isInteger(chosen.value)) unit = 'count';
  return { value: chosen.value, unit };
}

/** The main number of a metric note ("Visitors: 120,000" → 120000), or undefined. */
export function parseMetricValue(text: string): number | undefined {
  return parseMetric(text)?.value;
}

/** True when the main number of a metric note is a percentage ("CR 2.4%"). */
export function isPercent(text: string): boolean {
  return parseMetric(text)?.unit === 'percent';
}
