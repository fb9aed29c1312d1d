import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateMap as generateOnFigma } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import { generateMap as generateOnMiro, MAX_CALLS_IN_FLIGHT, snapshotBoard } from '../../miro-app/adapter/index.ts';
import { FakeMiro } from '../../miro-app/fake/index.ts';
import { LARGE, largeMap } from '../../bench/large-map.ts';
import { idealWriteMs } from '../../bench/miro-generate.ts';

/**
 * The deterministic budgets behind `npm run bench` for the bench's large map (20 stages ×
 * 12 layers × 3 notes a cell, bench/large-map.ts), which the per-template budget tests do not
 * reach: it costs more credits than Miro allows in a minute, so it must be paced, not refused.
 */

afterEach(() => {
  vi.useRealTimers();
});

const noYield = () => Promise.resolve();

describe('the bench large map', () => {
  it('has 720 notes on a 20 × 12 grid', () => {
    const map = largeMap();
    expect(map.stages).toHaveLength(LARGE.stages);
    expect(map.layers).toHaveLength(LARGE.layers);
    expect(map.notes).toHaveLength(LARGE.stages * LARGE.layers * LARGE.notesPerCell);
  });

  it('Miro: ≤ 2 calls per item, paced past the minute budget without a refused call, read back in 2 calls', async () => {
    vi.useFakeTimers();
    const fake = new FakeMiro();
    const run = generateOnMiro(fake.board, largeMap());
    await vi.runAllTimersAsync();
    const { itemIds } = await run;
    const calls = fake.calls.length;
    expect(calls / itemIds.length).toBeLessThanOrEqual(2);
    expect(fake.credits.total).toBe(calls * 50);
    // More than a minute's worth of credits: the bucket had to wait, and Miro never said no.
    expect(fake.credits.total).toBeGreaterThan(100_000);
    expect(fake.credits.peakPerMinute).toBeLessThanOrEqual(100_000);
    expect(fake.rateLimitErrors).toBe(0);
    const before = fake.calls.length;
    const snapshot = await snapshotBoard(fake.board);
    expect(snapshot.items.length).toBe(fake.state.items.size);
    // board.get, the index read, one lookup of the new map, the index write.
    expect(fake.calls.length - before).toBeLessThanOrEqual(5);
  }, 30_000);

  for (const editor of ['figjam', 'figma'] as const) {
    it(`${editor}: each font loaded once, every note drawn`, async () => {
      const fake = createFakeFigma({ editor });
      const result = await generateOnFigma(fake.figma, largeMap(), { yieldToEditor: noYield });
      const loads = fake.fonts.loadCalls;
      expect(new Set(loads).size).toBe(loads.length);
      expect(loads.length).toBe(result.fontsLoaded);
      expect(loads.length).toBeLessThanOrEqual(2);
      expect(result.noteCount).toBe(720);
      expect(result.unplacedCount).toBe(0);
    });
  }
});

describe('idealWriteMs (the bench large map\'s limit-bound time)', () => {
  it('is latency-bound under a minute\'s budget and waits a window past it', () => {
    // With 16 calls in flight (the adapter's bound before issue #10 "Miro generation ×10").
    expect(idealWriteMs(32, 80, 16)).toBe(160);
    // 1,800 calls fit 90 % of 100,000 credits; the 1,801st waits for the window to slide.
    expect(idealWriteMs(1_800, 80, 16)).toBe(Math.ceil(1_800 / 16) * 80);
    expect(idealWriteMs(1_801, 80, 16)).toBe(60_000 + 80);
  });

  it('defaults to the adapter\'s calls in flight, and never beats the rounds the order of calls needs', () => {
    expect(idealWriteMs(1_800, 80)).toBe(Math.ceil(1_800 / MAX_CALLS_IN_FLIGHT) * 80);
    expect(idealWriteMs(38, 80)).toBe(80);
    expect(idealWriteMs(38, 80, MAX_CALLS_IN_FLIGHT, 2)).toBe(160);
    expect(idealWriteMs(1_801, 80, MAX_CALLS_IN_FLIGHT, 3)).toBe(60_000 + 80);
  });
});
