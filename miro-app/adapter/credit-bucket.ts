import { abortReason } from './clock.ts';
import type { Clock } from './clock.ts';

/**
 * Paces calls so the app stays inside Miro's two credit windows at once: 100,000 credits a
 * minute and 1,000,000 an hour, 50 a call (docs/miro-web-sdk.md, "Rate limits"). Miro does not
 * say whether its windows are fixed or sliding; spending at most `limit` in **every** span of the
 * window's length keeps under either. A margin (default 10%) absorbs calls that reach Miro later
 * than they left, and the panel's own reads.
 */
export interface CreditWindow {
  /** Length in milliseconds. */
  readonly ms: number;
  /** Credits allowed in any span of that length. */
  readonly limit: number;
}

/** Miro's Web SDK windows. */
export const MIRO_CREDIT_WINDOWS: readonly CreditWindow[] = [
  { ms: 60_000, limit: 100_000 },
  { ms: 3_600_000, limit: 1_000_000 },
];

/** Credits of most Web SDK calls (Level 1). */
export const CREDITS_PER_CALL = 50;

/** Options of {@link CreditBucket}. */
export interface CreditBucketOptions {
  readonly windows?: readonly CreditWindow[];
  /** Share of each limit the bucket may use, 0–1. Default 0.9. */
  readonly share?: number;
}

/** A sliding-window credit budget; `take` waits until the credits fit every window. */
export class CreditBucket {
  private readonly windows: readonly { readonly ms: number; readonly limit: number; start: number; sum: number }[];
  private readonly times: number[] = [];
  private readonly amounts: number[] = [];
  /** Serialises `take`, so that waiting callers are served in order. */
  private queue: Promise<void> = Promise.resolve();
  /** No call before this time (set after Miro said the limit was reached). */
  private blockedUntil = 0;

  constructor(private readonly clock: Clock, options: CreditBucketOptions = {}) {
    const share = Math.min(1, Math.max(0.01, options.share ?? 0.9));
    this.windows = (options.windows ?? MIRO_CREDIT_WINDOWS).map((w) => ({ ms: w.ms, limit: Math.floor(w.limit * share), start: 0, sum: 0 }));
  }

  /** Waits until `credits` can be spent without passing any window, then spends them. */
  take(credits: number, signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitAndSpend(credits, signal));
    // The next caller waits for this one to spend, not for it to succeed.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Holds every call back until `until` (Miro answered that the limit was reached). */
  block(until: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, until);
  }

  /** Credits spent in the window of length `ms` ending now. */
  spentWithin(ms: number): number {
    const now = this.clock.now();
    let sum = 0;
    for (let i = this.times.length - 1; i >= 0 && (this.times[i] ?? 0) > now - ms; i--) sum += this.amounts[i] ?? 0;
    return sum;
  }

  private async waitAndSpend(credits: number, signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      const now = this.clock.now();
      const wait = Math.max(this.blockedUntil - now, this.waitFor(credits, now));
      if (wait <= 0) break;
      await this.clock.sleep(wait, signal);
    }
    const now = this.clock.now();
    this.times.push(now);
    this.amounts.push(credits);
    for (const w of this.windows) w.sum += credits;
  }

  /** How long until `credits` fit every window (0: now). */
  private waitFor(credits: number, now: number): number {
    let wait = 0;
    for (const w of this.windows) {
      // Forget what left the window.
      while (w.start < this.times.length && (this.times[w.start] ?? 0) <= now - w.ms) {
        w.sum -= this.amounts[w.start] ?? 0;
        w.start++;
      }
      if (w.sum + credits <= w.limit) continue;
      // Walk forward until enough has left the window.
      let freed = 0;
      let i = w.start;
      while (i < this.times.length && w.sum - freed + credits > w.limit) {
        freed += this.amounts[i] ?? 0;
        i++;
      }
      const leaves = (this.times[i - 1] ?? now) + w.ms - now + 1;
      wait = Math.max(wait, leaves);
    }
    return wait;
  }
}
