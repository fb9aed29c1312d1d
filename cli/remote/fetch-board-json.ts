import type { CliIo } from '../io.ts';
import { writeOutput } from '../output.ts';
import type { BoardLink } from './board-link.ts';
import { readFigmaFile } from './read-figma-file.ts';
import { readMiroBoard } from './read-miro-board.ts';
import { redactError } from './redact-token.ts';
import { FIGMA_API, MIRO_API } from './remote-platforms.ts';
import { openRemoteSession } from './remote-session.ts';

/** How a board link is read: the command's `--token-env` and `--save`. */
export interface RemoteSource {
  /** The variable holding the token, instead of `MIRO_TOKEN` / `FIGMA_TOKEN`. */
  readonly tokenEnv?: string;
  /** Where to keep the raw export, so the run can be repeated offline (`cjm audit FILE`). */
  readonly save?: string;
}

/**
 * Reads a live board through its platform's REST API and returns the JSON document an export
 * would hold: a Miro board as the array of its item-listing pages, a Figma file (or node) as
 * `GET /v1/files` returns it. With `save`, that document is written to the file first, so even
 * a board whose map cannot be read is kept for a look.
 *
 * The token is removed from everything the API returns before it is parsed or saved, and from
 * any error, so it reaches no output.
 *
 * @param where The link as the user gave it, for messages.
 * @throws InputError (exit 2) for a missing token, a refused one, a board not found, a network
 *   or API failure, or a `--save` file that cannot be written.
 */
export async function fetchBoardJson(link: BoardLink, where: string, io: CliIo, source: RemoteSource = {}): Promise<unknown> {
  const session = openRemoteSession(link.platform === 'miro' ? MIRO_API : FIGMA_API, where, io, source);
  try {
    let json: unknown;
    let text: string;
    if (link.platform === 'miro') {
      const pages = await readMiroBoard(link.boardId, session);
      json = pages;
      text = JSON.stringify(pages, null, 1);
    } else {
      ({ json, text } = await readFigmaFile(link, session));
    }
    session.progress.done();
    if (source.save !== undefined) await writeOutput(io, text, source.save);
    return json;
  } catch (error) {
    session.progress.done();
    throw redactError(error, session.token);
  }
}
