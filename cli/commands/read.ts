import type { CjmMap } from '../../core/model/map.ts';
import { serializeMap } from '../../core/model/parse-map.ts';
import { parseCommandArgs, parsePositiveInteger } from '../args.ts';
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
import { UsageError } from '../usage-error.ts';

const OPTIONS = {
  json: { type: 'boolean' },
  map: { type: 'string' },
  select: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
} as const;

const FORMAT_NAMES: Record<LoadedBoard['format'], string> = {
  'cjm/1': 'cjm/1 map',
  'miro-rest': 'Miro REST export',
  'figma-rest': 'Figma REST export',
};

/** `cjm read`: a board file as a cjm/1 map, or a short summary of what was found on it. */
export const readCommand: Command = {
  name: 'read',
  summary: 'read a board export (or a cjm/1 file) and print its journey map',
  help: `Usage: cjm read FILE [--json] [--map N | --select ITEM_ID] [--output FILE]

Reads the journey map(s) on a board export and prints a short summary: stages, layers,
how many notes landed in cells and how many belong to no cell (orphans).

${INPUT_HELP}

Output:
  --json               print the map in the cjm/1 format instead. A board with several
                       maps prints a JSON array of maps, unless --map or --select picks one.
  -o, --output FILE    write to FILE instead of standard output

What the reader could not place (an unrecognised heading, a note outside the grid) is
reported on standard error, so --json output stays clean for a pipe:
  cjm read board.json --json | cjm audit -

Exit codes: 0 read, 2 bad input or options.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('read', argv, OPTIONS);
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('read', 'missing FILE (a board export, a cjm/1 map or - for stdin)');
    if (extra.length > 0) throw new UsageError('read', `expects one FILE, got ${positionals.length} (\`cjm audit\` takes several)`);
    const mapNumber = parsePositiveInteger('read', '--map', values.map);

    const board = await loadBoard(file, io, { mapNumber, selection: values.select });
    for (const line of describeWarnings(board)) io.stderr.write(`${line}\n`);

    const maps = board.readings.map((reading) => reading.map);
    if (values.json) {
      await writeOutput(io, formatMapsJson(maps), values.output);
      if (maps.length > 1) {
        io.stderr.write(`${toOneLine(`cjm: ${board.label}: ${maps.length} maps on the board, printed as a JSON array (pick one with --map N)`)}\n`);
      }
    } else {
      const paint = createPaint(!writesToFile(values.output) && shouldUseColor(io));
      await writeOutput(io, summarizeBoard(board, paint), values.output);
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
 * The human summary: what a reader checks before trusting the audit of a board. Board text goes
 * through {@link toOneLine}: a title or a heading may hold a line break or a terminal escape.
 */
export function summarizeBoard(board: LoadedBoard, paint: Paint): string {
  const count = board.readings.length;
  const lines = [`${paint.bold(toOneLine(board.label))}: ${FORMAT_NAMES[board.format]}, ${formatMapCount(count, 'en')}`];
  for (const reading of board.readings) {
    const { map } = reading;
    lines.push('');
    const number = count > 1 ? `Map ${reading.mapNumber}: ` : '';
    lines.push(`${number}${paint.bold(toOneLine(map.title) || '(untitled)')} ${paint.dim(`[${map.locale}]`)}`);
    if (map.persona) lines.push(`  Persona:  ${toOneLine(map.persona.name)}`);
    const stages = map.stages.map((stage) => {
      const details = toOneLine([stage.phase, stage.lane].filter(Boolean).join(', '));
      return details ? `${toOneLine(stage.name)} ${paint.dim(`(${details})`)}` : toOneLine(stage.name);
    });
    lines.push(`  Stages:   ${map.stages.length}${stages.length ? `: ${stages.join(' → ')}` : ''}`);
    const layers = map.layers.map((layer) => `${toOneLine(layer.title)} ${paint.dim(`(${layer.kind}${layer.required ? ', required' : ''})`)}`);
    lines.push(`  Layers:   ${map.layers.length}${layers.length ? `: ${layers.join(', ')}` : ''}`);
    lines.push(`  Notes:    ${map.notes.length} in cells`);
    lines.push(`  Orphans:  ${map.orphans.length}${map.orphans.length ? ' (text outside the grid; see --json "orphans")' : ''}`);
    if (reading.warnings.length) lines.push(`  Warnings: ${reading.warnings.length} (on standard error)`);
  }
  return `${lines.join('\n')}\n`;
}
