import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '../../../core/board/snapshot.ts';
import { planBoard } from '../../../core/layout/index.ts';
import { splitPhasePrefixes } from '../../../core/read/phase-labels.ts';
import { PHASE_INFO, PHASES } from '../../../core/model/phases.ts';
import { matchLayerKind } from '../../../core/text/index.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { BoardBuilder, drawMap } from '../../support/board-builder.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';
import { namedCells, readOne, readOnlyMap } from './read-helpers.ts';

/**
 * Invariants of the rules the blind boards of issue #12 called for (test/fixtures/blind/):
 * headers on the far sides of the grid with a title over it, a kind-named prompt under a row
 * label, and phase-band words as stage-name prefixes.
 */
const RUNS = Number(process.env.CJM_FC_RUNS ?? 25);
const SEED = Number(process.env.CJM_FC_SEED ?? 20_261_201);

/** Layer headings on the right and the stage row under the grid: the board mirrored both ways. */
function mirrorBoth(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.map((item) => ({ ...item, rect: { x: -item.rect.x - item.rect.width, y: -item.rect.y - item.rect.height, width: item.rect.width, height: item.rect.height } })) };
}

const maps = arbitraryMap({ vocabularyTitles: true, maxStages: 8, maxLayers: 7 }).filter(
  (map) =>
    map.stages.length >= 2 &&
    new Set(map.layers.map((l) => l.kind)).size >= 2 &&
    ![...map.stages.map((s) => s.name), ...map.notes.map((n) => n.text)].some((text) => matchLayerKind(text) !== undefined),
);

describe('blind-board rules (property)', () => {
  it('a map with its layer headings on the right, its stage row under the grid and a title over it reads as the map, in the board order, with that title', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const drawn = { ...map, persona: undefined };
        const snapshot = planToSnapshot(planBoard(drawn), { markers: false });
        const { map: upright, roles } = readOne(snapshot);
        const mirrored = mirrorBoth(snapshot);
        // The planned title is under the grid once mirrored; a person writes it over the grid.
        // Unframed, so the title over it is the map's (a frame would leave it outside).
        const items = mirrored.items
          .filter((item) => roles.get(item.id) !== 'title' && item.type !== 'frame')
          .map(({ parent: _parent, ...item }) => item);
        const top = Math.min(...items.map((item) => item.rect.y));
        const left = Math.min(...items.map((item) => item.rect.x));
        const right = Math.max(...items.map((item) => item.rect.x + item.rect.width));
        const title = 'Journey over the grid';
        const turned = readOnlyMap({ ...mirrored, items: [...items, { id: 'title-over', type: 'text', text: title, rect: { x: left, y: top - 130, width: Math.max(600, right - left), height: 80 } }] });
        const want = namedCells(upright);
        const got = namedCells(turned);
        expect(turned.title).toBe(title);
        expect(got.stages).toEqual([...want.stages].reverse());
        expect(got.layers).toEqual([...want.layers].reverse());
        const n = want.stages.length;
        const flip = (note: string) => note.replace(/^(\d+):/u, (_, i: string) => `${n - 1 - Number(i)}:`);
        expect(got.notes).toEqual(want.notes.map(flip).sort());
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  it('a prompt under a row label that names a kind of its own is the label’s caption: no row, no note moves', () => {
    const titles = ['Goal', 'Actions', 'Touchpoints', 'Emotions', 'Barriers', 'Recommendations'];
    const prompts = ['ideas to test', 'what they want', 'where they meet us', 'pains we saw', 'actions they take'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.uniqueArray(fc.constantFrom(...titles), { minLength: 3, maxLength: 6 }),
        fc.array(fc.record({ stage: fc.nat(), layer: fc.nat() }), { minLength: 4, maxLength: 30 }),
        fc.nat(),
        fc.constantFrom(...prompts),
        (stageCount, layers, cells, which, prompt) => {
          const spec = {
            headerStyle: 'text' as const,
            stages: Array.from({ length: stageCount }, (_, s) => `Stage ${s + 1}`),
            layers,
            notes: cells.map((c, k) => ({ stage: c.stage % stageCount, layer: c.layer % layers.length, text: `n${k}` })),
          };
          const plain = new BoardBuilder();
          drawMap(plain, spec);
          const captioned = new BoardBuilder();
          const ids = drawMap(captioned, spec);
          const snapshot = captioned.snapshot();
          const label = snapshot.items.find((item) => item.id === ids.layers[which % layers.length]);
          if (!label) throw new Error('no label');
          const caption = { id: 'caption', type: 'text' as const, text: prompt, rect: { x: label.rect.x, y: label.rect.y + label.rect.height + 2, width: label.rect.width, height: 28 } };
          const before = readOnlyMap(plain.snapshot());
          const after = readOnlyMap({ ...snapshot, items: [...snapshot.items, caption] });
          expect(namedCells(after)).toEqual(namedCells(before));
          expect(after.layers[which % layers.length]?.description).toBe(prompt);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  it('phase-band words as stage-name prefixes: read when the row names two phases, never one alone', () => {
    const aliases = PHASES.flatMap((phase) => PHASE_INFO[phase].aliases.map((alias) => ({ phase, alias })));
    fc.assert(
      fc.property(fc.array(fc.record({ pick: fc.nat(), name: fc.constantFrom('Поиск', 'Search', 'Визит', 'Checkout', 'Отзыв') }), { minLength: 1, maxLength: 6 }), (row) => {
        const entries = row.map(({ pick, name }) => ({ ...(aliases[pick % aliases.length] ?? { phase: 'reach' as const, alias: 'reach' }), name }));
        const names = entries.map(({ alias, name }) => `${alias[0]?.toUpperCase() ?? ''}${alias.slice(1)} — ${name}`);
        const split = splitPhasePrefixes(names);
        if (new Set(entries.map((e) => e.phase)).size >= 2) {
          expect(split.map((s) => s?.phase)).toEqual(entries.map((e) => e.phase));
          expect(split.map((s) => s?.name)).toEqual(entries.map((e) => e.name));
        } else {
          // One phase only: a prefix is read only where it is a phase's id, name or initial, as alone.
          for (const [i, s] of split.entries()) if (s) expect(s.phase).toBe(entries[i]?.phase);
        }
      }),
      { numRuns: 4 * RUNS, seed: SEED },
    );
  });
});
