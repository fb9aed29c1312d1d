import { describe, expect, it } from 'vitest';
import { createMapFromTemplate, findGapCells, readBoard } from '../../core/index.ts';
import { generateMap, placeGapMarkers, snapshotPage } from '../../figma-plugin/adapter/index.ts';
import type { GapMarkerTarget } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';

/**
 * Gap markers when someone else edits the page between the audit's read and the marker write
 * (issue #10): a marker for a map that is gone is not put on the page at all.
 */

async function mapWithGaps(editor: 'figjam' | 'figma') {
  const fake = createFakeFigma({ editor });
  const made = await generateMap(fake.figma, createMapFromTemplate('race-basic', 'en'), { yieldToEditor: () => Promise.resolve() });
  const reading = readBoard(await snapshotPage(fake.figma));
  const map = reading.maps[0];
  if (!map) throw new Error('no map read');
  const targets: GapMarkerTarget[] = findGapCells(map).map((cell) => ({ cell, containerId: made.containerId }));
  expect(targets.length).toBeGreaterThan(0);
  return { fake, made, targets };
}

describe('gap markers and a person editing meanwhile (Figma)', () => {
  for (const editor of ['figjam', 'figma'] as const) {
    it(`${editor}: the map deleted by a person after the read: no marker is placed, nothing else touched`, async () => {
      const { fake, made, targets } = await mapWithGaps(editor);
      fake.person.addText('keep me', { x: -800, y: -800 });
      fake.person.remove(made.containerId);
      const before = fake.describe();
      const markers = await placeGapMarkers(fake.figma, targets);
      expect(markers).toEqual([]);
      expect(fake.describe()).toEqual(before);
    });
  }

  it('a marker placement that fails half-way leaves no marker and keeps the map', async () => {
    const { fake, targets } = await mapWithGaps('figjam');
    const before = fake.describe();
    fake.faults.failAt(5);
    await expect(placeGapMarkers(fake.figma, targets)).rejects.toThrow();
    expect(fake.describe()).toEqual(before);
  });
});
