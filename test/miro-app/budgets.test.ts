import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMapFromTemplate, LOCALES, readBoard, TEMPLATES } from '../../core/index.ts';
import { generateMap, snapshotBoard } from '../../miro-app/adapter/index.ts';
import { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';

/**
 * Deterministic budgets (issue #8): at most two SDK calls per created item on average, markers
 * and frame membership included; reading a board in a fixed handful of calls whatever its size;
 * and a map never triggers Miro's rate limit.
 */

afterEach(() => {
  vi.useRealTimers();
});

/** The measured figures, printed once for the README. */
const figures: string[] = [];

describe('call and credit budgets of generateMap', () => {
  for (const template of TEMPLATES) {
    for (const locale of LOCALES) {
      it(`${template.id} (${locale}, with examples): ≤ 2 calls per created item, 50 credits a call`, async () => {
        const fake = new FakeMiro();
        const { itemIds } = await generateMap(fake.board, createMapFromTemplate(template.id, locale, { examples: true }));
        const calls = fake.calls.length;
        expect(calls / itemIds.length).toBeLessThanOrEqual(2);
        expect(fake.credits.total).toBe(calls * 50);
        const counts = fake.callCounts();
        // No per-item metadata; the markers are one storage write.
        expect(counts['item.setMetadata'] ?? 0).toBe(0);
        expect(counts['storage.set']).toBe(1);
        expect(fake.rateLimitErrors).toBe(0);
        if (locale === 'en') figures.push(`${template.id}: ${itemIds.length} items, ${calls} calls (${(calls / itemIds.length).toFixed(3)} per item), ${fake.credits.total} credits`);
      });
    }
  }

  it('a map without notes (no curve, no connectors) still stays within 2 calls per item', async () => {
    const fake = new FakeMiro();
    const { itemIds } = await generateMap(fake.board, createMapFromTemplate('race-basic', 'en'));
    expect(fake.callCounts()['createConnector'] ?? 0).toBe(0);
    expect(fake.calls.length / itemIds.length).toBeLessThanOrEqual(2);
    console.log(`[budget] ${figures.join('; ')}; race-basic without notes: ${itemIds.length} items, ${fake.calls.length} calls`);
  });
});

describe('call budget of snapshotBoard', () => {
  const listing = JSON.parse(readFileSync(new URL('../../examples/miro-board-ru.json', import.meta.url), 'utf8')) as unknown;

  it('reads any board in a fixed handful of calls, whatever its size', async () => {
    const counts: number[] = [];
    for (const copies of [1, 3]) {
      const fake = new FakeMiro();
      loadMiroRest(fake, listing);
      for (let i = 0; i < copies; i++) await generateMap(fake.board, createMapFromTemplate('ecommerce', 'ru', { examples: true }), { origin: { x: 20_000 * (i + 1), y: 0 } });
      // The first read looks each new frame up once and writes the index...
      await snapshotBoard(fake.board);
      const before = fake.calls.length;
      // ...every later read is board.get() and the index.
      const snapshot = await snapshotBoard(fake.board, { selection: true });
      counts.push(fake.calls.length - before);
      expect(snapshot.items.length).toBe(fake.state.items.size);
      expect(fake.callCounts()['item.getMetadata'] ?? 0).toBe(0);
    }
    expect(counts).toEqual([3, 3]); // get, getSelection, index
  });

  it('a hand-made board costs two calls even on the first read, however many frames it has', async () => {
    const fake = new FakeMiro();
    loadMiroRest(fake, listing);
    for (let i = 0; i < 30; i++) fake.person.add('frame', { x: 50_000 + i * 1000, y: 0, width: 500, height: 500 });
    await snapshotBoard(fake.board);
    expect(fake.callCounts()).toEqual({ get: 1, 'storage.get': 1 });
  });

  it('after generating, the first read looks each new map up once', async () => {
    const fake = new FakeMiro();
    loadMiroRest(fake, listing);
    for (let i = 0; i < 2; i++) await generateMap(fake.board, createMapFromTemplate('clinic', 'ru'), { origin: { x: 20_000 * (i + 1), y: 0 } });
    const before = fake.calls.length;
    await snapshotBoard(fake.board);
    // get, index read, a lookup per new map, index write.
    expect(fake.calls.length - before).toBe(5);
  });
});

describe('speed', () => {
  it('keeps many calls in flight: a map with 100 ms per call is on the board in about a second', async () => {
    vi.useFakeTimers();
    const fake = new FakeMiro({ latencyMs: 100 });
    const started = Date.now();
    const run = generateMap(fake.board, createMapFromTemplate('b2b-saas', 'ru', { examples: true }));
    await vi.runAllTimersAsync();
    await run;
    expect(fake.maxInFlight).toBeGreaterThan(8);
    // One call after another would take 129 × 100 ms ≈ 13 s.
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('credit pacing', () => {
  it('many maps in a row never trigger the per-minute limit: the bucket waits instead', async () => {
    vi.useFakeTimers();
    const fake = new FakeMiro({ latencyMs: 20 });
    const map = createMapFromTemplate('b2b-saas', 'ru', { examples: true });
    const run = (async () => {
      for (let i = 0; i < 20; i++) await generateMap(fake.board, map, { origin: { x: i * 10_000, y: 0 } });
    })();
    await vi.runAllTimersAsync();
    await run;
    expect(fake.credits.total).toBeGreaterThan(100_000);
    expect(fake.rateLimitErrors).toBe(0);
    expect(fake.credits.peakPerMinute).toBeLessThanOrEqual(100_000);
  });

  it('keeps under the hourly limit too', async () => {
    vi.useFakeTimers();
    // A smaller hourly budget than Miro's, so the test reaches it quickly: 20,000 credits an hour.
    const limits = { perMinute: 100_000, perHour: 20_000 };
    const fake = new FakeMiro({ limits });
    const pacing = { windows: [{ ms: 60_000, limit: 100_000 }, { ms: 3_600_000, limit: 20_000 }] };
    const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
    const run = (async () => {
      for (let i = 0; i < 5; i++) await generateMap(fake.board, map, { origin: { x: i * 10_000, y: 0 }, pacing });
    })();
    await vi.runAllTimersAsync();
    await run;
    expect(fake.credits.total).toBeGreaterThan(20_000);
    expect(fake.rateLimitErrors).toBe(0);
    expect(fake.credits.peakPerHour).toBeLessThanOrEqual(20_000);
  });
});

describe('storage the app cannot use', () => {
  it('costs the markers, not the reading: generated maps are then read by their layout', async () => {
    const fake = new FakeMiro();
    const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
    await generateMap(fake.board, map);
    fake.failWhen((call) => (call.method.startsWith('storage.') ? new Error('Storage is not available') : undefined));
    const snapshot = await snapshotBoard(fake.board);
    expect(snapshot.items.every((item) => item.marker === undefined)).toBe(true);
    const [read] = readBoard(snapshot).maps;
    expect(read?.map.stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
    expect(read?.map.notes.length).toBe(map.notes.length);
  });
});
