import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createLiveAudit } from '../../../core/live/create-live-audit.ts';
import type { Scheduler } from '../../../core/live/scheduler.ts';

/** A scheduler on a hand-driven clock: `advance(ms)` runs what falls due, in time order. */
function createManualScheduler() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const scheduler: Scheduler = {
    set(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
  };
  return {
    scheduler,
    /** The clock's time: inside a callback, the time it fell due. */
    get now() {
      return now;
    },
    get pending() {
      return timers.size;
    },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
  };
}

/** Lets promise callbacks run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** A run whose calls resolve when the test says so. */
function controlledRuns() {
  const calls: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
    run: () =>
      new Promise<number>((resolve, reject) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const done = (): void => {
          inFlight -= 1;
        };
        calls.push({
          resolve: (v) => {
            done();
            resolve(v);
          },
          reject: (e) => {
            done();
            reject(e);
          },
        });
      }),
  };
}

describe('createLiveAudit', () => {
  test('a burst of pokes gives one run, delayMs after the last poke', async () => {
    const clock = createManualScheduler();
    const runs = controlledRuns();
    const results: number[] = [];
    const live = createLiveAudit({ run: runs.run, onResult: (r) => results.push(r), delayMs: 100, scheduler: clock.scheduler });
    live.poke();
    clock.advance(60);
    live.poke();
    clock.advance(60);
    live.poke();
    clock.advance(99);
    expect(runs.calls).toHaveLength(0);
    clock.advance(1);
    expect(runs.calls).toHaveLength(1);
    runs.calls[0]?.resolve(7);
    await settle();
    expect(results).toEqual([7]);
    expect(clock.pending).toBe(0);
  });

  test('at most one run in flight; pokes during a run schedule exactly one more', async () => {
    const clock = createManualScheduler();
    const runs = controlledRuns();
    const results: number[] = [];
    const live = createLiveAudit({ run: runs.run, onResult: (r) => results.push(r), delayMs: 50, scheduler: clock.scheduler });
    live.poke();
    clock.advance(50);
    expect(runs.calls).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      live.poke();
      clock.advance(100);
    }
    expect(runs.calls).toHaveLength(1); // still the first one: it has not finished
    runs.calls[0]?.resolve(1);
    await settle();
    expect(results).toEqual([1]);
    expect(runs.calls).toHaveLength(1); // the follow-up waits for the quiet time too
    clock.advance(50);
    expect(runs.calls).toHaveLength(2);
    runs.calls[1]?.resolve(2);
    await settle();
    clock.advance(1000);
    expect(runs.calls).toHaveLength(2); // no poke since: no third run
    expect(results).toEqual([1, 2]);
    expect(runs.maxInFlight).toBe(1);
  });

  test('no follow-up run when nothing changed during a run', async () => {
    const clock = createManualScheduler();
    const runs = controlledRuns();
    const live = createLiveAudit({ run: runs.run, onResult: () => undefined, delayMs: 10, scheduler: clock.scheduler });
    live.poke();
    clock.advance(10);
    runs.calls[0]?.resolve(0);
    await settle();
    clock.advance(1000);
    expect(runs.calls).toHaveLength(1);
  });

  test('a failed run goes to onError and the next poke runs again', async () => {
    const clock = createManualScheduler();
    const runs = controlledRuns();
    const errors: unknown[] = [];
    const results: number[] = [];
    const live = createLiveAudit({ run: runs.run, onResult: (r) => results.push(r), onError: (e) => errors.push(e), delayMs: 10, scheduler: clock.scheduler });
    live.poke();
    clock.advance(10);
    runs.calls[0]?.reject(new Error('board closed'));
    await settle();
    expect(errors).toEqual([new Error('board closed')]);
    live.poke();
    clock.advance(10);
    runs.calls[1]?.resolve(3);
    await settle();
    expect(results).toEqual([3]);
  });

  test('a run that throws before returning a promise is a failed run', async () => {
    const clock = createManualScheduler();
    const errors: unknown[] = [];
    const live = createLiveAudit<number>({
      run: () => {
        throw new Error('not a board');
      },
      onResult: () => undefined,
      onError: (e) => errors.push(e),
      delayMs: 0,
      scheduler: clock.scheduler,
    });
    live.poke();
    clock.advance(0);
    await settle();
    expect(errors).toEqual([new Error('not a board')]);
  });

  test('without onError a failure is re-raised from a scheduler callback, not lost', async () => {
    const clock = createManualScheduler();
    const runs = controlledRuns();
    const live = createLiveAudit({ run: runs.run, onResult: () => undefined, delayMs: 10, scheduler: clock.scheduler });
    live.poke();
    clock.advance(10);
    runs.calls[0]?.reject(new Error('read failed'));
    await settle();
    expect(clock.pending).toBe(1);
    expect(() => clock.advance(0)).toThrow('read failed');
  });

  test('dispose cancels a pending run and drops the result of one in flight', async () => {
    const clock = createManualScheduler();
    const runs = controlledRuns();
    const results: number[] = [];
    const errors: unknown[] = [];
    const live = createLiveAudit({ run: runs.run, onResult: (r) => results.push(r), onError: (e) => errors.push(e), delayMs: 10, scheduler: clock.scheduler });
    live.poke();
    clock.advance(10);
    live.poke(); // during the run
    live.dispose();
    runs.calls[0]?.resolve(1);
    await settle();
    clock.advance(1000);
    expect(results).toEqual([]);
    expect(runs.calls).toHaveLength(1);
    live.poke();
    clock.advance(1000);
    expect(runs.calls).toHaveLength(1);

    const second = createLiveAudit({ run: runs.run, onResult: (r) => results.push(r), delayMs: 10, scheduler: clock.scheduler });
    second.poke();
    second.dispose();
    expect(clock.pending).toBe(0);
    clock.advance(1000);
    expect(runs.calls).toHaveLength(1);
  });

  test('uses a default quiet time when none is given', () => {
    const clock = createManualScheduler();
    const runs = controlledRuns();
    const live = createLiveAudit({ run: runs.run, onResult: () => undefined, scheduler: clock.scheduler });
    live.poke();
    clock.advance(1);
    expect(runs.calls).toHaveLength(0);
    clock.advance(10_000);
    expect(runs.calls).toHaveLength(1);
  });

  test('on random event streams: one run at a time, quiet time respected, the last change always audited', async () => {
    const op = fc.oneof(
      fc.constant({ kind: 'poke' as const }),
      fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 120 }) }),
      fc.constant({ kind: 'finish' as const }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
        const clock = createManualScheduler();
        const runs = controlledRuns();
        let lastPoke = -Infinity;
        const starts: number[] = [];
        const live = createLiveAudit({
          run: () => {
            starts.push(clock.now);
            expect(clock.now - lastPoke).toBeGreaterThanOrEqual(50);
            return runs.run();
          },
          onResult: () => undefined,
          delayMs: 50,
          scheduler: clock.scheduler,
        });
        let finished = 0;
        const finishOne = async () => {
          runs.calls[finished]?.resolve(finished);
          if (finished < runs.calls.length) finished += 1;
          await settle();
        };
        for (const step of ops) {
          if (step.kind === 'poke') {
            live.poke();
            lastPoke = clock.now;
          } else if (step.kind === 'advance') {
            clock.advance(step.ms);
          } else await finishOne();
        }
        // Let everything settle: finish runs and let time pass until nothing is left to do.
        for (let i = 0; i < 50 && (finished < runs.calls.length || clock.pending > 0); i++) {
          await finishOne();
          clock.advance(1000);
        }
        expect(runs.maxInFlight).toBeLessThanOrEqual(1);
        if (lastPoke > -Infinity) expect(starts.at(-1) ?? -Infinity).toBeGreaterThanOrEqual(lastPoke);
        else expect(starts).toEqual([]);
      }),
      { numRuns: 150, seed: 20_261_201 },
    );
  });
});
