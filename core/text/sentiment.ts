import type { Sentiment } from '../model/map.ts';
import { createWordMemo } from './word-memo.ts';

/**
 * Reading the sentiment of an emotion note ("😞 тревога", "Доволен", "not happy") on a
 * hand-made board: -1 negative, 0 neutral, 1 positive.
 *
 * Rules:
 * - emoji and words each count as one vote: positive, negative or neutral;
 * - Russian words are matched by stem, so every form counts ("тревога", "тревожно",
 *   "сомневается", "сомнения");
 * - a negation flips the next sentiment word of the same clause (within three words, up to a
 *   comma or full stop): "не доволен", "not happy", "без тревоги", "не очень уверен". The prefix
 *   "не-" / "un-" / "dis-" does the same inside a word ("неуверенность", "неплохо", "unhappy").
 *   A negated neutral word is negative ("неспокойно", "not calm"); "не понимает", "not sure"
 *   and "don't like" (negated understanding or liking) are negative;
 * - the side with more votes wins; a tie between positive and negative is 0 (mixed feelings sit
 *   at the middle of an emotion curve); positive or negative votes outweigh neutral ones;
 *   only neutral votes give 0; no vote at all gives undefined;
 * - a note that is only a sign ("+", "-", "−1", "0", "±") is read as that sign.
 */

const POSITIVE_EMOJI = new Set([...'😀😃😄😁😆🙂😊☺😍🥰🤩😎🥳😇🤗😌👍👏🎉❤💚💪✨😺']);
const NEUTRAL_EMOJI = new Set([...'😐😑😶🤔🤷😯']);
const NEGATIVE_EMOJI = new Set([...'😞😟😠😡🤬😢😭😩😫😤👎😰😨😱😖😣😕🙁☹😔😒🙄😬😓😥💔😿😵🤯😦😧😪🥴']);

/** Word beginnings that make a word negative. */
const NEGATIVE_STEMS = [
  // Russian
  'тревог', 'тревож', 'сомнен', 'сомнев', 'раздраж', 'разочар', 'страх', 'страш', 'боязн', 'боит', 'боюс',
  'опасен', 'опасаю', 'опасает', 'злост', 'злит', 'злюс', 'злоб', 'злющ', 'недовер', 'расстро', 'грус', 'печал',
  'обид', 'огорч', 'беспоко', 'волнуе', 'волнуют', 'волнени', 'нервн', 'нервнич', 'стресс', 'паник', 'устал', 'скучн',
  'скук', 'растерян', 'непоним', 'непонят', 'неудоб', 'ужас', 'плох', 'неприят', 'отчая', 'бесит', 'бешен',
  'досад', 'недоум', 'напряж', 'негатив', 'неуверен', 'сложн', 'тяжел', 'мучит', 'мучени', 'одинок',
  'путает', 'путаюс', 'запута', 'перепута', 'путаниц', 'сбит', 'теряет', 'теряюс',
  // English
  'frustrat', 'nervous', 'anxi', 'annoy', 'confus', 'angr', 'anger', 'disappoint', 'upset', 'worr', 'fear',
  'afraid', 'scare', 'stress', 'irritat', 'distrust', 'mistrust', 'doubt', 'skeptic', 'sceptic', 'overwhelm',
  'bored', 'unhappy', 'dissatisf', 'uncertain', 'unsure', 'helpless', 'negative', 'hate', 'tired', 'impatien',
  'suspicio', 'concern', 'dislike', 'stuck', 'pain', 'panic', 'lonely', 'embarrass', 'hopeless', 'useless',
];

/** Negative words too short to match by stem ("зла" would match "злак"). */
const NEGATIVE_WORDS = new Set(['зол', 'зла', 'злой', 'злая', 'злые', 'боль', 'боли', 'больно', 'sad', 'mad', 'bad', 'lost', 'worse', 'awful', 'terrible', 'angry']);

/** Word beginnings that make a word positive. */
const POSITIVE_STEMS = [
  // Russian
  'радост', 'радует', 'радуют', 'радова', 'довол', 'уверен', 'интерес', 'восторг', 'восхищ', 'восхит',
  'удовольств', 'счаст', 'облегчен', 'вдохнов', 'любопыт', 'воодушев', 'надежд', 'надеет', 'удовлетвор',
  'позитив', 'приятн', 'нрав', 'понрав', 'удобн', 'классн', 'отличн', 'хорош', 'довер', 'благодар', 'энтузиаз',
  'кайф', 'комфорт', 'увлеч', 'гордост', 'ликов', 'предвкуш',
  // English
  'happy', 'happi', 'excit', 'confiden', 'satisf', 'reliev', 'relief', 'delight', 'joy', 'glad', 'love',
  'enjoy', 'interest', 'curious', 'hope', 'optimis', 'great', 'positive', 'thrill', 'grateful', 'trust',
  'comfort', 'inspir', 'motivat', 'amaz', 'awesome', 'proud', 'eager', 'wonderful', 'pleased',
];

/** Positive words too short to match by stem. */
const POSITIVE_WORDS = new Set(['рад', 'рада', 'рады', 'вау', 'супер', 'good', 'wow', 'cool', 'nice']);

/** Word beginnings that make a word neutral. */
const NEUTRAL_STEMS = ['нейтрал', 'споко', 'безразлич', 'равнодуш', 'нормальн', 'обычн', 'neutral', 'calm', 'indifferen', 'ordinary'];

/** Neutral words too short to match by stem. */
const NEUTRAL_WORDS = new Set(['норм', 'ок', 'ok', 'okay', 'meh', 'fine']);

/**
 * Understanding and liking: no vote on their own ("понимает", "like a tool"), negative when
 * negated ("не понимает", "not sure", "don't like").
 */
const ONLY_WHEN_NEGATED_STEMS = ['поним', 'понят', 'знает', 'знаю', 'ясн', 'understand', 'know', 'sure', 'clear'];

/** Short words of the same kind, matched whole ("likely" is not "like"). */
const ONLY_WHEN_NEGATED_WORDS = new Set(['like', 'likes', 'liked', 'get', 'see']);

/** Words that start with a negative stem but are not feelings ("страховка" is insurance). */
const NOT_FEELINGS = ['страхов', 'страхуе', 'painting', 'hopefully'];

/** Words that negate what follows. */
const NEGATORS = new Set(['не', 'нет', 'ни', 'без', 'not', 'no', 'never', 'without', 'nor', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'cannot', 'wont']);

/** Word prefixes that negate the rest of the word. */
const NEGATING_PREFIXES = ['не', 'un', 'dis'];

/** How many words after a negation it still applies to ("не очень-то и доволен"). */
const NEGATION_REACH = 3;

/** Notes that are only a sign. A Map, so a note saying "constructor" finds nothing on a prototype. */
const SIGNS: ReadonlyMap<string, Sentiment> = new Map<string, Sentiment>([
  ['+', 1], ['+1', 1], ['-', -1], ['-1', -1], ['−', -1], ['−1', -1], ['–', -1], ['–1', -1], ['0', 0], ['±', 0], ['+/-', 0], ['+-', 0],
]);

/** The sentiment a word carries by itself: a vote, 'when-negated' (see above), or undefined. */
type WordMeaning = Sentiment | 'when-negated' | undefined;

/**
 * The word lists in the order they are asked: the first that knows a word (whole or by stem)
 * gives its meaning; "not a feeling" comes first.
 */
const WORD_LISTS: readonly { readonly meaning: WordMeaning; readonly words: ReadonlySet<string>; readonly stems: readonly string[] }[] = [
  { meaning: undefined, words: new Set(), stems: NOT_FEELINGS },
  { meaning: -1, words: NEGATIVE_WORDS, stems: NEGATIVE_STEMS },
  { meaning: 1, words: POSITIVE_WORDS, stems: POSITIVE_STEMS },
  { meaning: 0, words: NEUTRAL_WORDS, stems: NEUTRAL_STEMS },
  { meaning: 'when-negated', words: ONLY_WHEN_NEGATED_WORDS, stems: ONLY_WHEN_NEGATED_STEMS },
];

/**
 * Every stem by its first letter, with the place of its list in {@link WORD_LISTS}, in that
 * order: a word is compared with the few stems that start like it, not with all two hundred
 * (every word of every emotion note is looked up, up to three times).
 */
const STEMS_BY_FIRST_LETTER: ReadonlyMap<string, readonly { readonly stem: string; readonly list: number }[]> = (() => {
  const map = new Map<string, { stem: string; list: number }[]>();
  WORD_LISTS.forEach(({ stems }, list) => {
    for (const stem of stems) {
      const first = stem[0] ?? '';
      const entries = map.get(first);
      if (entries) entries.push({ stem, list });
      else map.set(first, [{ stem, list }]);
    }
  });
  return map;
})();

/** What a single word (without negation prefixes) means. */
function lookUpWord(word: string): WordMeaning {
  // The first list that knows the word: by stem (the first stem that fits is of the earliest
  // list, as stems are kept in list order) or as a whole word.
  let first = WORD_LISTS.length;
  for (const { stem, list } of STEMS_BY_FIRST_LETTER.get(word[0] ?? '') ?? []) {
    if (word.startsWith(stem)) {
      first = list;
      break;
    }
  }
  for (let list = 0; list < first; list++) {
    if (WORD_LISTS[list]?.words.has(word)) {
      first = list;
      break;
    }
  }
  return WORD_LISTS[first]?.meaning;
}

/** Negates a meaning: positive ⇄ negative, neutral and 'when-negated' become negative. */
function negate(meaning: WordMeaning): Sentiment | undefined {
  if (meaning === undefined) return undefined;
  if (meaning === 1) return -1;
  return meaning === -1 ? 1 : -1;
}

/**
 * What a word means, reading a negating prefix ("неуверенность", "unhappy") when it has one.
 * Remembered per word during a read (`word-memo.ts`): every word of every emotion note is
 * looked up, and notes repeat their words.
 */
const readWord = createWordMemo(readWordOnce);

function readWordOnce(word: string): WordMeaning {
  const direct = lookUpWord(word);
  if (direct !== undefined) return direct;
  for (const prefix of NEGATING_PREFIXES) {
    if (word.length - prefix.length >= 4 && word.startsWith(prefix)) {
      const negated = negate(lookUpWord(word.slice(prefix.length)));
      if (negated !== undefined) return negated;
    }
  }
  return undefined;
}

/** Words, emoji and clause breaks, in order. One pass, no backtracking. */
const TOKENS = /(\p{L}+(?:['’]\p{L}+)*)|(\p{Extended_Pictographic})|([.,;:!?…()\n]|\s[-–—]\s)/gu;

/**
 * Reads the sentiment of an emotion note: -1 negative, 0 neutral, 1 positive, undefined when
 * the note says nothing about feelings. See the file comment for the rules (negation, ties).
 */
export function parseSentiment(text: string): Sentiment | undefined {
  const sign = SIGNS.get(text.trim());
  if (sign !== undefined) return sign;
  const votes = { positive: 0, negative: 0, neutral: 0 };
  const vote = (sentiment: Sentiment): void => {
    if (sentiment === 1) votes.positive++;
    else if (sentiment === -1) votes.negative++;
    else votes.neutral++;
  };
  /** Words left that the last negation still applies to; 0 when none is pending. */
  let negation = 0;
  for (const match of text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').matchAll(TOKENS)) {
    const [, word, emoji] = match;
    if (emoji !== undefined) {
      if (POSITIVE_EMOJI.has(emoji)) vote(1);
      else if (NEGATIVE_EMOJI.has(emoji)) vote(-1);
      else if (NEUTRAL_EMOJI.has(emoji)) vote(0);
      continue;
    }
    if (word === undefined) {
      negation = 0; // a clause break ends a negation
      continue;
    }
    const plain = word.replace(/['’]/g, '');
    if (NEGATORS.has(plain)) {
      negation = NEGATION_REACH;
      continue;
    }
    const meaning = readWord(plain);
    if (negation > 0 && meaning !== undefined) {
      const negated = negate(meaning);
      if (negated !== undefined) vote(negated);
      negation = 0;
      continue;
    }
    if (negation > 0) negation--;
    if (meaning !== undefined && meaning !== 'when-negated') vote(meaning);
  }
  if (votes.positive > votes.negative) return 1;
  if (votes.negative > votes.positive) return -1;
  if (votes.positive > 0 || votes.neutral > 0) return 0;
  return undefined;
}
