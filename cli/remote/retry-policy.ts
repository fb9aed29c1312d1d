/**
 * When and how long the REST clients wait before trying a request again. Both APIs answer 429
 * when a token spends its budget and say how long to wait in `Retry-After` (seconds); Miro also
 * sends `X-RateLimit-Reset` (docs/remote-apis.md, "Miro" and "Figma", rate limits). Server errors and broken
 * connections are retried with exponential backoff. Everything is bounded: a nightly CI job must
 * end, with a clear line, rather than hang.
 */
export const RETRY_POLICY = {
  /** Tries of one request, the first included. */
  maxAttempts: 4,
  /** Retries of all requests of one board together (a long Miro listing may meet several 429s). */
  maxRetriesPerBoard: 12,
  /** Longest single wait. A server asking for more (Figma's monthly limits ask for hours) is not waited for. */
  maxWaitMs: 60_000,
  /** Longest total waiting for one board. */
  budgetMs: 180_000,
  /** First backoff wait, doubled on each retry. */
  baseBackoffMs: 1000,
  /** Longest backoff wait. */
  maxBackoffMs: 16_000,
} as const;

/** The bounds of {@link RETRY_POLICY}, replaceable in tests. */
export type RetryLimits = { readonly [K in keyof typeof RETRY_POLICY]: number };

/** True for answers worth trying again: rate limits and server errors (the request itself was fine). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/**
 * How long the server asks to wait, in milliseconds, or undefined when it does not say.
 * `Retry-After` is seconds or an HTTP date (RFC 9110 §10.2.3). Without it, a Miro 429's
 * `X-RateLimit-Reset` is read: Miro documents it as the UNIX time the credits refill; a small
 * number is taken as seconds to wait, in case a version sends that instead.
 */
export function serverWaitMs(headers: Headers, nowMs: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(?:\.\d+)?$/u.test(retryAfter)) return Math.round(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - nowMs);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset && /^\d+$/u.test(reset)) {
    const value = Number(reset);
    // Epoch seconds are above 10⁹ since 2001; anything smaller is a count of seconds.
    return value > 1e9 ? Math.max(0, value * 1000 - nowMs) : value * 1000;
  }
  return undefined;
}

/**
 * The backoff wait before retry number `retry` (1-based): doubling from the base, capped, with
 * "equal jitter" (half fixed, half random) so many CI jobs hitting one limit spread out.
 */
export function backoffMs(retry: number, random: () => number, limits: RetryLimits = RETRY_POLICY): number {
  const ceiling = Math.min(limits.maxBackoffMs, limits.baseBackoffMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
