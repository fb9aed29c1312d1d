import type { Locale } from '../core/index.ts';

/**
 * The language a panel starts in, from the browser's preferred languages (`navigator.languages`):
 * the first of them that cjm-kit speaks, English when none is Russian or English.
 */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split(/[-_]/u)[0];
    if (primary === 'ru') return 'ru';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
