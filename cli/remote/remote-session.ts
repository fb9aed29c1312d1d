import type { Locale } from '../../core/index.ts';
import { resolveLocale } from '../args.ts';
import { toOneLine } from '../describe-error.ts';
import type { CliIo } from '../io.ts';
import { resolveApiBase } from './api-base.ts';
import { readApiToken } from './api-token.ts';
import { describeRemoteFailure } from './describe-remote-failure.ts';
import { createProgressLine } from './progress-line.ts';
import type { ProgressLine } from './progress-line.ts';
import { RemoteClient } from './remote-client.ts';
import type { JsonAnswer } from './remote-client.ts';
import { resolveRemoteDeps } from './remote-deps.ts';
import { isRemoteFailure } from './remote-failure.ts';
import type { RemotePlatform } from './remote-platforms.ts';
import { redactToken } from './redact-token.ts';

/** Everything one board's requests share: where the API is, the token, the retry budget, the progress line. */
export interface RemoteSession {
  /** The API address, without a trailing slash. */
  readonly base: string;
  /** The board link as given: where messages say a problem is. */
  readonly where: string;
  /** The language of the progress line and warnings (the environment's: the map's is not known yet). */
  readonly locale: Locale;
  readonly progress: ProgressLine;
  /** The token, for redaction only: never printed. */
  readonly token: string;
  /** Writes a `cjm: LINK: warning: …` line to stderr. */
  warn(message: string): void;
  /**
   * GETs JSON with the token, retrying as {@link RemoteClient} does.
   *
   * @throws InputError describing the failure in one line (exit 2).
   */
  getJson(url: string, onBytes?: (received: number) => void): Promise<JsonAnswer>;
}

/** Options of {@link openRemoteSession}. */
export interface RemoteSessionOptions {
  /** `--token-env NAME`: the variable holding the token instead of the platform's own. */
  readonly tokenEnv?: string;
}

/**
 * Prepares to read one board: checks the API address and the token before any request (a
 * missing token is one line, not a 401), and starts the retry budget and the progress line.
 *
 * @throws InputError for a missing or malformed token or a bad API address override.
 */
export function openRemoteSession(platform: RemotePlatform, where: string, io: CliIo, options: RemoteSessionOptions = {}): RemoteSession {
  const base = resolveApiBase(platform, io.env);
  const token = readApiToken(platform, io.env, where, options.tokenEnv);
  const deps = resolveRemoteDeps(io.remote, io.env);
  const redact = (text: string) => redactToken(text, token);
  const client = new RemoteClient({ deps, redact });
  const headers = platform.authHeaders(token);
  const context = { platform, where, tokenEnv: options.tokenEnv ?? platform.tokenEnv, timeoutMs: deps.timeoutMs };
  const progress = createProgressLine(io.stderr, deps.now);
  return {
    base,
    where,
    token,
    locale: resolveLocale('read', undefined, io.env),
    progress,
    warn(message) {
      progress.done();
      io.stderr.write(`${toOneLine(redact(`cjm: ${where}: warning: ${message}`))}\n`);
    },
    async getJson(url, onBytes) {
      try {
        return await client.getJson(url, headers, onBytes);
      } catch (error) {
        throw isRemoteFailure(error) ? describeRemoteFailure(error.details, context) : error;
      }
    },
  };
}
