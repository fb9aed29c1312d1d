import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMapFromTemplate } from '../../core/index.ts';
import { generateMap, isRateLimitError } from '../../miro-app/adapter/index.ts';
import { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';

/**
 * No half maps (issue #8): a failure at any call, or a cancel at any point, leaves the board
 * exactly as it was — a person's items included — and says what happened.
 */

afterEach(() => {
  vi.useRealTimers();
});

const listing = JSON.parse(readFileSync(new URL('../../examples/miro-board-ru.json', import.meta.url), 'utf8')) as unknown;
const map = createMapFromTemplate('clinic', 'en', { examples: true });

/** A board with a hand-made map on it, and how many calls generating `map` takes there. */
function handMadeBoard(options: ConstructorParameters<typeof FakeMiro>[0] = {}): FakeMiro {
  const fake = new FakeMiro(options);
  loadMiroRest(fake, listing);
  return fake;
}

async function callsToGenerate(): Promise<number> {
  const fake = handMadeBoard();
  await generateMap(fake.board, map, { origin: { x: 30_000, y: 0 } });
  return fake.calls.length;
}

/** Runs of the property tests; raise to hunt (`CJM_FC_RUNS=500`). */
const RUNS = Number(process.env.CJM_FC_RUNS ?? 25);

describe('a failure at any call leaves the board exactly as before', () => {
  it('for a failure injected at a random call (property)', async () => {
    const total = await callsToGenerate();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: total }), async (n) => {
        const fake = handMadeBoard();
        const before = fake.dump();
        fake.failCall(n, new Error('Injected: network down'));
        const failure = await generateMap(fake.board, map, { origin: { x: 30_000, y: 0 } }).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(Error);
        expect((failure as Error).message).toMatch(/could not be put on the board.*network down.*removed/s);
        expect(fake.dump()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('at every call of a small map', async () => {
    const small = createMapFromTemplate('race-basic', 'ru');
    const probe = new FakeMiro();
    await generateMap(probe.board, small);
    for (let n = 1; n <= probe.calls.length; n++) {
      const fake = handMadeBoard();
      const before = fake.dump();
      fake.failCall(n);
      // The map is Russian, so is the message.
      await expect(generateMap(fake.board, small, { origin: { x: 30_000, y: 0 } })).rejects.toThrow(/Карту не удалось разместить.*удалено/s);
      expect(fake.dump(), `call ${n}`).toEqual(before);
    }
  });

  it("keeps a person's sticky that was dropped into the new frame meanwhile", async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    const origin = { x: 30_000, y: 0 };
    let personal: string | undefined;
    await expect(
      generateMap(fake.board, map, {
        origin,
        onProgress: (done) => {
          if (done === 3) {
            personal = fake.person.addSticky('mine', { x: origin.x + 50, y: origin.y + 50 });
            fake.failCall(1);
          }
        },
      }),
    ).rejects.toThrow();
    expect(personal).toBeDefined();
    const kept = personal === undefined ? undefined : fake.state.items.get(personal);
    expect(kept?.parentId).toBeNull();
    if (personal !== undefined) fake.state.items.delete(personal);
    expect(fake.dump()).toEqual(before);
  });
});

describe('a cancel leaves the board exactly as before', () => {
  it('at a random point of the run (property)', async () => {
    const probe = handMadeBoard();
    let total = 0;
    await generateMap(probe.board, map, { origin: { x: 30_000, y: 0 }, onProgress: (_done, all) => (total = all) });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: total }), async (at) => {
        const fake = handMadeBoard();
        const before = fake.dump();
        const controller = new AbortController();
        const failure = await generateMap(fake.board, map, {
          origin: { x: 30_000, y: 0 },
          signal: controller.signal,
          onProgress: (done) => {
            if (done >= at) controller.abort();
          },
        }).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect((failure as Error | undefined)?.name).toBe('AbortError');
        expect(fake.dump()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('while waiting for credits, with latency', async () => {
    vi.useFakeTimers();
    // A budget so small that the run must wait for credits: the cancel lands during the wait.
    const fake = handMadeBoard({ latencyMs: 30 });
    const before = fake.dump();
    const controller = new AbortController();
    const run = generateMap(fake.board, map, {
      origin: { x: 30_000, y: 0 },
      signal: controller.signal,
      pacing: { windows: [{ ms: 60_000, limit: 1000 }] },
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fake.calls.length).toBeGreaterThan(0);
    controller.abort();
    await vi.runAllTimersAsync();
    expect(((await run) as Error | undefined)?.name).toBe('AbortError');
    expect(fake.dump()).toEqual(before);
  });
});

describe('rate-limit errors', () => {
  it('are retried with backoff until the credits come back, and the map is complete', async () => {
    vi.useFakeTimers();
    // Miro's real budget is smaller than the adapter thinks (another app of the user spends too).
    // No status, only words: matched by its text.
    const fake = new FakeMiro({ limits: { perMinute: 2_000, perHour: 1_000_000 }, rateLimitError: () => new Error('Too Many Requests') });
    const run = generateMap(fake.board, map);
    await vi.runAllTimersAsync();
    const { itemIds } = await run;
    expect(fake.rateLimitErrors).toBeGreaterThan(0);
    expect(itemIds.length).toBe(fake.state.items.size);
  });

  it('are told from other errors by status or words, defensively', () => {
    expect(isRateLimitError(Object.assign(new Error('nope'), { status: 429 }))).toBe(true);
    expect(isRateLimitError(new Error('Rate limit exceeded'))).toBe(true);
    expect(isRateLimitError(new Error('You have exceeded the rate-limit'))).toBe(true);
    expect(isRateLimitError(new Error('Too many requests, slow down'))).toBe(true);
    expect(isRateLimitError('429 Too Many Requests')).toBe(true);
    expect(isRateLimitError(new Error('Item 12 does not exist'))).toBe(false);
    expect(isRateLimitError(new Error('Invalid fillColor'))).toBe(false);
    expect(isRateLimitError(undefined)).toBe(false);
  });

  it('with a text that matches nothing is a failure: the run is rolled back', async () => {
    vi.useFakeTimers();
    const fake = handMadeBoard({ limits: { perMinute: 2_000, perHour: 1_000_000 }, rateLimitError: () => new Error('Quota of the app reached') });
    const before = fake.dump();
    const run = generateMap(fake.board, map, { origin: { x: 30_000, y: 0 } }).then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.runAllTimersAsync();
    expect(((await run) as Error).message).toMatch(/Quota of the app reached/);
    // The rollback itself ran into the limit too: it waited, and still removed everything.
    expect(fake.dump()).toEqual(before);
  });
});
