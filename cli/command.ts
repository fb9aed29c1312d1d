import type { CliIo } from './io.ts';
import { REMOTE_HELP } from './remote/remote-options.ts';

/** One `cjm` command: its help and its behaviour. Each lives in its own file under `commands/`. */
export interface Command {
  /** What the user types: `audit`. */
  readonly name: string;
  /** One line for the command list in `cjm --help`. */
  readonly summary: string;
  /** The whole `cjm NAME --help` text. */
  readonly help: string;
  /**
   * Runs the command with the arguments after its name and returns the exit code. Throws
   * `UsageError`/`InputError` for bad options and input; `run` turns them into one stderr line.
   */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** Help for the options every board-reading command shares (`read`, `audit`, `export`). */
export const INPUT_HELP = `Input:
  FILE                 a cjm/1 map (or a JSON array of them, as \`cjm read --json\` prints),
                       a Miro REST item listing (GET /v2/boards/{id}/items: one page, or a
                       JSON array of all its pages) or a Figma/FigJam REST file
                       (GET /v1/files/:key); the format is detected. "-" reads stdin.
                       A Miro board or Figma file link reads the live board (below).
  --map N              only the N-th map of a board that holds several (1 = the top-left
                       one; \`cjm read FILE\` lists them with their numbers)
  --select ITEM_ID     only the map that holds this board item (a sticky, a heading or the
                       frame); repeatable. When no map holds it, every map is read and a
                       warning says so.

${REMOTE_HELP}`;
