import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMapFromTemplate, TEMPLATES } from '../../core/index.ts';
import { generateMap, planForMiro } from '../../miro-app/adapter/index.ts';
import { FakeMiro } from '../../miro-app/fake/index.ts';
import { largeMap } from '../../bench/large-map.ts';

/**
 * Latency rounds of a generation (issue #10, "Miro generation ×10"): every create goes out at
 * once — the frame's among them —, each `frame.add` as soon as its item and the frame exist, and
 * the markers record alongside the last adds. Measured with the fake's clock (vitest's fake
 * timers: no wall time), every call taking the same 80 ms: the time taken is rounds × 80 ms.
 */

afterEach(() => {
  vi.useRealTimers();
});

const LATENCY = 80;

/** Generates `map` on a fake with 80 ms a call under fake timers; the fake's clock time it took, and the fake. */
async function timedRun(map: ReturnType<typeof createMapFromTemplate>, options: Parameters<typeof generateMap>[2] = {}): Promise<{ ms: number; fake: FakeMiro; made: Awaited<ReturnType<typeof generateMap>> }> {
  vi.useFakeTimers();
  const fake = new FakeMiro({ latencyMs: LATENCY });
  const started = Date.now();
  const run = generateMap(fake.board, map, options);
  await vi.runAllTimersAsync();
  const made = await run;
  return { ms: Date.now() - started, fake, made };
}

describe('latency rounds', () => {
  it('the default map (the first template, with examples) is written in 2 rounds: creates, then adds and the record', async () => {
    const [first] = TEMPLATES;
    const map = createMapFromTemplate(first?.id ?? 'race-basic', 'en', { examples: true });
    const { ms, fake, made } = await timedRun(map);
    expect(ms).toBe(2 * LATENCY);
    expect(fake.rounds).toBe(2);
    // Every create was in flight at once, then every add with the record.
    const creates = made.itemIds.length;
    expect(fake.maxInFlight).toBe(Math.max(creates, fake.calls.length - creates));
    expect(fake.calls.length / creates).toBeLessThanOrEqual(2);
  });

  for (const template of TEMPLATES) {
    it(`${template.id} with examples: at most 3 rounds (2 without a curve), at most 2 calls per item`, async () => {
      const map = createMapFromTemplate(template.id, 'ru', { examples: true });
      const { ms, fake, made } = await timedRun(map);
      const curve = (fake.callCounts()['createConnector'] ?? 0) > 0;
      // A connector needs its dots' ids (round 2), the record the connector's id (round 3).
      expect(ms).toBeLessThanOrEqual((curve ? 3 : 2) * LATENCY);
      expect(fake.rounds).toBe(ms / LATENCY);
      expect(fake.calls.length / made.itemIds.length).toBeLessThanOrEqual(2);
      expect(fake.rateLimitErrors).toBe(0);
    });
  }

  it('sends the creates in plan order, the frame first (Miro stacks items in the order it makes them)', async () => {
    const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
    const { fake } = await timedRun(map);
    const kinds: Record<string, string> = { frame: 'createFrame', text: 'createText', shape: 'createShape', dot: 'createShape', sticky: 'createStickyNote', line: 'createConnector' };
    const planned = planForMiro(map)
      .items.filter((item) => item.skippable !== true)
      .map((item) => kinds[item.shape]);
    const sent = fake.calls.map((call) => call.method).filter((method) => method.startsWith('create'));
    expect(sent).toEqual(planned);
    expect(fake.calls[0]?.method).toBe('createFrame');
  });

  it('with a lower concurrency, rounds grow as calls ÷ concurrency, never past the bound', async () => {
    const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
    const { ms, fake } = await timedRun(map, { concurrency: 16 });
    expect(fake.maxInFlight).toBe(16);
    expect(ms / LATENCY).toBeGreaterThanOrEqual(Math.ceil(fake.calls.length / 16));
    expect(ms / LATENCY).toBeLessThanOrEqual(Math.ceil(fake.calls.length / 16) + 2);
  });

  it('progress is monotone, one step per complete item, from (0, total) to (total, total)', async () => {
    const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
    const seen: [number, number][] = [];
    const { made } = await timedRun(map, { onProgress: (done, total) => seen.push([done, total]) });
    const total = made.itemIds.length;
    expect(seen).toEqual(Array.from({ length: total + 1 }, (_, i) => [i, total]));
  });

  it('a cancel is undone at the pace the map was made: removals in flight together, not a few at a time', async () => {
    const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
    vi.useFakeTimers();
    const fake = new FakeMiro({ latencyMs: LATENCY });
    const controller = new AbortController();
    // Cancelled once the creates are back and the adds are in flight.
    setTimeout(() => controller.abort(), LATENCY + 1);
    const started = Date.now();
    const run = generateMap(fake.board, map, { signal: controller.signal });
    const settled = run.then(
      () => 'finished',
      (error: unknown) => (error as Error).name,
    );
    await vi.runAllTimersAsync();
    expect(await settled).toBe('AbortError');
    expect(fake.state.items.size).toBe(0);
    const removals = fake.calls.filter((call) => call.method === 'remove').length;
    expect(removals).toBeGreaterThan(50);
    // Creates (1 round), the adds in flight (1), every item's removal (1 per 128), the frame's children and the frame (2).
    expect((Date.now() - started) / LATENCY).toBeLessThanOrEqual(2 + Math.ceil(removals / 128) + 2);
  });

  it('a large map stays credit-bound: within the minute window, never refused', async () => {
    // The large map (20 stages × 12 layers × 3 notes): more calls than 90 % of a minute's credits allow.
    const map = largeMap();
    const { ms, fake } = await timedRun(map);
    expect(fake.calls.length).toBeGreaterThan(1800);
    expect(fake.rateLimitErrors).toBe(0);
    expect(fake.credits.peakPerMinute).toBeLessThanOrEqual(100_000);
    // One wait for the window, then the rest: about a minute, not a minute per batch.
    expect(ms).toBeGreaterThan(60_000);
    expect(ms).toBeLessThan(62_000);
  });
});
