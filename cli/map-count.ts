import type { Locale } from '../core/i18n.ts';
import { formatQuantity } from '../core/report/plural.ts';
import type { WordForms } from '../core/report/plural.ts';

const MAP_WORDS: WordForms = { ru: ['карта', 'карты', 'карт'], en: ['map', 'maps'] };

/** A number of maps in words: "1 map", "3 maps"; "1 карта", "3 карты", "5 карт". */
export function formatMapCount(count: number, locale: Locale): string {
  return formatQuantity(count, MAP_WORDS, locale);
}
