import { formatQuantity, serializeMap } from '../../core/index.ts';
import type { CjmMap, Locale, WordForms } from '../../core/index.ts';
import { parseCommandArgs, parseLocaleOption, parsePositiveInteger } from '../args.ts';
import { createPaint, shouldUseColor } from '../color.ts';
import type { Paint } from '../color.ts';
import { INPUT_HELP } from '../command.ts';
import type { Command } from '../command.ts';
import { toOneLine } from '../describe-error.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import { describeWarnings, loadBoard } from '../load-board.ts';
import type { LoadedBoard } from '../load-board.ts';
import { formatMapCount } from '../map-count.ts';
import { writeOutput, writesToFile } from '../output.ts';
import { parseRemoteOptions, REMOTE_OPTIONS } from '../remote/remote-options.ts';
import { UsageError } from '../usage-error.ts';

const OPTIONS = {
  ...REMOTE_OPTIONS,
  json: { type: 'boolean' },
  map: { type: 'string' },
  select: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
  locale: { type: 'string' },
} as const;

const NOTE_WORDS: WordForms = { ru: ['заметка', 'заметки', 'заметок'], en: ['note', 'notes'] };

/** The words of the summary, per locale; the labels of a locale are padded to one width. */
const LABELS = {
  en: {
    formats: { 'cjm/1': 'cjm/1 map', 'miro-rest': 'Miro REST export', 'figma-rest': 'Figma REST export' },
    map: 'Map',
    untitled: '(untitled)',
    persona: 'Persona:',
    stages: 'Stages:',
    layers: 'Layers:',
    notes: 'Notes:',
    orphans: 'Orphans:',
    warnings: 'Warnings:',
    required: 'required',
    inCells: (count: number) => `${count} in cells`,
    orphanCount: (count: number) => `${count}${count ? ' (text outside the grid; see --json "orphans")' : ''}`,
    onStderr: 'on standard error',
  },
  ru: {
    formats: { 'cjm/1': 'карта cjm/1', 'miro-rest': 'экспорт Miro REST', 'figma-rest': 'экспорт Figma REST' },
    map: 'Карта',
    untitled: '(без названия)',
    persona: 'Персона:',
    stages: 'Этапы:',
    layers: 'Слои:',
    notes: 'Заметки:',
    orphans: 'Вне сетки:',
    warnings: 'Предупреждения:',
    required: 'обязательный',
    inCells: (count: number) => `${formatQuantity(count, NOTE_WORDS, 'ru')} в ячейках`,
    orphanCount: (count: number) => (count ? `${formatQuantity(count, NOTE_WORDS, 'ru')} (текст вне сетки; см. "orphans" в --json)` : '0'),
    onStderr: 'в стандартном потоке ошибок',
  },
} as const satisfies Record<Locale, unknown>;

/** `cjm read`: a board file as a cjm/1 map, or a short summary of what was found on it. */
export const readCommand: Command = {
  name: 'read',
  summary: 'read a board export (or a cjm/1 file) and print its journey map',
  help: `Usage: cjm read FILE [--json] [--map N | --select ITEM_ID] [--locale ru|en] [--output FILE]

Reads the journey map(s) on a board export and prints a short summary: stages, layers,
how many notes landed in cells and how many belong to no cell (orphans).

${INPUT_HELP}

Output:
  --json               print the map in the cjm/1 format instead. A board with several
                       maps prints a JSON array of maps, unless --map or --select picks one.
  --locale ru|en       language of the summary (default: each map's own locale)
  -o, --output FILE    write to FILE instead of standard output

Notes outside the grid (orphans) are part of the map: counted on the summary's "Orphans"
line and listed in the "orphans" field of --json. Reading warnings (an unrecognised
heading, a selection that holds no map) go to standard error, so --json output stays
clean for a pipe:
  cjm read board.json --json | cjm audit -

Exit codes: 0 read, 2 bad input or options.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('read', argv, OPTIONS);
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('read', 'missing FILE (a board export, a cjm/1 map or - for stdin)');
    if (extra.length > 0) throw new UsageError('read', `expects one FILE, got ${positionals.length} (\`cjm audit\` takes several)`);
    const mapNumber = parsePositiveInteger('read', '--map', values.map);
    const locale = parseLocaleOption('read', values.locale);

    const source = parseRemoteOptions('read', values, positionals);
    const board = await loadBoard(file, io, { mapNumber, selection: values.select }, source);
    for (const line of describeWarnings(board)) io.stderr.write(`${line}\n`);

    const maps = board.readings.map((reading) => reading.map);
    if (values.json) {
      await writeOutput(io, formatMapsJson(maps), values.output);
      if (maps.length > 1) {
        io.stderr.write(`${toOneLine(`cjm: ${board.label}: ${maps.length} maps on the board, printed as a JSON array (pick one with --map N)`)}\n`);
      }
    } else {
      const paint = createPaint(!writesToFile(values.output) && shouldUseColor(io));
      await writeOutput(io, summarizeBoard(board, paint, locale), values.output);
    }
    return EXIT_CODES.ok;
  },
};

/** One map as its cjm/1 text; several as a JSON array of them, keys still in cjm/1 order. */
function formatMapsJson(maps: readonly CjmMap[]): string {
  const [only] = maps;
  if (maps.length === 1 && only) return serializeMap(only);
  return `${JSON.stringify(
    maps.map((map) => JSON.parse(serializeMap(map)) as unknown),
    null,
    2,
  )}\n`;
}

/**
 * The human summary: what a reader checks before trusting the audit of a board, in each map's
 * language unless `locale` is given (the header line: the maps' shared one, else English). Board
 * text goes through {@link toOneLine}: a title or a heading may hold a line break or a terminal escape.
 */
export function summarizeBoard(board: LoadedBoard, paint: Paint, locale?: Locale): string {
  const count = board.readings.length;
  const [first, ...others] = board.readings;
  const shared = first && others.every((reading) => reading.map.locale === first.map.locale) ? first.map.locale : 'en';
  const headerLocale = locale ?? shared;
  const lines = [`${paint.bold(toOneLine(board.label))}: ${LABELS[headerLocale].formats[board.format]}, ${formatMapCount(count, headerLocale)}`];
  for (const reading of board.readings) {
    const { map } = reading;
    const t = LABELS[locale ?? map.locale];
    const width = Math.max(t.persona.length, t.stages.length, t.layers.length, t.notes.length, t.orphans.length) + 1;
    const line = (label: string, value: string): string => `  ${label.padEnd(width)} ${value}`;
    lines.push('');
    const number = count > 1 ? `${t.map} ${reading.mapNumber}: ` : '';
    lines.push(`${number}${paint.bold(toOneLine(map.title) || t.untitled)} ${paint.dim(`[${map.locale}]`)}`);
    if (map.persona) lines.push(line(t.persona, toOneLine(map.persona.name)));
    const stages = map.stages.map((stage) => {
      const details = toOneLine([stage.phase, stage.lane].filter(Boolean).join(', '));
      return details ? `${toOneLine(stage.name)} ${paint.dim(`(${details})`)}` : toOneLine(stage.name);
    });
    lines.push(line(t.stages, `${map.stages.length}${stages.length ? `: ${stages.join(' → ')}` : ''}`));
    const layers = map.layers.map((layer) => `${toOneLine(layer.title)} ${paint.dim(`(${layer.kind}${layer.required ? `, ${t.required}` : ''})`)}`);
    lines.push(line(t.layers, `${map.layers.length}${layers.length ? `: ${layers.join(', ')}` : ''}`));
    lines.push(line(t.notes, t.inCells(map.notes.length)));
    lines.push(line(t.orphans, t.orphanCount(map.orphans.length)));
    if (reading.warnings.length) lines.push(`  ${t.warnings} ${reading.warnings.length} (${t.onStderr})`);
  }
  return `${lines.join('\n')}\n`;
}
