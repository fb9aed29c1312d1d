import { nameLayerInFull, nameStageInFull } from '../audit/wording.ts';
import { indexCells } from '../model/cells.ts';
import type { CjmMap } from '../model/map.ts';
import { stripControlChars } from '../text/control-chars.ts';

/** The field separators {@link formatCsv} writes. */
export type CsvDelimiter = ',' | ';';

/** Options of {@link formatCsv}. */
export interface CsvOptions {
  /**
   * The field separator. `','` is the RFC 4180 default; `';'` is what Excel expects where the
   * decimal separator is a comma (Russian regional settings), or it puts every row in one column.
   * Default `','`.
   */
  readonly delimiter?: CsvDelimiter;
}

/**
 * The map as a spreadsheet: one column per stage, one row per layer, the notes of a cell on
 * separate lines of that cell. Written for Excel, which is what people open a CSV in:
 *
 * - a UTF-8 byte order mark first, or Excel reads Cyrillic as cp1251 mojibake;
 * - CRLF between records (RFC 4180), a bare LF between the notes inside a cell, which is what
 *   Excel itself writes for Alt+Enter; CR inside a note becomes LF so the cell stays one record;
 * - fields are separated by `options.delimiter` (a comma by default, a semicolon for Excel with
 *   Russian regional settings); a field is quoted when it holds that delimiter, a quote or a line
 *   break, quotes doubled (RFC 4180).
 *
 * Formula injection (OWASP "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, tab or CR
 * is run as a formula by spreadsheet programs, so such a cell gets a leading apostrophe, which
 * they read as "this is text". A plain number is the exception ("-20", "+15%", "-3,5"): one
 * number with an optional sign, decimal part and percent sign, nothing else. Excel reads it as a
 * number and cannot run anything, and an apostrophe would turn a metric into text. So "-20%"
 * stays as is, while "-20% отток" becomes "'-20% отток", and so does a phone number such as
 * "+7 999 123 45 67", which Excel would otherwise evaluate: a visible apostrophe is the price of
 * not running "-2+3+cmd|…" pasted from somewhere.
 *
 * Blank stage names and layer titles get the same fallbacks as in the reports ("#3", the
 * vocabulary's title for the layer's kind), in full rather than shortened.
 */
export function formatCsv(map: CjmMap, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const corner = map.locale === 'ru' ? 'Слой' : 'Layer';
  // Names and titles in full: a spreadsheet is data, unlike a message, which shortens them.
  const header = [corner, ...map.stages.map((stage, position) => nameStageInFull(stage, position))];
  const notesIn = indexCells(map);
  const rows = map.layers.map((layer) => [
    nameLayerInFull(layer, map.locale),
    ...map.stages.map((stage) =>
      notesIn(stage.id, layer.id)
        .map((note) => note.text)
        .join('\n'),
    ),
  ]);
  return `\ufeff${[header, ...rows].map((row) => row.map((field) => formatField(field, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}

/**
 * Quotes and defuses one field (see {@link formatCsv}) for a file separated by `delimiter` (default
 * `','`). Control characters (ESC, BEL… pasted terminal colours) are removed first: a spreadsheet
 * shows them as boxes, and `cat map.csv` in a terminal would obey them.
 */
export function formatField(value: string, delimiter: CsvDelimiter = ','): string {
  const text = defuseFormula(stripControlChars(value.replace(/\r\n?/gu, '\n')));
  return text.includes(delimiter) || /["\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** One number: an optional sign, digits, an optional decimal part, an optional percent sign. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?%?$/u;

function defuseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/u.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}
