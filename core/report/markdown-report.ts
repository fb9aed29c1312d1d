import type { Finding, Severity } from '../audit/types.ts';
import { SEVERITIES } from '../audit/types.ts';
import { RULES } from '../audit/rules/index.ts';
import { computeFunnels, findBottleneck } from '../audit/funnel.ts';
import type { Funnel, FunnelStep } from '../audit/funnel.ts';
import { describeOrphanReason } from '../audit/orphan-reasons.ts';
import { COVERAGE_RULES } from '../audit/rules/stage-coverage.ts';
import { formatMetric, formatShare, nameLayer, nameStage, quote, toOneLine } from '../audit/wording.ts';
import type { Locale } from '../i18n.ts';
import type { CjmMap, Layer, Stage } from '../model/map.ts';
import { PHASE_INFO } from '../model/phases.ts';
import { countFindings, formatFindingCounts, nameSeverity } from './finding-counts.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import { formatQuantity } from './plural.ts';
import type { WordForms } from './plural.ts';

/** Options of {@link formatMarkdownReport}. */
export interface MarkdownReportOptions {
  /** The language of headings and labels. Default: the map's locale. */
  readonly locale?: Locale;
}

/** Longest note text the orphans table shows before shortening it. */
const MAX_ORPHAN_TEXT = 160;

/**
 * The audit as a Markdown document to read or attach to a task: title, summary, a layer × stage
 * coverage table, the findings by severity, each metrics funnel with its conversions and its
 * bottleneck, and the notes outside the grid. All user text is escaped (see `escapeMarkdown`):
 * the report is safe to render even if a board holds HTML.
 */
export function formatMarkdownReport(map: CjmMap, findings: readonly Finding[], options: MarkdownReportOptions = {}): string {
  const locale = options.locale ?? map.locale;
  const sections = [
    formatHeader(map, findings, locale),
    formatCoverage(map, locale),
    formatFindings(findings, locale),
    ...computeFunnels(map)
      .filter((funnel) => funnel.steps.length > 1)
      .map((funnel) => formatFunnel(map, funnel, locale)),
    formatOrphans(map, locale),
  ].filter((section) => section !== '');
  return `${sections.join('\n\n')}\n`;
}

const STAGE_WORDS: WordForms = { ru: ['этап', 'этапа', 'этапов'], en: ['stage', 'stages'] };
const LAYER_WORDS: WordForms = { ru: ['слой', 'слоя', 'слоёв'], en: ['layer', 'layers'] };
const NOTE_WORDS: WordForms = { ru: ['заметка', 'заметки', 'заметок'], en: ['note', 'notes'] };

/** The words of the report, per locale. */
const LABELS = {
  ru: {
    title: 'Аудит карты',
    persona: 'Персона',
    summary: 'Итог',
    coverage: 'Заполненность',
    layer: 'Слой',
    phase: 'Фаза RACE',
    legend: '✅ — заполнено (число заметок), ❌ — пусто, а должно быть заполнено, — — пусто.',
    noStages: 'На карте нет этапов.',
    findings: 'Замечания',
    noFindings: 'Замечаний нет.',
    funnel: 'Воронка',
    stage: 'Этап',
    value: 'Значение',
    conversion: 'Конверсия',
    from: 'от',
    grows: 'растёт',
    bottleneck: 'Узкое место',
    orphans: 'Заметки вне ячеек',
    text: 'Текст',
    reason: 'Причина',
    noText: '(без текста)',
  },
  en: {
    title: 'Map audit',
    persona: 'Persona',
    summary: 'Summary',
    coverage: 'Coverage',
    layer: 'Layer',
    phase: 'RACE phase',
    legend: '✅ filled (number of notes), ❌ empty but should be filled, — empty.',
    noStages: 'The map has no stages.',
    findings: 'Findings',
    noFindings: 'No findings.',
    funnel: 'Funnel',
    stage: 'Stage',
    value: 'Value',
    conversion: 'Conversion',
    from: 'of',
    grows: 'grows',
    bottleneck: 'Bottleneck',
    orphans: 'Notes outside the cells',
    text: 'Text',
    reason: 'Reason',
    noText: '(no text)',
  },
} as const satisfies Record<Locale, Record<string, string>>;

function formatHeader(map: CjmMap, findings: readonly Finding[], locale: Locale): string {
  const t = LABELS[locale];
  const title = toOneLine(map.title, 200);
  const facts = [
    ...(map.persona?.name.trim() ? [`${t.persona}: ${escapeMarkdown(toOneLine(map.persona.name, 200))}`] : []),
    formatQuantity(map.stages.length, STAGE_WORDS, locale),
    formatQuantity(map.layers.length, LAYER_WORDS, locale),
    formatQuantity(map.notes.length, NOTE_WORDS, locale),
  ];
  return [
    `# ${t.title}${title ? ` ${escapeMarkdown(quote(title, locale))}` : ''}`,
    '',
    facts.join(' · '),
    '',
    `**${t.summary}:** ${formatFindingCounts(countFindings(findings), locale)}.`,
  ].join('\n');
}

function formatCoverage(map: CjmMap, locale: Locale): string {
  const t = LABELS[locale];
  if (map.stages.length === 0) return `## ${t.coverage}\n\n${t.noStages}`;
  const counts = new Map<string, number>();
  const key = (stageId: string, layerId: string) => `${stageId}\u0000${layerId}`;
  for (const note of map.notes) counts.set(key(note.stage, note.layer), (counts.get(key(note.stage, note.layer)) ?? 0) + 1);
  const count = (stage: Stage, layer: Layer) => counts.get(key(stage.id, layer.id)) ?? 0;
  const hasKind = (stage: Stage, layer: Layer) => map.layers.some((other) => other.kind === layer.kind && count(stage, other) > 0);

  const rows: string[][] = [];
  if (map.stages.some((stage) => stage.phase)) {
    rows.push([`*${t.phase}*`, ...map.stages.map((stage) => (stage.phase ? `*${PHASE_INFO[stage.phase].name[locale]}*` : ''))]);
  }
  for (const layer of map.layers) {
    rows.push([
      escapeMarkdown(nameLayer(layer, locale)),
      ...map.stages.map((stage) => {
        const n = count(stage, layer);
        if (n > 0) return `✅ ${n}`;
        // Empty is a problem where the audit would say so: a required row, or a kind every stage
        // needs (touchpoints, recommendations, goal) with no note in any row of that kind.
        const expected = layer.required === true || (COVERAGE_RULES[layer.kind] !== undefined && !hasKind(stage, layer));
        return expected ? '❌' : '—';
      }),
    ]);
  }
  const header = [t.layer, ...map.stages.map((stage, position) => escapeMarkdown(nameStage(stage, position)))];
  const table = formatTable(header, rows, ['left', ...map.stages.map(() => 'center' as const)]);
  return `## ${t.coverage}\n\n${table}\n\n${t.legend}`;
}

function formatFindings(findings: readonly Finding[], locale: Locale): string {
  const t = LABELS[locale];
  if (findings.length === 0) return `## ${t.findings}\n\n${t.noFindings}`;
  const groups = SEVERITIES.map((severity) => formatSeverityGroup(severity, findings.filter((f) => f.severity === severity), locale));
  return [`## ${t.findings}`, ...groups.filter((group) => group !== '')].join('\n\n');
}

/** The text report's markers; not ❌, which the coverage table uses for an empty cell. */
const SEVERITY_ICONS: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: 'ℹ' };

/**
 * One severity's findings, grouped by rule under the rule's title. A hint every finding of the
 * rule shares is written once under the title (eight stages without touchpoints need one
 * explanation, not eight); hints that differ (orphans by reason, phases) go under each finding.
 */
function formatSeverityGroup(severity: Severity, findings: readonly Finding[], locale: Locale): string {
  if (findings.length === 0) return '';
  const rules = RULES.filter((rule) => findings.some((finding) => finding.rule === rule.id));
  const blocks = rules.map((rule) => {
    const own = findings.filter((finding) => finding.rule === rule.id);
    const shared = own.every((finding) => finding.hint === own[0]?.hint) ? own[0]?.hint : undefined;
    const heading = `**${escapeMarkdown(rule.title[locale])}** (\`${rule.id}\`)${shared ? ` — ${escapeMarkdown(shared)}` : ''}`;
    const items = own.map((finding) =>
      // Two trailing spaces: a hard line break, so the hint sits under its message.
      shared ? `- ${escapeMarkdown(finding.message)}` : `- ${escapeMarkdown(finding.message)}  \n  *${escapeMarkdown(finding.hint)}*`,
    );
    return `${heading}\n\n${items.join('\n')}`;
  });
  return `### ${SEVERITY_ICONS[severity]} ${nameSeverity(severity, locale)} (${findings.length})\n\n${blocks.join('\n\n')}`;
}

function formatFunnel(map: CjmMap, funnel: Funnel, locale: Locale): string {
  const t = LABELS[locale];
  const layer = map.layers.find((candidate) => candidate.id === funnel.layer);
  const stageName = (id: string) => {
    const position = map.stages.findIndex((stage) => stage.id === id);
    const stage = map.stages[position];
    return stage ? nameStage(stage, position) : id;
  };
  const rows = funnel.steps.map((step, index) => [
    escapeMarkdown(stageName(step.stage)),
    formatMetric(step.value, step.unit, locale),
    formatConversion(step, funnel.steps[index - 1], stageName, locale),
  ]);
  const table = formatTable([t.stage, t.value, t.conversion], rows, ['left', 'right', 'right']);
  const heading = `## ${t.funnel}${layer ? `: ${escapeMarkdown(quote(nameLayer(layer, locale), locale))}` : ''}`;
  const bottleneck = findBottleneck(funnel.steps);
  const summary =
    bottleneck?.conversion === undefined
      ? ''
      : `\n\n**${t.bottleneck}:** ${escapeMarkdown(
          `${bottleneck.from.map((id) => quote(stageName(id), locale)).join(' + ')} → ${quote(stageName(bottleneck.stage), locale)}`,
        )}: ${formatShare(bottleneck.conversion, locale)} (${formatMetric(bottleneck.previousValue ?? 0, bottleneck.unit, locale)} → ${formatMetric(bottleneck.value, bottleneck.unit, locale)}).`;
  return `${heading}\n\n${table}${summary}`;
}

/**
 * The conversion cell: "12%"; "12% от «Выбор продукта»" when the step is compared with something
 * other than the row above (a lane, or lanes joining); "—" when it is not compared at all.
 */
function formatConversion(step: FunnelStep, above: FunnelStep | undefined, stageName: (id: string) => string, locale: Locale): string {
  const t = LABELS[locale];
  if (step.conversion === undefined) return '—';
  const share = formatShare(step.conversion, locale);
  const value = step.conversion > 1 ? `⚠️ ${share} (${t.grows})` : share;
  const fromAbove = step.from.length === 1 && step.from[0] === above?.stage;
  if (fromAbove) return value;
  return `${value} ${t.from} ${escapeMarkdown(step.from.map((id) => quote(stageName(id), locale)).join(' + '))}`;
}

function formatOrphans(map: CjmMap, locale: Locale): string {
  const t = LABELS[locale];
  if (map.orphans.length === 0) return '';
  const rows = map.orphans.map((orphan) => {
    const text = toOneLine(orphan.text, MAX_ORPHAN_TEXT);
    return [text ? escapeMarkdown(text) : t.noText, escapeMarkdown(describeOrphanReason(orphan.reason, locale))];
  });
  return `## ${t.orphans} (${map.orphans.length})\n\n${formatTable([t.text, t.reason], rows, ['left', 'left'])}`;
}

type Align = 'left' | 'center' | 'right';

/** A GitHub-flavoured Markdown table; cells must already be escaped. */
function formatTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const rule = header.map((_, i) => ({ left: '---', center: ':---:', right: '---:' })[align[i] ?? 'left']);
  // An empty cell is written as a space so that "||" never appears (some renderers merge cells).
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell || ' ').join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
