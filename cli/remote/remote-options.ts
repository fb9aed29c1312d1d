import { UsageError } from '../usage-error.ts';
import { parseBoardLink } from './board-link.ts';
import type { RemoteSource } from './fetch-board-json.ts';
import { DEFAULT_TIMEOUT_MS } from './remote-deps.ts';

/** The options every board-reading command takes for board links (spread into its `parseArgs` options). */
export const REMOTE_OPTIONS = {
  'token-env': { type: 'string' },
  save: { type: 'string' },
} as const;

/** Help for {@link REMOTE_OPTIONS} and board links, part of every board-reading command's help. */
export const REMOTE_HELP = `Board links (read live through the platform's REST API):
  https://miro.com/app/board/<id>/      every item of a Miro board; the token comes from
                       MIRO_TOKEN (an access token with the boards:read scope)
  https://www.figma.com/design/<key>/…  a Figma design file or FigJam board (/file/,
  https://www.figma.com/board/<key>/…   /design/ or /board/ links; ?node-id= reads one
                       node); the token comes from FIGMA_TOKEN (a personal access token
                       with the file_content:read scope)
  --token-env NAME     read the token from the variable NAME instead
  --save FILE          keep the raw export in FILE (never the token), to repeat the run
                       offline: cjm audit FILE
  Failed requests are retried (rate limits, server errors) within bounds; a progress
  line shows on a terminal. CJM_HTTP_TIMEOUT=SECONDS changes the per-request limit (${DEFAULT_TIMEOUT_MS / 1000}).`;

/** Names a variable may have: what shells accept. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/u;

/**
 * Checks `--token-env` and `--save` against the command's inputs: `--save` needs exactly one
 * board link to save (several would overwrite each other).
 */
export function parseRemoteOptions(command: string, values: { readonly 'token-env'?: string | undefined; readonly save?: string | undefined }, inputs: readonly string[]): RemoteSource {
  const tokenEnv = values['token-env'];
  if (tokenEnv !== undefined && !VARIABLE_NAME.test(tokenEnv)) {
    throw new UsageError(command, `--token-env takes the name of an environment variable (like MIRO_TOKEN), got '${tokenEnv}'`);
  }
  const save = values.save;
  if (save !== undefined) {
    if (save === '' || save === '-') throw new UsageError(command, '--save needs a file name');
    const links = inputs.filter((input) => isLinkArgument(input)).length;
    if (links === 0) throw new UsageError(command, '--save keeps what a board link returns; the inputs here are files already');
    if (links > 1) throw new UsageError(command, `--save keeps one board; ${links} links were given (run once per board)`);
  }
  return { ...(tokenEnv === undefined ? {} : { tokenEnv }), ...(save === undefined ? {} : { save }) };
}

/** True when an input is meant as a link (even a broken one, which loading then reports). */
function isLinkArgument(input: string): boolean {
  try {
    return parseBoardLink(input) !== undefined;
  } catch {
    return true;
  }
}
