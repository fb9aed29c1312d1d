import type { Locale } from '../i18n.ts';

/** The forms of a counted word: Russian for 1, 2–4 and 5+ ("этап, этапа, этапов"), English singular and plural. */
export interface WordForms {
  readonly ru: readonly [one: string, few: string, many: string];
  readonly en: readonly [one: string, other: string];
}

/** A number with its word in the right form: "1 этап", "3 этапа", "5 этапов"; "1 stage", "3 stages". */
export function formatQuantity(count: number, forms: WordForms, locale: Locale): string {
  if (locale === 'en') return `${count} ${count === 1 ? forms.en[0] : forms.en[1]}`;
  return `${count} ${forms.ru[pluralIndexRu(count)]}`;
}

/** Russian plural form: 0 for 1, 21, 31…; 1 for 2–4, 22–24…; 2 for 0, 5–20, 25–30… */
function pluralIndexRu(count: number): 0 | 1 | 2 {
  const n = Math.abs(count) % 100;
  const last = n % 10;
  if (n >= 11 && n <= 14) return 2;
  if (last === 1) return 0;
  if (last >= 2 && last <= 4) return 1;
  return 2;
}
