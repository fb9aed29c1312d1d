import { CREDITS_PER_CALL, CreditBucket } from './credit-bucket.ts';
import type { CreditBucketOptions } from './credit-bucket.ts';
import { SYSTEM_CLOCK } from './clock.ts';
import type { Clock } from './clock.ts';

/**
 * Calls in flight at once, by default. Miro documents no limit on calls in flight, only credits
 * (docs/miro-web-sdk.md, "Rate limits"): the credit bucket is what paces a run. This bound only
 * keeps a cancel quick (what is in flight must settle before the rollback) and the panel from
 * queueing thousands of messages at once; it is above the two rounds of any template map, so a
 * map is written in two or three latency rounds (test/miro-app/rounds.test.ts). A rollback removes
 * at the same pace, so a cancel takes about as long as the creates it undoes.
 */
export const MAX_CALLS_IN_FLIGHT = 128;

/**
 * Every SDK call the adapter makes goes through a pacer: it waits for credits (the bucket), and
 * when Miro still answers that the rate limit is reached — other apps or tabs of the same user
 * spend from the same budget — it waits and tries again with exponential backoff. Any other error
 * is the caller's to handle.
 */
export interface CallPacer {
  /** Runs one SDK call (`credits` it costs, default 50). */
  run<T>(call: () => Promise<T>, options?: { readonly signal?: AbortSignal; readonly credits?: number }): Promise<T>;
  readonly bucket: CreditBucket;
  readonly clock: Clock;
}

/** Options of {@link createCallPacer}. */
export interface CallPacerOptions extends CreditBucketOptions {
  readonly clock?: Clock;
  /** Tries after the first for a rate-limited call. Default 8 (two minutes of waiting in all: past a minute's window). */
  readonly retries?: number;
  /** First backoff in milliseconds, doubled each try, capped at 30 s. Default 1000. */
  readonly backoffMs?: number;
}

/**
 * True for the error Miro gives past its credit limit. Its text is not documented
 * (docs/miro-web-sdk.md, "Rate limits"), so this looks for an HTTP 429 status or the usual words.
 */
export function isRateLimitError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return typeof error === 'string' && RATE_LIMIT_WORDS.test(error);
  const record = error as { status?: unknown; code?: unknown; message?: unknown; name?: unknown };
  if (record.status === 429 || record.code === 429 || record.code === 'tooManyRequests') return true;
  return [record.message, record.name, record.code].some((text) => typeof text === 'string' && RATE_LIMIT_WORDS.test(text));
}

const RATE_LIMIT_WORDS = /rate[\s_-]?limit|too many requests|\b429\b|credits?\b.*\b(exceed|limit|used)/i;

/** A pacer over a fresh bucket. */
export function createCallPacer(options: CallPacerOptions = {}): CallPacer {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const bucket = new CreditBucket(clock, options);
  const retries = Math.max(0, options.retries ?? 8);
  const backoffMs = Math.max(1, options.backoffMs ?? 1000);
  return {
    bucket,
    clock,
    async run<T>(call: () => Promise<T>, runOptions: { readonly signal?: AbortSignal; readonly credits?: number } = {}): Promise<T> {
      const credits = runOptions.credits ?? CREDITS_PER_CALL;
      for (let attempt = 0; ; attempt++) {
        await bucket.take(credits, runOptions.signal);
        try {
          return await call();
        } catch (error) {
          if (!isRateLimitError(error) || attempt >= retries) throw error;
          const wait = Math.min(30_000, backoffMs * 2 ** attempt);
          // Everyone waits, not only this call: the budget is shared.
          bucket.block(clock.now() + wait);
        }
      }
    },
  };
}

/** One pacer per board object, so every call of the app on that board shares one budget. */
const pacers = new WeakMap<object, CallPacer>();

/** The pacer of `board` (made on first use with `options`). */
export function pacerFor(board: object, options?: CallPacerOptions): CallPacer {
  let pacer = pacers.get(board);
  if (!pacer) {
    pacer = createCallPacer(options);
    pacers.set(board, pacer);
  }
  return pacer;
}
