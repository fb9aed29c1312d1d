import { createAuditContext } from '../audit/context.ts';
import type { AuditContext } from '../audit/context.ts';
import { findBottleneck } from '../audit/funnel.ts';
import type { Funnel, FunnelStep } from '../audit/funnel.ts';
import { RULES } from '../audit/rules/index.ts';
import { describeBottleneck } from '../audit/rules/funnel-wording.ts';
import { COVERAGE_RULES } from '../audit/rules/stage-coverage.ts';
import type { AuditOptions, Finding, Severity } from '../audit/types.ts';
import { SEVERITIES } from '../audit/types.ts';
import { formatMetric, formatShare, nameLayer, nameStage, quote, toOneLine } from '../audit/wording.ts';
import type { Locale } from '../i18n.ts';
import type { CjmMap, Persona } from '../model/map.ts';
import { PHASE_INFO } from '../model/phases.ts';
import { describeOrphanReason } from '../read/orphan-reasons.ts';
import { countFindings, formatFindingCounts, nameSeverity } from './finding-counts.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import { formatQuantity } from './plural.ts';
import type { WordForms } from './plural.ts';

/**
 * Options of {@link formatMarkdownReport}. The audit options are the ones the findings were made
 * with: the coverage table marks as "should be filled" exactly what that audit would report.
 */
export interface MarkdownReportOptions extends AuditOptions {
  /** The language of headings and labels. Default: the map's locale. */
  readonly locale?: Locale;
  /**
   * Adds a "Map" section with the map itself: the persona, then every layer with the notes of each
   * stage. For a document read instead of the board (`cjm export --format md`). Default false.
   */
  readonly includeNotes?: boolean;
  /**
   * What the document's title says: `'audit'` — «Аудит карты „…“» / "Map audit “…”"; `'map'` — the
   * map's own name, for a document that stands for the map (`cjm export --format md`), or «Карта» /
   * "Map" when the map has no title, so the document never starts with an empty `#`.
   * Default `'audit'`.
   */
  readonly heading?: 'audit' | 'map';
}

/** Longest note text the orphans table shows before shortening it. */
const MAX_ORPHAN_TEXT = 160;

/**
 * The audit as a Markdown document to read or attach to a task: title, summary, a layer × stage
 * coverage table, with `includeNotes` the map itself, the findings by severity, each metrics
 * funnel with its conversions and its bottleneck, and the notes outside the grid. All user text is
 * escaped (see `escapeMarkdown`): the report is safe to render even if a board holds HTML.
 */
export function formatMarkdownReport(map: CjmMap, findings: readonly Finding[], options: MarkdownReportOptions = {}): string {
  const locale = options.locale ?? map.locale;
  const context = createAuditContext(map, options);
  const sections = [
    formatHeader(map, findings, locale, options.heading ?? 'audit'),
    formatCoverage(context, locale),
    options.includeNotes ? formatNotes(context, locale) : '',
    formatFindings(findings, locale),
    ...context
      .funnels()
      .filter((funnel) => funnel.steps.length > 1)
      .map((funnel) => formatFunnel(context, funnel, locale)),
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
    legend: '✅ N — заполнено (N заметок) · ❌ — пусто, а слой обязательный · «—» — пусто',
    noStages: 'На карте нет этапов.',
    findings: 'Замечания',
    noFindings: 'Замечаний нет.',
    funnel: 'Воронка',
    stage: 'Этап',
    value: 'Значение',
    conversion: 'Конверсия',
    from: 'от этапа',
    fromSeveral: 'от этапов',
    stated: 'на карте',
    grows: 'растёт',
    bottleneck: 'Узкое место',
    orphans: 'Заметки вне ячеек',
    text: 'Текст',
    reason: 'Причина',
    noText: '(без текста)',
    map: 'Карта',
    noNotes: 'Нет заметок.',
    motives: 'Мотивы',
    scenarios: 'Сценарии',
    drivers: 'Драйверы (почему покупает)',
    barriers: 'Барьеры (почему не покупает)',
  },
  en: {
    title: 'Map audit',
    persona: 'Persona',
    summary: 'Summary',
    coverage: 'Coverage',
    layer: 'Layer',
    phase: 'RACE phase',
    legend: '✅ N — filled (N notes) · ❌ — empty, but the layer is required · “—” — empty',
    noStages: 'The map has no stages.',
    findings: 'Findings',
    noFindings: 'No findings.',
    funnel: 'Funnel',
    stage: 'Stage',
    value: 'Value',
    conversion: 'Conversion',
    from: 'of',
    fromSeveral: 'of',
    stated: 'stated',
    grows: 'grows',
    bottleneck: 'Bottleneck',
    orphans: 'Notes outside the cells',
    text: 'Text',
    reason: 'Reason',
    noText: '(no text)',
    map: 'Map',
    noNotes: 'No notes.',
    motives: 'Motives',
    scenarios: 'Scenarios',
    drivers: 'Drivers (why they buy)',
    barriers: 'Barriers (why they don’t)',
  },
} as const satisfies Record<Locale, Record<string, string>>;

function formatHeader(map: CjmMap, findings: readonly Finding[], locale: Locale, heading: 'audit' | 'map'): string {
  const t = LABELS[locale];
  const title = toOneLine(map.title, 200);
  const facts = [
    ...(map.persona?.name.trim() ? [`${t.persona}: ${escapeMarkdown(toOneLine(map.persona.name, 200))}`] : []),
    formatQuantity(map.stages.length, STAGE_WORDS, locale),
    formatQuantity(map.layers.length, LAYER_WORDS, locale),
    formatQuantity(map.notes.length, NOTE_WORDS, locale),
  ];
  const h1 =
    heading === 'map' ? escapeMarkdown(title || t.map) : `${t.title}${title ? ` ${escapeMarkdown(quote(title, locale))}` : ''}`;
  return [
    `# ${h1}`,
    '',
    facts.join(' · '),
    '',
    `**${t.summary}:** ${formatFindingCounts(countFindings(findings), locale)}.`,
  ].join('\n');
}

function formatCoverage(context: AuditContext, locale: Locale): string {
  const t = LABELS[locale];
  const { map } = context;
  if (map.stages.length === 0) return `## ${t.coverage}\n\n${t.noStages}`;

  const rows: string[][] = [];
  if (map.stages.some((stage) => stage.phase)) {
    rows.push([`*${t.phase}*`, ...map.stages.map((stage) => (stage.phase ? `*${PHASE_INFO[stage.phase].name[locale]}*` : ''))]);
  }
  for (const layer of map.layers) {
    rows.push([
      escapeMarkdown(nameLayer(layer, locale)),
      ...map.stages.map((stage) => {
        const n = context.notesIn(stage.id, layer.id).length;
        if (n > 0) return `✅ ${n}`;
        // Empty is a problem where the audit would say so: a required row (empty-cell), or a kind
        // every stage needs (touchpoints, recommendations, goal) with no note in any row of it.
        const coverageRule = COVERAGE_RULES[layer.kind];
        const expected =
          (context.isRequired(layer) && context.isEnabled('empty-cell')) ||
          (coverageRule !== undefined && context.isEnabled(coverageRule) && !context.hasNoteOfKind(stage.id, layer.kind));
        return expected ? '❌' : '—';
      }),
    ]);
  }
  const header = [t.layer, ...map.stages.map((stage, position) => escapeMarkdown(nameStage(stage, position)))];
  const table = formatTable(header, rows, ['left', ...map.stages.map(() => 'center' as const)]);
  return `## ${t.coverage}\n\n${table}\n\n${t.legend}`;
}

/**
 * The map itself, for a reader without the board: the persona's lists, then one subsection per
 * layer with the notes of each stage as a nested list, in full (a line break inside a note becomes
 * a space). Stages without notes in a layer are left out; a layer without any says so.
 */
function formatNotes(context: AuditContext, locale: Locale): string {
  const t = LABELS[locale];
  const { map } = context;
  const parts = [`## ${t.map}`];
  if (map.persona) parts.push(formatPersona(map.persona, locale));
  for (const layer of map.layers) {
    const items = map.stages.flatMap((stage, position) => {
      const notes = context.notesIn(stage.id, layer.id);
      if (notes.length === 0) return [];
      return [`- **${escapeMarkdown(nameStage(stage, position))}**`, ...notes.map((note) => `  - ${formatNoteText(note.text, locale)}`)];
    });
    parts.push(`### ${escapeMarkdown(nameLayer(layer, locale))}\n\n${items.length > 0 ? items.join('\n') : t.noNotes}`);
  }
  return parts.join('\n\n');
}

/** The persona's name as a heading and its non-empty lists. */
function formatPersona(persona: Persona, locale: Locale): string {
  const t = LABELS[locale];
  const name = toOneLine(persona.name, 200);
  const lists = (['motives', 'scenarios', 'drivers', 'barriers'] as const).flatMap((section) => {
    const items = persona[section].filter((item) => item.trim() !== '');
    if (items.length === 0) return [];
    return [`**${t[section]}:**\n\n${items.map((item) => `- ${formatNoteText(item, locale)}`).join('\n')}`];
  });
  return [`### ${t.persona}${name ? `: ${escapeMarkdown(name)}` : ''}`, ...lists].join('\n\n');
}

/** A note's whole text on one line, escaped; a placeholder for a note without text. */
function formatNoteText(text: string, locale: Locale): string {
  const escaped = escapeMarkdown(text.trim());
  return escaped === '' ? `*${LABELS[locale].noText}*` : escaped;
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

function formatFunnel(context: AuditContext, funnel: Funnel, locale: Locale): string {
  const t = LABELS[locale];
  const { map } = context;
  const layer = map.layers.find((candidate) => candidate.id === funnel.layer);
  const stageName = (id: string) => {
    const position = context.stagePosition(id);
    const stage = map.stages[position];
    return stage ? nameStage(stage, position) : id;
  };
  // A rate is the step's conversion, not a number of customers: it goes in the conversion column,
  // marked as the board's own figure so that it is not read as one computed from the counts.
  const rows = funnel.steps.map((step, index) => [
    escapeMarkdown(stageName(step.stage)),
    step.rate === undefined ? formatMetric(step.value, step.unit, locale) : '—',
    step.rate === undefined ? formatConversion(step, funnel.steps[index - 1], stageName, locale) : `${formatMetric(step.value, step.unit, locale)} (${t.stated})`,
  ]);
  const table = formatTable([t.stage, t.value, t.conversion], rows, ['left', 'right', 'right']);
  const heading = `## ${t.funnel}${layer ? `: ${escapeMarkdown(quote(nameLayer(layer, locale), locale))}` : ''}`;
  const bottleneck = findBottleneck(funnel.steps);
  const where = bottleneck && describeBottleneck(context, bottleneck);
  const summary = where ? `\n\n**${t.bottleneck}:** ${escapeMarkdown(where[locale])}.` : '';
  return `${heading}\n\n${table}${summary}`;
}

/**
 * The conversion cell of a count: "12%"; "12% от этапа «Выбор продукта»" when the step is compared with
 * something other than the row above (a lane, lanes joining, or a count before a rate row); "—"
 * when it is not compared at all.
 */
function formatConversion(step: FunnelStep, above: FunnelStep | undefined, stageName: (id: string) => string, locale: Locale): string {
  const t = LABELS[locale];
  if (step.conversion === undefined) return '—';
  const share = formatShare(step.conversion, locale);
  const value = step.conversion > 1 ? `⚠️ ${share} (${t.grows})` : share;
  const fromAbove = step.from.length === 1 && step.from[0] === above?.stage;
  if (fromAbove) return value;
  const from = step.from.length > 1 ? t.fromSeveral : t.from;
  return `${value} ${from} ${escapeMarkdown(step.from.map((id) => quote(stageName(id), locale)).join(' + '))}`;
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
