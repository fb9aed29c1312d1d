import packageJson from '../package.json' with { type: 'json' };
import type { Command } from './command.ts';
import { auditCommand } from './commands/audit.ts';
import { exportCommand } from './commands/export.ts';
import { newCommand } from './commands/new.ts';
import { previewCommand } from './commands/preview.ts';
import { readCommand } from './commands/read.ts';
import { templatesCommand } from './commands/templates.ts';
import { describeError } from './describe-error.ts';
import { EXIT_CODES } from './exit-codes.ts';
import { DEFAULT_MAX_INPUT_MB } from './input-limit.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './usage-error.ts';

export type { CliIo, CliStream } from './io.ts';

/** Every command, in the order `cjm --help` lists them. */
export const COMMANDS: readonly Command[] = [readCommand, auditCommand, exportCommand, previewCommand, templatesCommand, newCommand];

/** The version `cjm --version` prints: the package's. */
export const VERSION: string = packageJson.version;

const HELP = `cjm ${VERSION}: customer journey maps from Miro and Figma boards, audited without opening them

Usage: cjm COMMAND [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(12)}${command.summary}`).join('\n')}
  help [CMD]  this help, or the help of a command (same as cjm CMD --help)

Examples:
  cjm audit boards/*.json                        audit every client board, one report each
  cjm audit board.json --format json -o out.json findings for CI, exit 1 on errors
  cjm read board.json --json | cjm audit -       read once, audit from standard input
  cjm export board.json --output map.csv         the grid as a spreadsheet
  cjm new b2b-saas --locale ru --examples        start a map from a template
  cjm preview board.json -o map.svg              see the layout a map gets on a board

Boards: a Miro REST item listing (GET /v2/boards/{id}/items), a Figma/FigJam REST file
(GET /v1/files/:key) or a cjm/1 map; the format is detected. "-" reads standard input.
A board link reads the live board: cjm audit https://miro.com/app/board/<id>/ (token in
MIRO_TOKEN) or cjm audit https://www.figma.com/board/<key>/… (token in FIGMA_TOKEN).
A board may hold several maps: \`read\` and \`audit\` take them all, --map N picks one.

Language: help is in English; reports, findings and exports follow the map's locale
(ru or en) unless --locale says otherwise.

Exit codes: 0 ok; 1 audit found errors; 2 bad input or options (one line on standard
error saying what and where); 3 internal error (a bug: one line; CJM_DEBUG=1 shows the stack).

Environment: NO_COLOR turns colour off, FORCE_COLOR=1 forces it (default: colour only
on a terminal); LANG=ru… makes Russian the default for \`templates\` and \`new\`;
CJM_MAX_INPUT_MB (default ${DEFAULT_MAX_INPUT_MB}) caps how much of a file or of standard input is read.

Files: board exports are read as UTF-8 (also UTF-16 and UTF-32 with a byte order mark, and
Windows-1251 Russian text, with a warning). --output never replaces an input file.

Run "cjm COMMAND --help" for a command's options.`;

/**
 * Runs `cjm` with `argv` (the arguments after the program name) and returns the exit code.
 * Never throws and never prints a stack trace: every error becomes one line on `io.stderr`.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const report = describeError(error, io.env);
    for (const line of report.lines) io.stderr.write(`${line}\n`);
    return report.exitCode;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(undefined, `missing command (${COMMANDS.map((c) => c.name).join(', ')})`);
  if (first === '--help' || first === '-h') return printHelp(io, HELP);
  if (first === '--version' || first === '-v' || first === '-V') return printHelp(io, VERSION);
  if (first === 'help') {
    const [topic] = rest;
    return printHelp(io, topic === undefined ? HELP : findCommand(topic).help);
  }
  const command = findCommand(first);
  if (wantsHelp(rest)) return printHelp(io, command.help);
  return command.run(rest, io);
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return command;
  if (name.startsWith('-')) throw new UsageError(undefined, `unknown option '${name}' (options go after the command: cjm COMMAND ${name})`);
  const guess = suggestCommand(name);
  throw new UsageError(undefined, `unknown command '${name}'${guess ? `; did you mean '${guess}'?` : ''}`);
}

/**
 * `--help` anywhere before `--` wins over everything else, even a bad option next to it: the
 * user asking for help is what they need.
 */
function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

function printHelp(io: CliIo, text: string): number {
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT_CODES.ok;
}

/** The command a typo most likely meant (`aduit` → `audit`): within two edits, else none. */
function suggestCommand(name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const command of COMMANDS) {
    const distance = editDistance(name.toLowerCase(), command.name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: command.name, distance };
  }
  return best?.name;
}

/** Levenshtein distance with adjacent swaps counted as one edit (`aduit`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = distance;
    }
  }
  return at(a.length, b.length);
}
