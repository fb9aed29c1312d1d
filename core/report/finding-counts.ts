import type { Locale } from '../i18n.ts';
import type { Finding, Severity } from '../audit/types.ts';
import { SEVERITIES } from '../audit/types.ts';
import { formatQuantity } from './plural.ts';
import type { WordForms } from './plural.ts';

/** How many findings of each severity. */
export type FindingCounts = Readonly<Record<Severity, number>>;

/** Counts findings by severity. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The words for each severity. */
const SEVERITY_WORDS: Readonly<Record<Severity, WordForms>> = {
  error: { ru: ['ошибка', 'ошибки', 'ошибок'], en: ['error', 'errors'] },
  warning: { ru: ['предупреждение', 'предупреждения', 'предупреждений'], en: ['warning', 'warnings'] },
  // "info" has no English plural that reads well; eslint-style output leaves it uncounted too.
  info: { ru: ['наблюдение', 'наблюдения', 'наблюдений'], en: ['info', 'info'] },
};

/**
 * The summary line of a report: "2 ошибки, 3 предупреждения, 1 наблюдение", severities with no
 * findings left out; "замечаний нет" / "no findings" when there is nothing at all.
 */
export function formatFindingCounts(counts: FindingCounts, locale: Locale): string {
  const parts = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => formatQuantity(counts[severity], SEVERITY_WORDS[severity], locale));
  if (parts.length === 0) return locale === 'ru' ? 'замечаний нет' : 'no findings';
  return parts.join(', ');
}

/** The heading of a group of findings of one severity: "Ошибки" / "Errors". */
export function nameSeverity(severity: Severity, locale: Locale): string {
  const names: Record<Severity, Record<Locale, string>> = {
    error: { ru: 'Ошибки', en: 'Errors' },
    warning: { ru: 'Предупреждения', en: 'Warnings' },
    info: { ru: 'Наблюдения', en: 'Info' },
  };
  return names[severity][locale];
}
