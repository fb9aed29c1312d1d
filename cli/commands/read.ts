import { formatQuantity, LAYER_VOCABULARY, mapTextPieces, PHASE_INFO } from '../../core/index.ts';
import type { CjmMap, Layer, Locale, Phase, WordForms } from '../../core/index.ts';
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
import { refuseOutputOverInput, writeOutput, writeOutputPieces, writesToFile } from '../output.ts';
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

/**
 * The words of the summary, per locale; the labels of a locale are padded to one width. The
 * Russian words were read as a strategist reads them: phases and layer kinds by their Russian
 * names, no format jargon («сироты», "orphans") but in the pointer to the --json field.
 */
const LABELS = {
  en: {
    formats: { 'cjm/1': 'cjm/1 map', 'miro-rest': 'Miro REST export', 'figma-rest': 'Figma REST export' },
    languages: { ru: 'Russian', en: 'English' },
    map: 'Map',
    untitled: '(untitled)',
    persona: 'Persona:',
    stages: 'Stages:',
    layers: 'Layers:',
    notes: 'Notes:',
    orphans: 'Orphans:',
    warnings: 'Warnings:',
    fileWarnings: 'File warnings:',
    required: 'required',
    unrecognised: 'kind not recognised',
    inCells: (count: number) => `${count} in cells`,
    orphanCount: (count: number) => `${count}${count ? ' (text outside the grid; see --json "orphans")' : ''}`,
    onStderr: 'on standard error',
  },
  ru: {
    formats: { 'cjm/1': 'карта в формате cjm/1', 'miro-rest': 'выгрузка доски Miro (REST API)', 'figma-rest': 'выгрузка файла Figma (REST API)' },
    languages: { ru: 'русский', en: 'английский' },
    map: 'Карта',
    untitled: '(без названия)',
    persona: 'Персона:',
    stages: 'Этапы:',
    layers: 'Слои:',
    notes: 'Заметки:',
    orphans: 'Вне ячеек:',
    warnings: 'Предупреждения:',
    fileWarnings: 'Предупреждения о файле:',
    required: 'обязательный',
    unrecognised: 'вид слоя не распознан',
    inCells: (count: number) => `${formatQuantity(count, NOTE_WORDS, 'ru')} в ячейках`,
    orphanCount: (count: number) => (count ? `${formatQuantity(count, NOTE_WORDS, 'ru')} (список — в поле "orphans" вывода --json)` : '0'),
    onStderr: 'выведены в поток ошибок',
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

    await refuseOutputOverInput('read', io, values.output, [file]);
    const source = await parseRemoteOptions('read', io, values, positionals);
    const board = await loadBoard(file, io, { mapNumber, selection: values.select }, source);
    for (const line of describeWarnings(board)) io.stderr.write(`${line}\n`);

    const maps = board.readings.map((reading) => reading.map);
    if (values.json) {
      await writeOutputPieces(io, mapsJsonPieces(maps), values.output);
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

/** One map as its cjm/1 text; several as a JSON array of them, keys still in cjm/1 order. Made in pieces. */
function* mapsJsonPieces(maps: readonly CjmMap[]): Generator<string, void, undefined> {
  const [only] = maps;
  if (maps.length === 1 && only) {
    yield* mapTextPieces(only);
    yield '\n';
    return;
  }
  // As JSON.stringify(maps, null, 2) lays out an array: each map one level in.
  for (const [index, map] of maps.entries()) {
    yield index === 0 ? '[\n  ' : ',\n  ';
    yield* mapTextPieces(map, { depth: 1 });
  }
  yield maps.length === 0 ? '[]\n' : '\n]\n';
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
    const language = locale ?? map.locale;
    const t = LABELS[language];
    const width = Math.max(t.persona.length, t.stages.length, t.layers.length, t.notes.length, t.orphans.length) + 1;
    const line = (label: string, value: string): string => `  ${label.padEnd(width)} ${value}`;
    lines.push('');
    const number = count > 1 ? `${t.map} ${reading.mapNumber}: ` : '';
    lines.push(`${number}${paint.bold(toOneLine(map.title) || t.untitled)} ${paint.dim(`[${t.languages[map.locale]}]`)}`);
    if (map.persona) lines.push(line(t.persona, toOneLine(map.persona.name)));
    lines.push(line(t.stages, `${map.stages.length}${map.stages.length ? ` — ${describeStages(map, language, paint)}` : ''}`));
    const layers = map.layers.map((layer) => describeLayer(layer, language, paint));
    lines.push(line(t.layers, `${map.layers.length}${layers.length ? ` — ${layers.join(', ')}` : ''}`));
    lines.push(line(t.notes, t.inCells(map.notes.length)));
    lines.push(line(t.orphans, t.orphanCount(map.orphans.length)));
    if (reading.warnings.length) lines.push(`  ${t.warnings} ${reading.warnings.length} (${t.onStderr})`);
  }
  if (board.warnings.length) {
    const t = LABELS[headerLocale];
    lines.push('', `${t.fileWarnings} ${board.warnings.length} (${t.onStderr})`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The stages in order, grouped by their RACE phase as a strategist reads a funnel: "Охват:
 * Игнорирование → Поиск решения; Взаимодействие: Выбор продукта". A stage without a phase
 * stands alone in the order; a lane follows its stage in parentheses.
 */
function describeStages(map: CjmMap, locale: Locale, paint: Paint): string {
  const groups: { phase: Phase | undefined; names: string[] }[] = [];
  for (const stage of map.stages) {
    const name = stage.lane ? `${toOneLine(stage.name)} ${paint.dim(`(${toOneLine(stage.lane)})`)}` : toOneLine(stage.name);
    const last = groups.at(-1);
    if (last && last.phase === stage.phase) last.names.push(name);
    else groups.push({ phase: stage.phase, names: [name] });
  }
  return groups.map((group) => `${group.phase ? `${paint.dim(`${PHASE_INFO[group.phase].name[locale]}:`)} ` : ''}${group.names.join(' → ')}`).join('; ');
}

/** "Боли (барьеры, обязательный)": the kind the heading was read as, unless the title already starts with its name. */
function describeLayer(layer: Layer, locale: Locale, paint: Paint): string {
  const t = LABELS[locale];
  const kind = LAYER_VOCABULARY[layer.kind].title[locale];
  const title = toOneLine(layer.title);
  const details = [
    ...(layer.kind === 'other' ? [t.unrecognised] : title.toLowerCase().startsWith(kind.toLowerCase()) ? [] : [kind.toLowerCase()]),
    ...(layer.required ? [t.required] : []),
  ];
  return details.length ? `${title} ${paint.dim(`(${details.join(', ')})`)}` : title;
}
