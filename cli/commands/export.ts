import { audit, formatCsv, formatMarkdownReport, serializeMap } from '../../core/index.ts';
import { parseChoice, parseCommandArgs, parseLocaleOption, parsePositiveInteger } from '../args.ts';
import { INPUT_HELP } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import { describeWarnings, loadBoard, requireOneMap } from '../load-board.ts';
import { refuseOutputOverInput, writeOutput } from '../output.ts';
import { parseRemoteOptions, REMOTE_OPTIONS } from '../remote/remote-options.ts';
import { UsageError } from '../usage-error.ts';

const OPTIONS = {
  ...REMOTE_OPTIONS,
  format: { type: 'string', short: 'f' },
  locale: { type: 'string' },
  output: { type: 'string', short: 'o' },
  map: { type: 'string' },
  select: { type: 'string', multiple: true },
  delimiter: { type: 'string' },
} as const;

const FORMATS = ['csv', 'md', 'json'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** What `--delimiter` accepts, and the separator each stands for. */
const DELIMITERS: ReadonlyMap<string, ',' | ';'> = new Map([
  [',', ','],
  ['comma', ','],
  [';', ';'],
  ['semicolon', ';'],
]);

/** `cjm export`: one map as a spreadsheet, a Markdown document or a cjm/1 file. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'convert one map to CSV (spreadsheets), Markdown or cjm/1 JSON',
  help: `Usage: cjm export FILE --format csv|md|json [--delimiter ,|;] [--locale ru|en]
                  [--map N | --select ITEM_ID] [--output FILE]

Converts one journey map for people who don't open the whiteboard.

${INPUT_HELP}

Output:
  -f, --format FORMAT  csv   the grid as a table, one row per layer and one column per stage
                             (UTF-8 with a byte order mark, so Excel shows Cyrillic right)
                       md    a Markdown document: the map and its audit findings
                       json  the cjm/1 map (same as \`cjm read FILE --json\`)
                       Without --format, the --output file's extension decides (.csv, .md, .json).
  --delimiter ,|;      the CSV field separator: , (default, also "comma") or ; (also
                       "semicolon"). Excel with Russian (and most European) regional
                       settings expects ; and puts a comma-separated file in one column.
  --locale ru|en       language of the Markdown document (default: the map's locale)
  -o, --output FILE    write to FILE instead of standard output

A board with several maps needs --map N or --select ITEM_ID: one export is one map.

Exit codes: 0 exported, 2 bad input or options.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('export', argv, OPTIONS);
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('export', 'missing FILE (a board export, a cjm/1 map or - for stdin)');
    if (extra.length > 0) throw new UsageError('export', `expects one FILE, got ${positionals.length}`);
    const format = chooseFormat(values.format, values.output);
    const delimiter = parseDelimiter(values.delimiter, format);
    const locale = parseLocaleOption('export', values.locale);
    const mapNumber = parsePositiveInteger('export', '--map', values.map);

    await refuseOutputOverInput('export', io, values.output, [file]);
    const source = parseRemoteOptions('export', values, positionals);
    const board = await loadBoard(file, io, { mapNumber, selection: values.select }, source);
    for (const line of describeWarnings(board)) io.stderr.write(`${line}\n`);
    const { map } = requireOneMap(board);

    let text: string;
    if (format === 'json') text = serializeMap(map);
    else if (format === 'csv') text = formatCsv(map, { delimiter });
    else {
      // A Markdown export is what a client reads instead of the board: the map with its findings,
      // titled with the map's name rather than as an audit.
      const options = locale ? { locale } : {};
      text = formatMarkdownReport(map, audit(map, options), { ...options, includeNotes: true, heading: 'map' });
    }
    await writeOutput(io, text, values.output);
    return EXIT_CODES.ok;
  },
};

/** `--format`, or the output file's extension, so `--output map.csv` alone is enough. */
function chooseFormat(format: string | undefined, output: string | undefined): ExportFormat {
  if (format !== undefined) return parseChoice('export', '--format', format, FORMATS);
  const extension = /\.([a-z0-9]+)$/iu.exec(output ?? '')?.[1]?.toLowerCase();
  const fromExtension = FORMATS.find((candidate) => candidate === (extension === 'markdown' ? 'md' : extension));
  if (fromExtension) return fromExtension;
  if (extension !== undefined) throw new UsageError('export', `can't tell the format from '.${extension}'; use --format csv|md|json`);
  throw new UsageError('export', 'missing --format csv|md|json');
}

/** `--delimiter`: `,` or `;` (or their names); only a CSV export has fields to separate. */
function parseDelimiter(value: string | undefined, format: ExportFormat): ',' | ';' {
  if (value === undefined) return ',';
  const delimiter = DELIMITERS.get(value.trim().toLowerCase());
  if (!delimiter) throw new UsageError('export', `--delimiter must be ',' or ';' (or comma, semicolon), got '${value}'`);
  if (format !== 'csv') throw new UsageError('export', `--delimiter applies to --format csv only, not ${format}`);
  return delimiter;
}
