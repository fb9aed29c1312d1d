import { InputError } from '../../core/index.ts';
import type { RemotePlatform } from './remote-platforms.ts';

/** Characters an HTTP header value (and so a token) can hold: visible ASCII. */
const TOKEN_CHARACTERS = /^[\x21-\x7e]+$/u;

/**
 * Reads the API token from the environment: `MIRO_TOKEN` / `FIGMA_TOKEN`, or the variable
 * `--token-env` names. Surrounding whitespace (a token read from a file keeps its line break)
 * and a pasted `Bearer ` prefix are dropped.
 *
 * Messages name the variable, never its value.
 *
 * @param where The board link, for messages.
 * @throws InputError when the variable is unset or empty, or holds what no token can be.
 */
export function readApiToken(platform: RemotePlatform, env: Readonly<Record<string, string | undefined>>, where: string, tokenEnv?: string): string {
  const variable = tokenEnv ?? platform.tokenEnv;
  const token = (env[variable] ?? '').trim().replace(/^Bearer\s+/iu, '');
  if (token === '') {
    const other = tokenEnv === undefined ? ', or name another variable with --token-env NAME' : '';
    throw new InputError(`reading this ${platform.thing} needs a token: set ${variable} to ${platform.tokenHelp}${other}`, where);
  }
  if (!TOKEN_CHARACTERS.test(token)) {
    throw new InputError(`${variable} holds spaces or characters no ${platform.id === 'miro' ? 'Miro' : 'Figma'} token has; copy the token again`, where);
  }
  return token;
}
