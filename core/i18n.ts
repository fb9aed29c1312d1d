/** The two languages cjm-kit speaks. Every user-facing string exists in both. */
export type Locale = 'ru' | 'en';

/** All locales, in the order UIs list them. */
export const LOCALES: readonly Locale[] = ['ru', 'en'];

/** A string (or any value) given once per locale. */
export type Localized<T = string> = Readonly<Record<Locale, T>>;

/** Picks the value for `locale` from a localized record. */
export function pick<T>(value: Localized<T>, locale: Locale): T {
  return value[locale];
}

/**
 * Guesses the locale of free text: Russian when Cyrillic letters make up a noticeable share
 * of the letters, English otherwise (also for text with no letters at all).
 */
export function guessLocale(texts: Iterable<string>): Locale {
  let cyrillic = 0;
  let latin = 0;
  for (const text of texts) {
    for (const ch of text) {
      if (/[\u0400-\u04ff]/u.test(ch)) cyrillic++;
      else if (/[a-z]/iu.test(ch)) latin++;
    }
  }
  return cyrillic > 0 && cyrillic >= latin * 0.25 ? 'ru' : 'en';
}
