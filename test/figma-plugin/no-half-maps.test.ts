import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMapFromTemplate, readBoard } from '../../core/index.ts';
import { generateMap, snapshotPage } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import type { FakeFigma } from '../../figma-plugin/fake/index.ts';
import { generatedMapEssence } from '../support/generated-map-essence.ts';

const noYield = () => Promise.resolve();
/** Runs per editor; raise to hunt (`CJM_FC_RUNS=500 npx vitest run test/figma-plugin/no-half-maps.test.ts`). */
const RUNS = Number(process.env.CJM_FC_RUNS ?? 12);

/** A page a person already worked on: the plugin must not touch any of it. */
function pageWithWork(editor: 'figjam' | 'figma'): FakeFigma {
  const fake = createFakeFigma({ editor });
  if (editor === 'figjam') {
    const section = fake.person.addSection('Workshop', { x: -3000, y: 0, width: 1200, height: 800 });
    fake.person.addSticky('an idea', { x: -2900, y: 100, parent: section.id });
  }
  fake.person.addText('notes to self', { x: -3000, y: -400 });
  return fake;
}

describe('no half maps: a failure at any step leaves the page as it was', () => {
  for (const editor of ['figjam', 'figma'] as const) {
    it(`${editor}: fails at a random step (property), rolls everything back`, async () => {
      const map = createMapFromTemplate('o2o-retail', 'ru', { examples: true });
      // One clean run counts the editing steps a generation takes.
      const clean = pageWithWork(editor);
      clean.faults.reset();
      await generateMap(clean.figma, map, { yieldToEditor: noYield });
      const steps = clean.faults.steps;
      expect(steps).toBeGreaterThan(100);

      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: steps }), async (step) => {
          const fake = pageWithWork(editor);
          const before = fake.describe();
          fake.faults.failAt(step);
          let failed = false;
          let containerId = '';
          try {
            ({ containerId } = await generateMap(fake.figma, map, { yieldToEditor: noYield }));
          } catch (error) {
            failed = true;
            expect(String(error)).toMatch(/Injected failure/u);
          }
          if (failed) {
            expect(fake.describe()).toEqual(before);
          } else {
            // A failed font load is a missing font: the map is complete, in a fallback font.
            expect(fake.faults.log.some((op) => op === 'loadFontAsync')).toBe(true);
            const reading = readBoard(await snapshotPage(fake.figma), { selection: [containerId] });
            expect(reading.maps).toHaveLength(1);
            const read = reading.maps[0]?.map ?? map;
            // The person's loose work may be listed beside the map (the reader keeps every text): only theirs.
            expect(read.orphans.every((orphan) => ['Workshop', 'an idea', 'notes to self'].includes(orphan.text))).toBe(true);
            expect({ ...generatedMapEssence(read), orphans: 0 }).toEqual(generatedMapEssence(map));
          }
        }),
        { numRuns: RUNS },
      );
    }, 60_000);
  }

  it('cancelled before it starts: nothing is created', async () => {
    const fake = pageWithWork('figjam');
    const before = fake.describe();
    const controller = new AbortController();
    controller.abort();
    await expect(generateMap(fake.figma, createMapFromTemplate('clinic', 'en'), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.describe()).toEqual(before);
  });

  for (const when of ['measuring the notes', 'writing the map'] as const) {
    it(`cancelled while ${when}: what it made is removed`, async () => {
      const fake = pageWithWork('figjam');
      const before = fake.describe();
      const controller = new AbortController();
      const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
      let reports = 0;
      const run = generateMap(fake.figma, map, {
        signal: controller.signal,
        chunkSize: 5,
        yieldToEditor: noYield,
        onProgress: (_done, _total, phase) => {
          if (phase === (when === 'measuring the notes' ? 'measure' : 'write') && ++reports === 10) controller.abort();
        },
      });
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
      expect(fake.describe()).toEqual(before);
    });
  }

  it('a failed rollback is reported, never hidden', async () => {
    const fake = pageWithWork('figma');
    const map = createMapFromTemplate('race-basic', 'en', { examples: true });
    // The 150th step fails, and so does the first removal after it.
    fake.faults.failAt(150);
    const run = generateMap(fake.figma, map, { yieldToEditor: noYield });
    await expect(run).rejects.toThrow();
  });
});
