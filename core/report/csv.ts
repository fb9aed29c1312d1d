import type { CjmMap, Note } from '../model/map.ts';

/**
 * The map as a spreadsheet: one column per stage, one row per layer, the notes of a cell on
 * separate lines of that cell. Written for Excel, which is what people open a CSV in:
 *
 * - a UTF-8 byte order mark first, or Excel reads Cyrillic as cp1251 mojibake;
 * - CRLF between records (RFC 4180), a bare LF between the notes inside a cell, which is what
 *   Excel itself writes for Alt+Enter; CR inside a note becomes LF so the cell stays one record;
 * - a field is quoted when it holds a comma, a quote or a line break, quotes doubled (RFC 4180).
 *
 * Formula injection (OWASP "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, tab or CR
 * is run as a formula by spreadsheet programs, so such a cell gets a leading apostrophe, which
 * they read as "this is text". Plain numbers are the exception ("-20", "+15%", "-1 200,5"): Excel
 * reads them as numbers and cannot run anything, and an apostrophe would turn a metric into text.
 * So "-20%" stays as is, while "-20% отток" becomes "'-20% отток": a visible apostrophe is the
 * price of not running "-2+3+cmd|…" pasted from somewhere.
 */
export function formatCsv(map: CjmMap): string {
  const corner = map.locale === 'ru' ? 'Слой' : 'Layer';
  // Names and titles in full: a spreadsheet is data, unlike a message, which shortens them.
  const header = [corner, ...map.stages.map((stage) => (stage.lane ? `${stage.name} (${stage.lane})` : stage.name))];
  const cells = new Map<string, string[]>();
  for (const note of map.notes) {
    const key = cellKey(note);
    const texts = cells.get(key) ?? [];
    texts.push(note.text);
    cells.set(key, texts);
  }
  const rows = map.layers.map((layer) => [
    layer.title,
    ...map.stages.map((stage) => (cells.get(cellKey({ stage: stage.id, layer: layer.id })) ?? []).join('\n')),
  ]);
  return `\ufeff${[header, ...rows].map((row) => row.map(formatField).join(',')).join('\r\n')}\r\n`;
}

/** Quotes and defuses one field (see {@link formatCsv}). */
export function formatField(value: string): string {
  const text = defuseFormula(value.replace(/\r\n?/gu, '\n'));
  return /[",\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** A signed number, optionally a percentage, with spaces, commas or dots between digits. */
const PLAIN_NUMBER = /^[+-]?\d[\d \u00a0.,]*%?$/u;

function defuseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/u.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

function cellKey(note: Pick<Note, 'stage' | 'layer'>): string {
  return `${note.stage}\u0000${note.layer}`;
}
