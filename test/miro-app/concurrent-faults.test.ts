import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMapFromTemplate } from '../../core/index.ts';
import { generateMap, removeAbandonedRun, storageJournal } from '../../miro-app/adapter/index.ts';
import { FakeMiro, FakeRateLimitError, loadMiroRest } from '../../miro-app/fake/index.ts';
import type { FakeCall } from '../../miro-app/fake/index.ts';

/**
 * Faults in the concurrent steps of a generation (issue #10): the creates all go out at once,
 * the frame's among them, the adds follow, and the markers record goes out with the last adds.
 * A failure or a cancel in any of them — with many calls in flight, 30 ms each — leaves the
 * board exactly as it was: a person's items, the app storage and all.
 */

afterEach(() => {
  vi.useRealTimers();
});

const listing = JSON.parse(readFileSync(new URL('../../examples/miro-board-ru.json', import.meta.url), 'utf8')) as unknown;
const origin = { x: 30_000, y: 0 };
const small = createMapFromTemplate('race-basic', 'en', { examples: true });
const curved = createMapFromTemplate('b2b-saas', 'en', { examples: true });

function handMadeBoard(): FakeMiro {
  const fake = new FakeMiro({ latencyMs: 30 });
  loadMiroRest(fake, listing);
  return fake;
}

/** Runs a generation under fake timers to its end; resolves to its error (undefined when it succeeded). */
async function failedRun(fake: FakeMiro, map: typeof small, options: Parameters<typeof generateMap>[2] = {}): Promise<Error | undefined> {
  vi.useFakeTimers();
  const run = generateMap(fake.board, map, { origin, ...options }).then(
    () => undefined,
    (error: unknown) => error as Error,
  );
  await vi.runAllTimersAsync();
  return run;
}

/** Fails the first call `pick` accepts, once. */
function failFirst(fake: FakeMiro, pick: (call: FakeCall) => boolean, error = new Error('Injected: network down')): { readonly hit: () => FakeCall | undefined } {
  let hit: FakeCall | undefined;
  fake.failWhen((call) => {
    if (hit || !pick(call)) return undefined;
    hit = call;
    return error;
  });
  return { hit: () => hit };
}

describe('a failure in a concurrent step leaves the board as before', () => {
  it('the frame create fails while every item create is in flight: nothing is left', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    const failed = failFirst(fake, (call) => call.method === 'createFrame');
    const error = await failedRun(fake, small);
    expect(failed.hit()?.index).toBe(1);
    expect(error?.message).toMatch(/could not be put on the board.*network down/s);
    // The items' creates went out with the frame's, and were all taken back.
    expect(fake.callCounts()['createShape']).toBeGreaterThan(10);
    expect(fake.maxInFlight).toBeGreaterThan(10);
    expect(fake.dump()).toEqual(before);
  });

  it('the last frame.add fails after the record was sent: the record is removed with the items', async () => {
    const probe = handMadeBoard();
    await failedRun(probe, small);
    const adds = probe.callCounts()['frame.add'] ?? 0;
    const fake = handMadeBoard();
    const before = fake.dump();
    let seen = 0;
    let recordSentBefore = false;
    failFirst(fake, (call) => {
      if (call.method === 'storage.set') recordSentBefore = true;
      return call.method === 'frame.add' && ++seen === adds;
    });
    const error = await failedRun(fake, small);
    expect(recordSentBefore).toBe(true);
    expect(error?.message).toMatch(/network down/);
    expect(fake.callCounts()['storage.remove']).toBe(1);
    expect(fake.dump()).toEqual(before);
  });

  it('the record write fails while the adds are in flight: everything is removed', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    failFirst(fake, (call) => call.method === 'storage.set', new Error('Storage is not available'));
    const error = await failedRun(fake, small);
    expect(error?.message).toMatch(/Storage is not available/);
    expect(fake.dump()).toEqual(before);
  });

  it('a connector create fails (its dots exist, the adds are in flight): everything is removed', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    failFirst(fake, (call) => call.method === 'createConnector');
    const error = await failedRun(fake, curved);
    expect(error?.message).toMatch(/network down/);
    expect(fake.callCounts()['storage.set'] ?? 0).toBe(0);
    expect(fake.dump()).toEqual(before);
  });

  it('removing the record hits the rate limit for a while: it waits, and the record still goes', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    let seen = 0;
    failFirst(fake, (call) => call.method === 'frame.add' && ++seen === 3);
    let refused = 0;
    fake.failWhen((call) => (call.method === 'storage.remove' && refused++ < 4 ? new FakeRateLimitError('Rate limit exceeded') : undefined));
    const error = await failedRun(fake, small);
    expect(error?.name).not.toBe('PlanRollbackError');
    expect(refused).toBeGreaterThanOrEqual(4);
    expect(fake.dump()).toEqual(before);
  });

  it('a record that will not go: the board is clean, the journal keeps it, and the next run removes it', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    const data = new Map<string, string>();
    const storage = { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), removeItem: (key: string) => void data.delete(key) };
    let seen = 0;
    failFirst(fake, (call) => call.method === 'frame.add' && ++seen === 3);
    let refusing = true;
    fake.failWhen((call) => (refusing && call.method === 'storage.remove' ? new Error('Storage is read-only today') : undefined));
    const error = await failedRun(fake, small, { journal: storageJournal(storage, 'run', { owner: 'page-1', now: () => 0 }) });
    expect(error?.name).not.toBe('PlanRollbackError');
    expect(error?.message).toMatch(/network down/);
    const items = (fake.dump() as { items: unknown }).items;
    expect(items).toEqual((before as { items: unknown }).items);
    expect(fake.state.storage.get('cjm-kit')?.size).toBe(1);
    expect(data.size).toBe(1);
    refusing = false;
    const cleanup = removeAbandonedRun(fake.board, storageJournal(storage, 'run', { owner: 'page-2', now: () => 3_600_000 }));
    await vi.runAllTimersAsync();
    await cleanup;
    expect(fake.dump()).toEqual(before);
    expect(data.size).toBe(0);
  });

  it('a cancel while the record is in flight: the items and the record are removed', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    const controller = new AbortController();
    fake.failWhen((call) => {
      if (call.method === 'storage.set') controller.abort();
      return undefined;
    });
    const error = await failedRun(fake, small, { signal: controller.signal });
    expect(error?.name).toBe('AbortError');
    expect(fake.dump()).toEqual(before);
  });

  it('a failure or a cancel at any call, with real concurrency (property)', async () => {
    const probe = handMadeBoard();
    await failedRun(probe, curved);
    const total = probe.calls.length;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: total }), fc.boolean(), async (n, cancel) => {
        const fake = handMadeBoard();
        const before = fake.dump();
        const controller = new AbortController();
        fake.failWhen((call) => {
          if (call.index !== n) return undefined;
          if (!cancel) return new Error('Injected: network down');
          controller.abort();
          return undefined;
        });
        const error = await failedRun(fake, curved, { signal: controller.signal });
        expect(error).toBeInstanceOf(Error);
        expect(error?.name).toBe(cancel ? 'AbortError' : 'Error');
        expect(fake.dump()).toEqual(before);
      }),
      { numRuns: Number(process.env.CJM_FC_RUNS ?? 20), seed: Number(process.env.FC_SEED ?? 20_261_201) },
    );
  });
});

describe('an add that fails for an item already in its frame', () => {
  it('is no failure: the map is complete, with one more call to look', async () => {
    const fake = new FakeMiro({ latencyMs: 30 });
    let seen = 0;
    fake.failWhen((call) => {
      if (call.method !== 'frame.add' || ++seen !== 2) return undefined;
      // As if Miro had put the items lying in the new frame into it by itself, then refused the add.
      const records = [...fake.state.items.values()];
      const frame = records.find((record) => record.type === 'frame');
      for (const record of records) if (frame && record.type !== 'frame' && record.parentId === null) fake.state.reparent(record, frame);
      return new Error('Item is already a child of this frame');
    });
    const error = await failedRun(fake, small);
    expect(error).toBeUndefined();
    const app = [...fake.state.items.values()];
    expect(app.filter((record) => record.type !== 'frame').every((record) => record.parentId !== null)).toBe(true);
    expect(fake.callCounts()['get']).toBe(1);
  });

  it('for an item not in the frame is a failure: rolled back', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    failFirst(fake, (call) => call.method === 'frame.add', new Error('Item is already a child of this frame'));
    const error = await failedRun(fake, small);
    expect(error?.message).toMatch(/already a child/);
    expect(fake.dump()).toEqual(before);
  });
});
