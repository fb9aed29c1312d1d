/**
 * The outside world of the REST clients, injected (docs/architecture.md, *Side effects injected*) so tests
 * run them against a local emulation on a virtual clock: retries that would wait minutes take
 * no time, and what was waited is recorded.
 */
export interface RemoteDeps {
  /** Node's own `fetch` (undici). */
  readonly fetch: typeof fetch;
  /** Waits `ms` milliseconds (between retries). */
  readonly sleep: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch: `Retry-After` dates and the retry budget are measured on it. */
  readonly now: () => number;
  /** A number in [0, 1): the jitter of backoff waits. */
  readonly random: () => number;
  /** How long one request may take, body included, before it is given up (and maybe retried). */
  readonly timeoutMs: number;
}

/** Per-request time limit: a FigJam board of many thousand items downloads in well under this. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * The real dependencies, with any the caller overrides. `CJM_HTTP_TIMEOUT` (seconds) changes the
 * per-request time limit for slow networks or very large files.
 */
export function resolveRemoteDeps(overrides: Partial<RemoteDeps> | undefined, env: Readonly<Record<string, string | undefined>>): RemoteDeps {
  const seconds = Number(env.CJM_HTTP_TIMEOUT);
  const timeoutMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
  return {
    fetch: (input, init) => fetch(input, init),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    random: () => Math.random(),
    timeoutMs,
    ...overrides,
  };
}
