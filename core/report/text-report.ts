import type { Finding, Severity } from '../audit/types.ts';
import { quote, quoteStage, toOneLine } from '../audit/wording.ts';
import type { Locale } from '../i18n.ts';
import type { CjmMap } from '../model/map.ts';
import { stripControlChars } from '../text/control-chars.ts';
import { countFindings, formatFindingCounts } from './finding-counts.ts';

/** Options of {@link formatTextReport}. */
export interface TextReportOptions {
  /** Colour with ANSI escape codes: true for a terminal, false for a file, a pipe or `NO_COLOR`. */
  readonly color: boolean;
  /** The language of labels. Default: the map's locale (findings carry their own language). */
  readonly locale?: Locale;
  /** Hints are wrapped to this many columns. Default 100. */
  readonly width?: number;
}

/** The marker of each severity, chosen to differ in shape, not only in colour. */
const MARKERS: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: 'ℹ' };

/** ANSI SGR codes: set, and the code that resets just that attribute. */
const STYLES = {
  error: ['31', '39'],
  warning: ['33', '39'],
  info: ['36', '39'],
  bold: ['1', '22'],
  dim: ['2', '22'],
  ok: ['32', '39'],
} as const;

type Style = keyof typeof STYLES;

/**
 * The audit for a terminal: a header line with the map title and the counts, then the findings
 * grouped by stage (the whole map first), each with its severity marker, its rule id and the hint
 * indented beneath (once: a hint already shown for an earlier finding is not repeated). ANSI
 * colours only when `color` is true, and no other escape code: control characters in board text
 * (the title, names, quoted notes) and in the findings are dropped before they reach a terminal.
 */
export function formatTextReport(map: CjmMap, findings: readonly Finding[], options: TextReportOptions): string {
  const locale = options.locale ?? map.locale;
  const width = options.width ?? 100;
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m` : text);

  const title = toOneLine(map.title);
  const label = locale === 'ru' ? 'Аудит карты' : 'Map audit';
  const counts = formatFindingCounts(countFindings(findings), locale);
  const lines = [`${paint('bold', title ? `${label} ${quote(title, locale)}` : label)} — ${findings.length === 0 ? paint('ok', `✔ ${counts}`) : counts}`];

  // A hint already printed above is not repeated: on a map with eight stages without
  // touchpoints, eight copies of the same advice would drown the findings themselves.
  const shown = new Set<string>();
  for (const group of groupByStage(map, findings, locale)) {
    lines.push('', paint('bold', group.heading));
    for (const finding of group.findings) {
      const marker = paint(finding.severity, MARKERS[finding.severity]);
      // Findings quote board text through `toOneLine`, which strips control characters; findings
      // read back from a JSON report may not have, so strip again.
      lines.push(`  ${marker} ${stripControlChars(finding.message)} ${paint('dim', `[${finding.rule}]`)}`);
      if (shown.has(finding.hint)) continue;
      shown.add(finding.hint);
      for (const line of wrap(stripControlChars(finding.hint), width - 4)) lines.push(paint('dim', `    ${line}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

interface StageGroup {
  readonly heading: string;
  readonly findings: readonly Finding[];
}

/** Findings of the whole map first, then each stage's in map order; findings keep their order. */
function groupByStage(map: CjmMap, findings: readonly Finding[], locale: Locale): StageGroup[] {
  const known = new Set(map.stages.map((stage) => stage.id));
  // A finding about a stage the map does not have (a report from another version) is not lost.
  const whole = findings.filter((finding) => finding.stage === undefined || !known.has(finding.stage));
  const groups: StageGroup[] = [];
  if (whole.length > 0) groups.push({ heading: locale === 'ru' ? 'Вся карта' : 'Whole map', findings: whole });
  map.stages.forEach((stage, position) => {
    const own = findings.filter((finding) => finding.stage === stage.id);
    if (own.length === 0) return;
    const name = quoteStage(stage, position)[locale];
    groups.push({ heading: `${position + 1}. ${locale === 'ru' ? 'Этап' : 'Stage'} ${name}`, findings: own });
  });
  return groups;
}

/** Splits text into lines of at most `width` characters at spaces (a longer word gets its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
