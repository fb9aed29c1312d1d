import { formatQuantity } from '../core/index.ts';
import type { Locale, WordForms } from '../core/index.ts';

const MAP_WORDS: WordForms = { ru: ['карта', 'карты', 'карт'], en: ['map', 'maps'] };

/** A number of maps in words: "1 map", "3 maps"; "1 карта", "3 карты", "5 карт". */
export function formatMapCount(count: number, locale: Locale): string {
  return formatQuantity(count, MAP_WORDS, locale);
}
