/**
 * Audit reports: JSON for machines, Markdown for people and tasks, plain text for terminals, and
 * the map itself as CSV for spreadsheets.
 */
export { formatJsonReport } from './json-report.ts';
export { formatMarkdownReport } from './markdown-report.ts';
export type { MarkdownReportOptions } from './markdown-report.ts';
export { formatTextReport } from './text-report.ts';
export type { TextReportOptions } from './text-report.ts';
export { formatCsv, formatField } from './csv.ts';
export type { CsvDelimiter, CsvOptions } from './csv.ts';
export { escapeMarkdown } from './markdown-escape.ts';
export { countFindings, formatFindingCounts, nameSeverity } from './finding-counts.ts';
export type { FindingCounts } from './finding-counts.ts';
export { formatQuantity } from './plural.ts';
export type { WordForms } from './plural.ts';
