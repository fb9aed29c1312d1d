import type { Locale, Localized } from '../i18n.ts';
import { LOCALES } from '../i18n.ts';
import type { Layer, Stage } from '../model/map.ts';
import { LAYER_VOCABULARY } from '../model/vocabulary.ts';
import { stripControlChars } from '../text/control-chars.ts';
import type { MetricUnit } from '../text/metric-value.ts';

/**
 * The small vocabulary messages are built from: quoted names, shortened note texts and numbers,
 * each in both languages. Shared by the rules and the reports so that a stage is called the same
 * everywhere.
 */

/** Longest quoted note text; longer texts are cut at a word boundary with "…". */
const MAX_QUOTE_LENGTH = 80;

/** Builds a localized string by running `build` once per locale. */
export function localize(build: (locale: Locale) => string): Localized {
  const result: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) result[locale] = build(locale);
  return result as Localized;
}

/**
 * Puts text in the quotation marks of the locale: «…» in Russian, “…” in English. Russian
 * quotes inside Russian quotes become „…“, as Russian typography nests them: «Карта пути
 * пациента — клиника „Здоровье+“», not «… «Здоровье+»».
 */
export function quote(text: string, locale: Locale): string {
  return locale === 'ru' ? `«${text.replace(/«/gu, '„').replace(/»/gu, '“')}»` : `“${text}”`;
}

/**
 * Makes user text fit one line of a message: line breaks and runs of spaces become one space
 * and long texts are shortened, so a 500-character sticky note does not swamp a report. Control
 * characters are dropped (`stripControlChars`): a board text holding an escape sequence must not
 * clear or recolour the terminal that shows the text report.
 */
export function toOneLine(text: string, maxLength = MAX_QUOTE_LENGTH): string {
  const flat = stripControlChars(text).replace(/\s+/gu, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  // Cut at a word boundary unless that would lose most of the text (one very long word).
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A note's text quoted for a message, or a placeholder when the note has no text. */
export function quoteNote(text: string): Localized {
  const line = toOneLine(text);
  return localize((locale) => (line ? quote(line, locale) : locale === 'ru' ? '(без текста)' : '(no text)'));
}

/**
 * How a stage is named in messages and report headers: its name, with the lane in parentheses
 * when the path branches ("Оплата (онлайн)"), or "#3" for a stage without a name.
 * @param position 0-based position of the stage in the map.
 */
export function nameStage(stage: Stage, position: number): string {
  const name = toOneLine(stage.name) || `#${position + 1}`;
  const lane = stage.lane === undefined ? '' : toOneLine(stage.lane);
  return lane ? `${name} (${lane})` : name;
}

/** The stage's name in quotation marks, e.g. «Поиск решения» / “Searching for a solution”. */
export function quoteStage(stage: Stage, position: number): Localized {
  const name = nameStage(stage, position);
  return localize((locale) => quote(name, locale));
}

/** How a layer is named: its title, or the vocabulary's title for its kind when it has none. */
export function nameLayer(layer: Layer, locale: Locale): string {
  return toOneLine(layer.title) || LAYER_VOCABULARY[layer.kind].title[locale];
}

/**
 * A stage's name in full, for data (a CSV header) rather than a message: as typed, "#3" when it
 * is blank, the lane in parentheses when there is one — the fallbacks of {@link nameStage}
 * without shortening the text to one line.
 */
export function nameStageInFull(stage: Stage, position: number): string {
  const name = stage.name.trim() ? stage.name : `#${position + 1}`;
  return stage.lane?.trim() ? `${name} (${stage.lane})` : name;
}

/** A layer's title in full, for data: as typed, or the vocabulary's title when blank (see {@link nameLayer}). */
export function nameLayerInFull(layer: Layer, locale: Locale): string {
  return layer.title.trim() ? layer.title : LAYER_VOCABULARY[layer.kind].title[locale];
}

/** The layer's title in quotation marks. */
export function quoteLayer(layer: Layer): Localized {
  return localize((locale) => quote(nameLayer(layer, locale), locale));
}

/**
 * Formats a number the way the locale writes it: "1 200,5" in Russian (no-break space between
 * thousands), "1,200.5" in English. Hand-written because plugin sandboxes do not all ship `Intl`
 * locale data. At most `fractionDigits` decimals, trailing zeros dropped.
 */
export function formatNumber(value: number, locale: Locale, fractionDigits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(fractionDigits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, locale === 'ru' ? '\u00a0' : ',');
  const decimals = fraction.replace(/0+$/u, '');
  const sign = value < 0 && (whole !== '0' || decimals) ? '-' : '';
  return `${sign}${grouped}${decimals ? (locale === 'ru' ? ',' : '.') + decimals : ''}`;
}

/**
 * Formats a share (0.12) as a percentage ("12%"): one decimal below 10% so that small shares do
 * not all read "0%", whole numbers above.
 */
export function formatShare(share: number, locale: Locale): string {
  const percent = share * 100;
  return `${formatNumber(percent, locale, Math.abs(percent) < 10 ? 1 : 0)}%`;
}

/** Formats a metric value with its unit: "1 200" for a count (or an unknown unit), "12%" for a percentage. */
export function formatMetric(value: number, unit: MetricUnit | undefined, locale: Locale): string {
  return unit === 'percent' ? `${formatNumber(value, locale, 1)}%` : formatNumber(value, locale);
}
