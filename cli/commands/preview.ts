import { planBoard, renderPlanSvg } from '../../core/index.ts';
import { parseCommandArgs, parseLocaleOption, parsePositiveInteger } from '../args.ts';
import { INPUT_HELP } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import { describeWarnings, loadBoard, requireOneMap } from '../load-board.ts';
import { refuseOutputOverInput, writeOutput } from '../output.ts';
import { parseRemoteOptions, REMOTE_OPTIONS } from '../remote/remote-options.ts';
import { UsageError } from '../usage-error.ts';

const OPTIONS = {
  ...REMOTE_OPTIONS,
  locale: { type: 'string' },
  output: { type: 'string', short: 'o' },
  map: { type: 'string' },
  select: { type: 'string', multiple: true },
} as const;

/** `cjm preview`: how cjm-kit lays a map out on a board, as an SVG picture. */
export const previewCommand: Command = {
  name: 'preview',
  summary: 'draw the board layout of one map as an SVG picture',
  help: `Usage: cjm preview FILE [--locale ru|en] [--map N | --select ITEM_ID] [--output FILE]

Lays the map out exactly as the Miro app and the Figma plugin will (title, persona, RACE
phase bands, stage and layer headers, cells growing with their notes, the emotion curve)
and draws it as SVG, to look at in a browser before putting it on a board. Also a quick way
to see how a hand-drawn board was understood.

${INPUT_HELP}

Output:
  --locale ru|en       language of generated labels (phase bands, persona headings);
                       default: the map's locale
  -o, --output FILE    write to FILE instead of standard output

Exit codes: 0 drawn, 2 bad input or options.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('preview', argv, OPTIONS);
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('preview', 'missing FILE (a board export, a cjm/1 map or - for stdin)');
    if (extra.length > 0) throw new UsageError('preview', `expects one FILE, got ${positionals.length}`);
    const locale = parseLocaleOption('preview', values.locale);
    const mapNumber = parsePositiveInteger('preview', '--map', values.map);

    await refuseOutputOverInput('preview', io, values.output, [file]);
    const source = parseRemoteOptions('preview', values, positionals);
    const board = await loadBoard(file, io, { mapNumber, selection: values.select }, source);
    for (const line of describeWarnings(board)) io.stderr.write(`${line}\n`);
    const reading = requireOneMap(board);
    await writeOutput(io, renderPlanSvg(planBoard(reading.map, locale ? { locale } : {})), values.output);
    return EXIT_CODES.ok;
  },
};
