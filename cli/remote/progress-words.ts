import type { Locale } from '../../core/index.ts';

/** "Miro: page 3 · 150 of 412 items": a listing in progress. */
export function listingProgress(locale: Locale, pages: number, items: number, total: number | undefined): string {
  const of = total === undefined ? '' : locale === 'ru' ? ` из ${total}` : ` of ${total}`;
  return locale === 'ru' ? `Miro: страница ${pages} · ${items}${of} элементов` : `Miro: page ${pages} · ${items}${of} items`;
}

/** "Figma: 3.2 MB received": a file download in progress. */
export function downloadProgress(locale: Locale, bytes: number): string {
  const size = bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`;
  return locale === 'ru' ? `Figma: получено ${size.replace('MB', 'МБ').replace('kB', 'кБ')}` : `Figma: ${size} received`;
}

/** The warning when a Miro board changed while its pages were fetched and is read again. */
export function rereadWarning(locale: Locale, pass: number): string {
  return locale === 'ru'
    ? `доска менялась, пока читались её страницы; читаю её заново (проход ${pass})`
    : `the board changed while its pages were read; reading it again (pass ${pass})`;
}

/** The warning when a Miro board kept changing and is read as the last pass found it. */
export function unsettledWarning(locale: Locale, passes: number): string {
  return locale === 'ru'
    ? `доска менялась все ${passes} прохода; карта прочитана такой, какой её застал последний`
    : `the board kept changing through ${passes} passes; the map is read as the last pass found it`;
}
