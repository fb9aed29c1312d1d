/**
 * Miro generation figures on the fake board (miro-app/fake): SDK calls and credits per map, and
 * how much faster the adapter's paced, concurrent writing is than one await per call when every
 * call takes 80 ms.
 */
import { performance } from 'node:perf_hooks';
import type { CjmMap } from '../core/index.ts';
import { CREDITS_PER_CALL, generateMap, MAX_CALLS_IN_FLIGHT, MIRO_CREDIT_WINDOWS } from '../miro-app/adapter/index.ts';
import { FakeMiro, MIRO_CREDIT_LIMITS } from '../miro-app/fake/index.ts';

/** Calls and credits of one map. */
export interface MiroCost {
  readonly items: number;
  readonly calls: number;
  readonly callsPerItem: number;
  readonly credits: number;
  /** Most credits spent in any minute; Miro's limit is 100,000. */
  readonly peakCreditsPerMinute: number;
  readonly rateLimitErrors: number;
}

/** Calls and credits of generating `map` on a fresh fake board (no latency: counts only). */
export async function miroCost(map: CjmMap): Promise<MiroCost> {
  const fake = new FakeMiro();
  const { itemIds } = await generateMap(fake.board, map);
  const calls = fake.calls.length;
  return {
    items: itemIds.length,
    calls,
    callsPerItem: calls / itemIds.length,
    credits: fake.credits.total,
    peakCreditsPerMinute: fake.credits.peakPerMinute,
    rateLimitErrors: fake.rateLimitErrors,
  };
}

/** The adapter's way against one await per call, at a fixed latency per call. */
export interface MiroSpeedup {
  readonly latencyMs: number;
  readonly calls: number;
  readonly oursMs: number;
  readonly sequentialMs: number;
  /** True when `sequentialMs` is extrapolated from a sequential sample of `sampleCalls` calls. */
  readonly extrapolated: boolean;
  readonly sampleCalls: number;
  readonly speedup: number;
  /**
   * Latency rounds our run took on the fake (`FakeMiro.rounds`: the longest chain of calls each
   * sent after the one before it answered) — the same in every run, unlike the times; `oursMs` is
   * about `rounds × latencyMs` plus the machine's noise.
   */
  readonly rounds: number;
  /** Rounds of the one-await-per-call run (its calls, when not extrapolated). */
  readonly sequentialRounds: number;
  /**
   * The fastest the map could be written ({@link idealWriteMs}): the adapter's calls in flight,
   * the two or three rounds the order of calls needs, within the credit budget.
   */
  readonly idealMs: number;
  /** `idealMs / oursMs`: 1 means as fast as the concurrency and the credit limit allow. */
  readonly ofIdeal: number;
}

const BUCKET_SHARE = 0.9;

/**
 * The least time `calls` calls can take: `concurrency` in flight at `latencyMs` each, at least
 * `dependencyRounds` rounds (an add needs its item, a connector its dots), and within the credit
 * budget the adapter allows itself (90 % of 100,000 a minute, a sliding window): what passes the
 * first window's budget waits until the first calls leave the window, a minute later.
 */
export function idealWriteMs(calls: number, latencyMs: number, concurrency: number = MAX_CALLS_IN_FLIGHT, dependencyRounds = 1): number {
  const minute = MIRO_CREDIT_WINDOWS[0] ?? { ms: 60_000, limit: MIRO_CREDIT_LIMITS.perMinute };
  const callsPerWindow = Math.floor((minute.limit * BUCKET_SHARE) / CREDITS_PER_CALL);
  const waits = Math.max(0, Math.ceil(calls / callsPerWindow) - 1);
  const last = calls - waits * callsPerWindow;
  const floor = dependencyRounds * latencyMs;
  return Math.max(floor, Math.ceil(calls / concurrency) * latencyMs, waits * minute.ms + Math.ceil(last / concurrency) * latencyMs);
}

/** Wall time of `run` on a fake with `latencyMs` per call, and the calls it made. */
async function timed(latencyMs: number, run: (fake: FakeMiro) => Promise<unknown>): Promise<{ ms: number; calls: number; rounds: number; connectors: number }> {
  const fake = new FakeMiro({ latencyMs });
  const t0 = performance.now();
  await run(fake);
  const ms = performance.now() - t0;
  if (fake.rateLimitErrors > 0) throw new Error(`bench: the fake refused ${fake.rateLimitErrors} calls over the credit limit`);
  return { ms, calls: fake.calls.length, rounds: fake.rounds, connectors: fake.callCounts()['createConnector'] ?? 0 };
}

/**
 * One await per call, the way a straightforward plugin writes: the adapter with one call in
 * flight. With `sampleCalls`, it stops (aborts) after that many calls and the time per call is
 * extrapolated to the whole map; the rollback of the aborted run is not timed.
 */
async function sequential(map: CjmMap, latencyMs: number, sampleCalls?: number): Promise<{ ms: number; calls: number; rounds: number }> {
  const fake = new FakeMiro({ latencyMs });
  const controller = new AbortController();
  let stoppedAt: number | undefined;
  let calls = 0;
  const t0 = performance.now();
  await generateMap(fake.board, map, {
    concurrency: 1,
    signal: controller.signal,
    onProgress: () => {
      if (sampleCalls !== undefined && stoppedAt === undefined && fake.calls.length >= sampleCalls) {
        stoppedAt = performance.now() - t0;
        calls = fake.calls.length;
        controller.abort();
      }
    },
  }).catch((error: unknown) => {
    if (stoppedAt === undefined) throw error;
  });
  if (stoppedAt !== undefined) return { ms: stoppedAt, calls, rounds: calls };
  return { ms: performance.now() - t0, calls: fake.calls.length, rounds: fake.rounds };
}

/**
 * Times the adapter and the sequential way on `map`, in this run. `sampleCalls` makes the
 * sequential figure an extrapolation from that many calls (a large map at 80 ms a call would take
 * minutes one by one).
 */
export async function miroSpeedup(map: CjmMap, latencyMs: number, sampleCalls?: number): Promise<MiroSpeedup> {
  const ours = await timed(latencyMs, (fake) => generateMap(fake.board, map));
  const seq = await sequential(map, latencyMs, sampleCalls);
  const extrapolated = sampleCalls !== undefined && seq.calls < ours.calls;
  const sequentialMs = extrapolated ? (seq.ms / seq.calls) * ours.calls : seq.ms;
  // Creates, then adds (and connectors, whose dots must exist), then the record if there is a curve.
  const idealMs = idealWriteMs(ours.calls, latencyMs, MAX_CALLS_IN_FLIGHT, ours.connectors > 0 ? 3 : 2);
  return {
    latencyMs,
    calls: ours.calls,
    oursMs: ours.ms,
    sequentialMs,
    extrapolated,
    sampleCalls: extrapolated ? seq.calls : ours.calls,
    speedup: sequentialMs / ours.ms,
    rounds: ours.rounds,
    sequentialRounds: extrapolated ? Math.round((seq.rounds / seq.calls) * ours.calls) : seq.rounds,
    idealMs,
    ofIdeal: idealMs / ours.ms,
  };
}
