/**
 * Figma generation figures on the fake editor (figma-plugin/fake): fonts loaded, nodes made, and
 * the longest stretch the run keeps the main thread without giving it back to the editor.
 */
import { performance } from 'node:perf_hooks';
import type { CjmMap } from '../core/index.ts';
import { generateMap, yieldToEditor } from '../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../figma-plugin/fake/index.ts';

/** One generation in one editor. */
export interface FigmaRun {
  readonly editor: 'figjam' | 'figma';
  readonly fontLoads: number;
  readonly nodes: number;
  readonly notes: number;
  /**
   * Longest time between two returns to the event loop, ms: measured around the adapter's pause
   * hook (`yieldToEditor` option) from the call to the end; awaits inside a chunk only run
   * microtasks and do not let the editor in, so they count as blocking.
   */
  readonly longestBlockMs: number;
  readonly yields: number;
  readonly totalMs: number;
}

/** Generates `map` on a fresh fake editor, timing the stretches between yields. */
export async function figmaRun(editor: 'figjam' | 'figma', map: CjmMap): Promise<FigmaRun> {
  const fake = createFakeFigma({ editor });
  let longest = 0;
  let yields = 0;
  const t0 = performance.now();
  let resumed = t0;
  const pause = async () => {
    longest = Math.max(longest, performance.now() - resumed);
    yields++;
    await yieldToEditor();
    resumed = performance.now();
  };
  const result = await generateMap(fake.figma, map, { yieldToEditor: pause });
  const end = performance.now();
  longest = Math.max(longest, end - resumed);
  return { editor, fontLoads: fake.fonts.loadCalls.length, nodes: result.nodeCount, notes: result.noteCount, longestBlockMs: longest, yields, totalMs: end - t0 };
}

/** The median-longest block of `runs` runs (the first run, cold, is a warm-up and not counted). */
export async function figmaFigures(editor: 'figjam' | 'figma', map: CjmMap, runs = 3): Promise<FigmaRun> {
  await figmaRun(editor, map);
  const results: FigmaRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await figmaRun(editor, map));
  results.sort((a, b) => a.longestBlockMs - b.longestBlockMs);
  const median = results[Math.floor(results.length / 2)];
  if (!median) throw new Error('bench: no Figma run');
  return median;
}
