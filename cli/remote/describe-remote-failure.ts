import { InputError } from '../../core/index.ts';
import type { RemoteFailureDetails } from './remote-failure.ts';
import type { RemotePlatform } from './remote-platforms.ts';
import { RETRY_POLICY } from './retry-policy.ts';

/** Longest piece of an API's own error text quoted in a message. */
const MAX_API_MESSAGE = 160;

/** What a failed request was about, for the message. */
export interface FailureContext {
  readonly platform: RemotePlatform;
  /** The board link as given: where the message says the problem is. */
  readonly where: string;
  /** The variable the token came from. */
  readonly tokenEnv: string;
  /** The per-request time limit, for timeout messages. */
  readonly timeoutMs: number;
}

/**
 * Turns a request that gave up into the one-line {@link InputError} (exit 2) the user reads:
 * what happened, and what to do — which scope a refused token lacks, that a board may not be
 * shared with the token's user, that the network or the API is down. Never names the token.
 *
 * Figma answers 403 `Invalid token` for a token it does not know (its spec lists no 401 for
 * files), so a 403 saying so is treated as a refused token (docs/remote-apis.md, "Figma").
 */
export function describeRemoteFailure(failure: RemoteFailureDetails, context: FailureContext): InputError {
  const { platform } = context;
  const said = failure.apiMessage ? `: ${clip(failure.apiMessage)}` : '';
  const tries = failure.attempts === 1 ? '1 try' : `${failure.attempts} tries`;
  const fail = (message: string) => new InputError(message, context.where);
  switch (failure.kind) {
    case 'network':
      return fail(`cannot reach ${failure.host} (${failure.code ?? 'network error'}, ${tries}): check the network connection`);
    case 'timeout':
      return fail(`${platform.name} did not answer within ${formatDuration(context.timeoutMs)} (${tries}): try again later, or allow more time with CJM_HTTP_TIMEOUT=SECONDS`);
    case 'truncated':
      return fail(`the answer of ${platform.name} broke off before its end (${tries}): check the network connection and try again`);
    case 'not-json':
      return fail(`${platform.name} answered with something that is not JSON (status ${failure.status ?? '?'}): is a proxy or a login page in the way?`);
    case 'wait-too-long':
      return fail(
        `rate limited by ${platform.name}: it asks to wait ${formatDuration(failure.askedWaitMs ?? 0)}, longer than cjm waits (${formatDuration(RETRY_POLICY.maxWaitMs)}); try again later`,
      );
    case 'http':
      return fail(describeStatus(failure.status ?? 0, said, tries, failure, context));
  }
}

function describeStatus(status: number, said: string, tries: string, failure: RemoteFailureDetails, context: FailureContext): string {
  const { platform, tokenEnv } = context;
  const refused = `${tokenEnv} was refused by ${platform.name} (${status}${said}): it must be ${platform.tokenHelp}`;
  if (status === 401) return refused;
  if (status === 403) {
    if (/invalid token|token (?:is )?(?:expired|revoked)/iu.test(failure.apiMessage ?? '')) return refused;
    return `no access to this ${platform.thing} (403${said}): the token needs the ${platform.scopes} scope, and its user must be able to open the ${platform.thing}`;
  }
  if (status === 404) return `${platform.thing} not found (404${said}): check the link, and that the token's user can open the ${platform.thing}`;
  if (status === 429) return `rate limited by ${platform.name} (429, ${tries}): try again in a few minutes`;
  if (status >= 500) return `${platform.name} keeps failing (${status}${said}, ${tries}): try again later`;
  if (status >= 300 && status < 400) return `${platform.name} answered with a redirect (${status}), which cjm does not follow with a token: check ${platform.baseEnv}`;
  return `${platform.name} refused the request (${status}${said})`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_API_MESSAGE ? `${flat.slice(0, MAX_API_MESSAGE - 1)}…` : flat;
}

/** `45 s`, `3 min`, `2 h`: how long, for people. */
export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${Number((ms / 1000).toFixed(1))} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  return `${Math.round(minutes / 60)} h`;
}
