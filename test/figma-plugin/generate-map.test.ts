import { describe, expect, it } from 'vitest';
import type { SceneNode } from '@figma/plugin-typings/plugin-api-standalone';
import { centredOrigin, createMapFromTemplate, decodeMarker, FIGMA_MARKER_KEY, FIGMA_MARKER_NAMESPACE, findFreeOrigin, FREE_SPACE_GAP, LOCALES, readBoard, TEMPLATES } from '../../core/index.ts';
import type { CjmMap, Rect } from '../../core/index.ts';
import { generateMap, snapshotPage } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import type { FakeEditor } from '../../figma-plugin/fake/index.ts';
import { generatedMapEssence } from '../support/generated-map-essence.ts';

const EDITORS: readonly ('figjam' | 'figma')[] = ['figjam', 'figma'];
const noYield = () => Promise.resolve();

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
}

/** The generated nodes of one role, with their rectangles. */
function nodesOfRole(page: { findAllWithCriteria: (c: { sharedPluginData: { namespace: string; keys: string[] } }) => SceneNode[] }, role: string) {
  return page
    .findAllWithCriteria({ sharedPluginData: { namespace: FIGMA_MARKER_NAMESPACE, keys: [FIGMA_MARKER_KEY] } })
    .filter((node) => decodeMarker(node.getSharedPluginData(FIGMA_MARKER_NAMESPACE, FIGMA_MARKER_KEY))?.role === role)
    .map((node) => ({ node, marker: decodeMarker(node.getSharedPluginData(FIGMA_MARKER_NAMESPACE, FIGMA_MARKER_KEY)), rect: node.absoluteBoundingBox as Rect }));
}

async function generateAndRead(editor: FakeEditor, map: CjmMap) {
  const fake = createFakeFigma({ editor });
  const result = await generateMap(fake.figma, map, { yieldToEditor: noYield });
  const snapshot = await snapshotPage(fake.figma);
  const reading = readBoard(snapshot);
  return { fake, result, snapshot, reading };
}

describe('generateMap on the fake editor: every template × locale reads back to the same map', () => {
  for (const editor of EDITORS) {
    for (const template of TEMPLATES) {
      for (const locale of LOCALES) {
        it(`${editor}: ${template.id} (${locale})`, async () => {
          const map = createMapFromTemplate(template.id, locale, { examples: true });
          const { fake, result, reading } = await generateAndRead(editor, map);
          expect(reading.maps).toHaveLength(1);
          const read = reading.maps[0];
          if (!read) return;
          expect(generatedMapEssence(read.map)).toEqual(generatedMapEssence(map));
          expect(reading.warnings).toEqual([]);

          // Each font the map uses was loaded exactly once.
          const loads = fake.fonts.loadCalls;
          expect(new Set(loads).size).toBe(loads.length);
          expect(loads.length).toBe(result.fontsLoaded);
          expect(result.fontFallbacks).toEqual([]);

          // The container holds everything; notes sit in their cells and never overlap.
          const container = fake.node(result.containerId) as unknown as SceneNode;
          expect(container.type).toBe(editor === 'figjam' ? 'SECTION' : 'FRAME');
          expect(fake.page().children).toEqual([container]);
          const cells = new Map(nodesOfRole(fake.figma.currentPage, 'cell').map((c) => [`${c.marker?.stage}|${c.marker?.layer}`, c.rect]));
          const notes = nodesOfRole(fake.figma.currentPage, 'note');
          expect(notes).toHaveLength(map.notes.length);
          for (const note of notes) {
            expect(note.node.type).toBe(editor === 'figjam' ? 'STICKY' : 'FRAME');
            const cell = cells.get(`${note.marker?.stage}|${note.marker?.layer}`);
            expect(cell, `cell of ${note.node.id}`).toBeDefined();
            if (cell) expect(inside(cell, note.rect), `note ${note.node.id} in its cell`).toBe(true);
            expect(inside(container.absoluteBoundingBox as Rect, note.rect)).toBe(true);
          }
          for (const [i, a] of notes.entries()) for (const b of notes.slice(i + 1)) expect(overlaps(a.rect, b.rect), `${a.node.id} × ${b.node.id}`).toBe(false);

          // Editing calls stay within a budget per node (a card is a frame and a text).
          expect(fake.faults.steps).toBeLessThanOrEqual(result.nodeCount * (editor === 'figjam' ? 10 : 14));
          // One node per plan item; in a design file each card (every frame but the map's) adds its text.
          const cards = fake.page().findAllWithCriteria({ types: ['FRAME'] }).length - (editor === 'figma' ? 1 : 0);
          expect(fake.nodeCount()).toBe(result.nodeCount + cards);

          // One undo step takes the whole map away.
          expect(fake.undoSteps()).toBe(1);
          fake.undo();
          expect(fake.nodeCount()).toBe(0);
        });
      }
    }
  }
});

describe('generateMap: FigJam stickies are measured, not guessed', () => {
  it('re-lays out rows with the stickies real heights: long notes get taller rows, nothing spills', async () => {
    const map = createMapFromTemplate('race-basic', 'en', { examples: false });
    const stage = map.stages[0]?.id ?? '';
    const layer = map.layers[0]?.id ?? '';
    map.notes.push({ stage, layer, text: 'A very long note that keeps going for quite a while, with many words in it. '.repeat(6).trim() });
    map.notes.push({ stage, layer, text: 'Short' });
    const { fake, reading } = await generateAndRead('figjam', map);
    expect(generatedMapEssence(reading.maps[0]?.map as CjmMap)).toEqual(generatedMapEssence(map));
    const notes = nodesOfRole(fake.figma.currentPage, 'note');
    const tall = notes.find((n) => n.node.type === 'STICKY' && n.node.text.characters.startsWith('A very long'));
    expect(tall?.rect.height).toBeGreaterThan(400);
    const cell = nodesOfRole(fake.figma.currentPage, 'cell').find((c) => c.marker?.stage === stage && c.marker?.layer === layer);
    expect(cell && tall && inside(cell.rect, tall.rect)).toBe(true);
  });

  it('uses the real height for the cards of a design file too', async () => {
    const map = createMapFromTemplate('race-basic', 'ru', { examples: false });
    map.notes.push({ stage: map.stages[1]?.id ?? '', layer: map.layers[1]?.id ?? '', text: 'Очень длинная заметка, '.repeat(20).trim() });
    const { fake } = await generateAndRead('figma', map);
    const [note] = nodesOfRole(fake.figma.currentPage, 'note');
    const text = note?.node.type === 'FRAME' ? note.node.children[0] : undefined;
    expect(text && note && text.height + 2 * 16).toBeLessThanOrEqual((note?.rect.height ?? 0) + 0.5);
  });
});

describe('generateMap: where the map goes and what it refuses', () => {
  it('puts a new map right of what a person made, touching none of it', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    const mine = fake.person.addSticky('my idea', { x: 100, y: 100 });
    const before = fake.describe();
    const map = createMapFromTemplate('loyalty', 'en');
    const result = await generateMap(fake.figma, map, { yieldToEditor: noYield });
    const container = fake.node(result.containerId) as unknown as SceneNode;
    expect((container.absoluteBoundingBox as Rect).x).toBeGreaterThan(100 + 240);
    expect(fake.describe().filter((node) => before.some((b) => b.id === node.id))).toEqual(before);
    expect(mine.removed).toBe(false);
  });

  it('centres a new map on what the person looks at, by the rule the Miro panel places maps by', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    // Something far away does not pull the map off screen (it used to go right of everything).
    fake.person.addSticky('far away', { x: 40_000, y: 0 });
    fake.api.viewport.center = { x: 6000, y: 3000 };
    const result = await generateMap(fake.figma, createMapFromTemplate('loyalty', 'en'), { yieldToEditor: noYield });
    const box = (fake.node(result.containerId) as unknown as SceneNode).absoluteBoundingBox as Rect;
    expect(Math.abs(box.x + box.width / 2 - 6000)).toBeLessThanOrEqual(1);
    expect(Math.abs(box.y + box.height / 2 - 3000)).toBeLessThanOrEqual(1);
    expect(box).toEqual({ ...box, ...findFreeOrigin(centredOrigin({ x: 6000, y: 3000 }, box), box, []) });
  });

  it('moves a new map right past a person’s work in view, clear of it by the shared gap', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    const section = fake.person.addSection('Workshop', { x: -800, y: -600, width: 1600, height: 1200 });
    const below = fake.person.addSticky('under the band', { x: 2500, y: 4000 });
    const result = await generateMap(fake.figma, createMapFromTemplate('ecommerce', 'ru', { examples: true }), { yieldToEditor: noYield });
    const box = (fake.node(result.containerId) as unknown as SceneNode).absoluteBoundingBox as Rect;
    const mine = [section.absoluteBoundingBox, below.absoluteBoundingBox] as Rect[];
    const grown = { x: box.x - FREE_SPACE_GAP, y: box.y - FREE_SPACE_GAP, width: box.width + 2 * FREE_SPACE_GAP, height: box.height + 2 * FREE_SPACE_GAP };
    const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(mine.filter((r) => overlaps(r, grown))).toEqual([]);
    // Right past the section, in the band of the view (centred on it vertically).
    expect(box.x).toBeGreaterThanOrEqual(800 + FREE_SPACE_GAP);
    expect(Math.abs(box.y + box.height / 2)).toBeLessThanOrEqual(1);
  });

  it('refuses Dev Mode and Slides with a clear error, creating nothing', async () => {
    for (const editor of ['dev', 'slides'] as const) {
      const fake = createFakeFigma({ editor });
      await expect(generateMap(fake.figma, createMapFromTemplate('race-basic', 'en'))).rejects.toThrow(/FigJam and Figma design/u);
      expect(fake.nodeCount()).toBe(0);
    }
  });

  it('reports progress from 0 to the total over both phases', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    const seen: [number, number, string][] = [];
    let yields = 0;
    await generateMap(fake.figma, createMapFromTemplate('ecommerce', 'ru', { examples: true }), {
      onProgress: (done, total, phase) => seen.push([done, total, phase]),
      yieldToEditor: () => {
        yields += 1;
        return Promise.resolve();
      },
      chunkSize: 10,
    });
    expect(seen[0]?.[0]).toBe(0);
    const last = seen.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
    expect(seen.some(([, , phase]) => phase === 'measure')).toBe(true);
    expect(seen.some(([, , phase]) => phase === 'write')).toBe(true);
    for (const [a, b] of seen.slice(1).map((entry, i) => [seen[i], entry] as const)) expect((b?.[0] ?? 0) >= (a?.[0] ?? 0)).toBe(true);
    expect(yields).toBeGreaterThan(3);
  });
});
