import { audit, countFindings, escapeMarkdown, formatFindingCounts, formatJsonReport, formatMarkdownReport, formatTextReport, RULE_IDS, RULES } from '../../core/index.ts';
import type { CjmMap, Finding, Locale, RuleId, Severity } from '../../core/index.ts';
import { parseChoice, parseCommandArgs, parseLocaleOption, parsePositiveInteger } from '../args.ts';
import { createPaint, shouldUseColor } from '../color.ts';
import type { Paint } from '../color.ts';
import { INPUT_HELP } from '../command.ts';
import type { Command } from '../command.ts';
import { describeError, toOneLine } from '../describe-error.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { describeWarnings, loadBoard, STDIN_LABEL } from '../load-board.ts';
import type { MapChoice } from '../load-board.ts';
import type { RemoteSource } from '../remote/fetch-board-json.ts';
import { formatMapCount } from '../map-count.ts';
import { refuseOutputOverInput, writeOutput, writesToFile } from '../output.ts';
import { parseRemoteOptions, REMOTE_OPTIONS } from '../remote/remote-options.ts';
import { UsageError } from '../usage-error.ts';

const OPTIONS = {
  ...REMOTE_OPTIONS,
  format: { type: 'string', short: 'f' },
  locale: { type: 'string' },
  disable: { type: 'string', multiple: true },
  severity: { type: 'string', multiple: true },
  'exit-zero': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  map: { type: 'string' },
  select: { type: 'string', multiple: true },
} as const;

const FORMATS = ['text', 'json', 'md'] as const;
type AuditFormat = (typeof FORMATS)[number];

const LEVELS = ['error', 'warning', 'info', 'off'] as const;

/** The audit of one map: what every output format is made from. */
interface MapAudit {
  /** The file's label (`<stdin>` for `-`). */
  readonly file: string;
  /** 1-based number of the map among all the maps on its board (what `--map` takes). */
  readonly mapIndex: number;
  /** True when the board holds several maps (or `--map` picked one), so headers name the map too. */
  readonly oneOfSeveral: boolean;
  readonly map: CjmMap;
  readonly findings: readonly Finding[];
}

/** `cjm audit`: checks journey maps for gaps and prints a report; exit 1 on error findings. */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'check journey maps for gaps (missing touchpoints, recommendations…); exit 1 on errors',
  help: `Usage: cjm audit FILE... [--format text|json|md] [--locale ru|en] [--disable RULE]...
                 [--severity RULE=LEVEL]... [--exit-zero] [--output FILE]

Audits every map in every FILE (agencies: pass all client boards at once) and prints one
report per map, under a header naming the file, then a total.

${INPUT_HELP.replace('Input:\n  FILE                ', 'Input:\n  FILE...             ')}

Output:
  -f, --format FORMAT  text (default; coloured on a terminal), json or md (Markdown)
                       json: {"map": <cjm/1>, "findings": [...]} for one file with one map;
                       otherwise a JSON array with one such object per map, each with two
                       more fields: "file" (as given, "<stdin>" for -) and "mapIndex" (1-based)
  --locale ru|en       language of findings and reports (default: each map's own locale)
  -o, --output FILE    write the report to FILE instead of standard output (no colour)
  --exit-zero          exit 0 even when findings are errors (still 2 for bad input)

Rules:
  --disable RULE       switch a rule off; repeatable
  --severity RULE=LEVEL
                       change a rule's severity: error, warning, info or off; repeatable
  RULE (default severity):
${RULES.map((rule) => `    ${rule.id.padEnd(30)}${rule.title.en} (${rule.severity})`).join('\n')}

Exit codes:
  0  no finding is an error (or --exit-zero)
  1  at least one finding is an error
  2  bad input or options: one line per bad file on standard error; the other files are
     still audited and reported, and 2 wins over 0 and 1, even with --exit-zero
  3  a bug in cjm while auditing a file: one line naming it; the other files are still
     audited and reported, and 3 wins over everything

Reading warnings (an unrecognised heading, a selection that holds no map) go to standard
error. Notes outside the grid (orphans) are not warnings: the md report lists them, the json
report holds them in the map's "orphans", and \`cjm read FILE\` counts them.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('audit', argv, OPTIONS);
    if (positionals.length === 0) throw new UsageError('audit', 'missing FILE (board exports, cjm/1 maps or - for stdin)');
    if (positionals.filter((file) => file === '-').length > 1) throw new UsageError('audit', "standard input ('-') can be read only once");
    const format: AuditFormat = values.format === undefined ? 'text' : parseChoice('audit', '--format', values.format, FORMATS);
    const locale = parseLocaleOption('audit', values.locale);
    const rules = parseRuleOptions(values.disable ?? [], values.severity ?? []);
    const choice: MapChoice = { mapNumber: parsePositiveInteger('audit', '--map', values.map), selection: values.select };
    const source = parseRemoteOptions('audit', values, positionals);
    await refuseOutputOverInput('audit', io, values.output, positionals);

    const audits: MapAudit[] = [];
    const failed: FailedFile[] = [];
    // The exit code of the worst file that could not be audited: 2 for bad input, 3 for our bug.
    let failure: number = EXIT_CODES.ok;
    for (const file of positionals) {
      const outcome = await auditFile(file, io, choice, { locale, rules, source });
      if ('audits' in outcome) audits.push(...outcome.audits);
      else {
        failure = Math.max(failure, outcome.exitCode);
        failed.push(outcome);
      }
    }

    const color = format === 'text' && !writesToFile(values.output) && shouldUseColor(io);
    const single = positionals.length === 1 && audits.length === 1;
    // Nothing to print for one bad file: its error line on stderr is the whole story. Several
    // files always print, so a JSON consumer still gets its array (maybe empty).
    if (audits.length > 0 || positionals.length > 1) {
      await writeOutput(io, renderAudits(audits, format, { single, locale, color, rules, failed }), values.output);
    }

    if (failure !== EXIT_CODES.ok) return failure;
    const hasErrors = audits.some((entry) => entry.findings.some((finding) => finding.severity === 'error'));
    return hasErrors && !values['exit-zero'] ? EXIT_CODES.findings : EXIT_CODES.ok;
  },
};

/** A file that could not be audited: why, in one line without the `cjm: FILE: ` prefix. */
interface FailedFile {
  readonly file: string;
  readonly reason: string;
  readonly exitCode: number;
}

/** The audits of one file's maps, or the error that stopped it. */
type FileOutcome = { readonly audits: readonly MapAudit[] } | FailedFile;

/**
 * Reads and audits one file. A file that can't be read, or that trips a bug of ours, is
 * reported on stderr and skipped, so one broken board doesn't hide the reports of the others.
 */
async function auditFile(
  file: string,
  io: CliIo,
  choice: MapChoice,
  options: { locale: Locale | undefined; rules: Partial<Record<RuleId, Severity | 'off'>>; source: RemoteSource },
): Promise<FileOutcome> {
  try {
    const board = await loadBoard(file, io, choice, options.source);
    for (const line of describeWarnings(board)) io.stderr.write(`${line}\n`);
    const auditOptions = options.locale ? { locale: options.locale, rules: options.rules } : { rules: options.rules };
    const audits = board.readings.map((reading) => ({
      file: board.label,
      mapIndex: reading.mapNumber,
      oneOfSeveral: board.mapCount > 1 || choice.mapNumber !== undefined,
      map: reading.map,
      findings: audit(reading.map, auditOptions),
    }));
    return { audits };
  } catch (error) {
    const label = file === '-' ? STDIN_LABEL : file;
    const report = describeError(error, io.env, label);
    for (const line of report.lines) io.stderr.write(`${line}\n`);
    const [line = ''] = report.lines;
    const reason = line.replace(/^cjm: /u, '').replace(`${toOneLine(label)}: `, '');
    return { file: label, reason, exitCode: report.exitCode };
  }
}

/**
 * `--disable RULE` and `--severity RULE=LEVEL` as the audit's rule switches. A rule named twice
 * keeps the last switch, as command lines usually do.
 */
export function parseRuleOptions(disable: readonly string[], severity: readonly string[]): Partial<Record<RuleId, Severity | 'off'>> {
  const rules: Partial<Record<RuleId, Severity | 'off'>> = {};
  for (const name of disable) rules[parseRuleId(name, '--disable')] = 'off';
  for (const entry of severity) {
    const [name = '', level, ...rest] = entry.split('=');
    if (level === undefined || rest.length > 0) throw new UsageError('audit', `--severity expects RULE=LEVEL, got '${entry}'`);
    rules[parseRuleId(name.trim(), '--severity')] = parseChoice('audit', `--severity ${name}`, level.trim(), LEVELS);
  }
  return rules;
}

function parseRuleId(name: string, option: string): RuleId {
  const rule = RULE_IDS.find((id) => id === name);
  if (!rule) throw new UsageError('audit', `${option}: unknown rule '${name}' (rules: ${RULE_IDS.join(', ')})`);
  return rule;
}

interface RenderOptions {
  /** One file with one map: the JSON report is the bare object, text gets no header. */
  readonly single: boolean;
  readonly locale: Locale | undefined;
  readonly color: boolean;
  /** The rule switches the findings were made with: the Markdown coverage table follows them. */
  readonly rules: Partial<Record<RuleId, Severity | 'off'>>;
  /** The files that could not be audited: the Markdown summary lists them. */
  readonly failed: readonly FailedFile[];
}

function renderAudits(audits: readonly MapAudit[], format: AuditFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(audits, options.single);
    case 'md':
      return renderMarkdown(audits, options);
    case 'text':
      return renderText(audits, options);
  }
}

function renderJson(audits: readonly MapAudit[], single: boolean): string {
  const [only] = audits;
  if (single && only) return ensureNewline(formatJsonReport(only.map, [...only.findings]));
  // One object per map, shaped like the single report plus where it came from.
  const entries = audits.map((entry) => ({
    file: entry.file,
    mapIndex: entry.mapIndex,
    ...(JSON.parse(formatJsonReport(entry.map, [...entry.findings])) as Record<string, unknown>),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** The words of the multi-file Markdown document, per locale. */
const MD_LABELS = {
  en: {
    file: 'File',
    map: 'map',
    total: 'Total',
    audited: (maps: string, withErrors: number) => `${maps} audited, ${withErrors} with errors`,
    columns: ['File', 'Map', 'Errors', 'Warnings', 'Info'],
    unread: 'Could not be read:',
  },
  ru: {
    file: 'Файл',
    map: 'карта',
    total: 'Итого',
    audited: (maps: string, withErrors: number) => `проверено: ${maps}, с ошибками — ${withErrors}`,
    columns: ['Файл', 'Карта', 'Ошибки', 'Предупреждения', 'Наблюдения'],
    unread: 'Не удалось прочитать:',
  },
} as const satisfies Record<Locale, unknown>;

function renderMarkdown(audits: readonly MapAudit[], options: RenderOptions): string {
  const reports = audits.map((entry) => {
    const report = ensureNewline(formatMarkdownReport(entry.map, [...entry.findings], { ...reportLocale(options.locale), rules: options.rules }));
    if (options.single) return report;
    // Several boards in one document: say which file each report is about, visibly, and in a
    // comment a script can find.
    const t = MD_LABELS[options.locale ?? entry.map.locale];
    const map = entry.oneOfSeveral ? `, ${t.map} ${entry.mapIndex}` : '';
    return `<!-- ${escapeCommentText(describeSource(entry))} -->\n**${t.file}:** ${markdownFileName(entry.file)}${map}\n\n${report}`;
  });
  if (options.single) return reports.join('');
  return [...reports, formatMarkdownSummary(audits, options)].join('\n---\n\n');
}

/**
 * The closing section of a multi-file Markdown document: the totals, a row of finding counts per
 * map, and the files that could not be read with the reason, so a failed board isn't just missing.
 */
function formatMarkdownSummary(audits: readonly MapAudit[], options: RenderOptions): string {
  const locale = options.locale ?? commonLocale(audits);
  const t = MD_LABELS[locale];
  const withErrors = audits.filter((entry) => entry.findings.some((finding) => finding.severity === 'error')).length;
  const counts = formatFindingCounts(countFindings(audits.flatMap((entry) => entry.findings)), locale);
  const parts = [`## ${t.total}`, `${capitalize(t.audited(formatMapCount(audits.length, locale), withErrors))}: ${counts}.`];
  if (audits.length > 0) {
    const rows = audits.map((entry) => {
      const count = countFindings(entry.findings);
      return `| ${markdownFileName(entry.file)} | ${entry.mapIndex} | ${count.error} | ${count.warning} | ${count.info} |`;
    });
    parts.push([`| ${t.columns.join(' | ')} |`, `|---|--:|--:|--:|--:|`, ...rows].join('\n'));
  }
  if (options.failed.length > 0) {
    parts.push([t.unread, '', ...options.failed.map((entry) => `- ${markdownFileName(entry.file)}: ${escapeMarkdown(entry.reason)}`)].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * A file name as Markdown text: one line, no control characters, and escaped like board text
 * (`<`, `>`, `|`, emphasis characters), so a name can neither inject HTML nor split a table cell.
 */
function markdownFileName(file: string): string {
  return escapeMarkdown(toOneLine(file));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function renderText(audits: readonly MapAudit[], options: RenderOptions): string {
  const paint = createPaint(options.color);
  const [only] = audits;
  if (options.single && only) {
    return ensureNewline(formatTextReport(only.map, [...only.findings], { color: options.color, ...reportLocale(options.locale) }));
  }
  const parts = audits.map((entry) => {
    const report = ensureNewline(formatTextReport(entry.map, [...entry.findings], { color: options.color, ...reportLocale(options.locale) }));
    return `${formatHeader(describeSource(entry), paint)}\n\n${report}`;
  });
  parts.push(formatTotals(audits, options.locale ?? commonLocale(audits), paint));
  return parts.join('\n');
}

/**
 * `board.json` or `board.json, map 2`: how headers and comments name a report's source, on one
 * line and without control characters (a file name may hold any).
 */
function describeSource(entry: MapAudit): string {
  return toOneLine(entry.oneOfSeveral ? `${entry.file}, map ${entry.mapIndex}` : entry.file);
}

/**
 * Text that cannot end an HTML comment early (a file named `a--><b onmouseover=…>.json` would
 * put markup into the rendered Markdown): no `>` or `<` at all, and no `--`, which XML forbids
 * in comments too. Written as character references, so the name stays readable.
 */
function escapeCommentText(text: string): string {
  return text.replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/--/gu, '-&#45;');
}

function formatHeader(title: string, paint: Paint): string {
  return paint.bold(`━━ ${title} ${'━'.repeat(Math.max(3, 72 - title.length))}`);
}

/**
 * The closing line of a multi-board text report: what CI logs are skimmed for. In the language
 * of the reports above it, so a Russian report doesn't end in English.
 */
function formatTotals(audits: readonly MapAudit[], locale: Locale, paint: Paint): string {
  const counts = formatFindingCounts(countFindings(audits.flatMap((entry) => entry.findings)), locale);
  const withErrors = audits.filter((entry) => entry.findings.some((finding) => finding.severity === 'error')).length;
  const total =
    locale === 'ru'
      ? `Итого проверено: ${formatMapCount(audits.length, 'ru')}, с ошибками — ${withErrors}`
      : `Total: ${formatMapCount(audits.length, 'en')} audited, ${withErrors} with errors`;
  return `${paint.bold(total)}: ${counts}\n`;
}

/** The locale every audited map shares (each report is in its map's); English when they differ. */
function commonLocale(audits: readonly MapAudit[]): Locale {
  const [first, ...others] = audits;
  return first && others.every((entry) => entry.map.locale === first.map.locale) ? first.map.locale : 'en';
}

function reportLocale(locale: Locale | undefined): { locale?: Locale } {
  return locale ? { locale } : {};
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
