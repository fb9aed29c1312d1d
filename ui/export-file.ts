import { formatCsv, formatMarkdownReport, serializeMap } from '../core/index.ts';
import type { CjmMap, Finding, Locale } from '../core/index.ts';
import type { ExportFile, ExportFormat } from './panel-host.ts';

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { json: 'cjm.json', csv: 'csv', md: 'md' };
const MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

/**
 * A file name from a map title: letters (Cyrillic too), digits, `-` and `_` kept, runs of
 * anything else (spaces, slashes, quotes, control characters) become one `-`; at most 60
 * characters; "journey-map" when nothing is left.
 */
export function fileNameOf(title: string, format: ExportFormat): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return `${base || 'journey-map'}.${EXTENSIONS[format]}`;
}

/**
 * A read map as the file the panel offers: cjm/1 JSON; CSV for Excel (semicolons in Russian,
 * where Excel's regional settings expect them); or the Markdown audit report with the map in it.
 */
export function formatExportFile(map: CjmMap, findings: readonly Finding[], format: ExportFormat, locale: Locale): ExportFile {
  const text =
    format === 'json' ? serializeMap(map)
    : format === 'csv' ? formatCsv(map, { delimiter: locale === 'ru' ? ';' : ',' })
    : formatMarkdownReport(map, findings, { locale, includeNotes: true, heading: 'map' });
  return { fileName: fileNameOf(map.title, format), mimeType: MIME_TYPES[format], text };
}
