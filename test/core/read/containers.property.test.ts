import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardItem, BoardSnapshot } from '../../../core/board/snapshot.ts';
import { planBoard } from '../../../core/layout/index.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { matchLayerKind } from '../../../core/text/index.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { planToItems } from '../../support/plan-to-snapshot.ts';
import { namedCells, readOnlyMap } from './read-helpers.ts';

/**
 * Containers invariant: a hand-made map (no markers) whose one frame is replaced by several
 * frames — the grid cut at stage-column boundaries (the layer headings in the first frame only),
 * at layer-row boundaries (the stage headers in the first), or both, the frames a small gap
 * apart and named as platforms name them ("Frame 2", "Section 3") — reads with the same stages,
 * layers and notes in the same cells as the map in one frame; drawn vertically too. And a map
 * cut into one frame per layer, each named for its layer with the layer headings gone, reads
 * the same as the map with its headings.
 */
const RUNS = Number(process.env.CJM_FC_RUNS ?? 20);
const SEED = Number(process.env.CJM_FC_SEED ?? 20_261_201);

/** How a map's frame is cut: before the stages and layers listed, and how the frames are named. */
interface Cut {
  readonly stages: readonly number[];
  readonly layers: readonly number[];
  /** Placeholder names, or (one frame per layer) each frame named for its layer, the layer headings gone. */
  readonly names: 'placeholder' | 'layers';
  /** Drawn vertically: every rectangle transposed. */
  readonly turned: boolean;
}

/** The map's frame replaced by one frame per block of the grid cut as `cut` says. */
function splitIntoFrames(map: CjmMap, cut: Cut): BoardSnapshot {
  const plan = planBoard(map);
  const items = planToItems(plan, { markers: false, parents: false });
  const frame = items.find((item) => item.type === 'frame');
  const role = new Map(plan.items.map((item) => [`${plan.mapId}/${item.key}`, item.role]));
  const stageHeaders = plan.items.filter((item) => item.role === 'stage-header').sort((a, b) => a.rect.x - b.rect.x);
  const layerHeaders = plan.items.filter((item) => item.role === 'layer-header').sort((a, b) => a.rect.y - b.rect.y);
  if (!frame) throw new Error('no frame');
  const { x, y, width, height } = frame.rect;
  // Stage columns are where their headers are; a frame boundary goes at a column's left edge, and
  // between two layer headings for a row boundary.
  const xs = [...new Set(cut.stages)].sort((a, b) => a - b).map((s) => stageHeaders[s]?.rect.x ?? Infinity).filter((edge) => edge > x && edge < x + width);
  const ys = [...new Set(cut.layers)]
    .sort((a, b) => a - b)
    .map((l) => {
      const above = layerHeaders[l - 1]?.rect;
      const below = layerHeaders[l]?.rect;
      return above && below ? (above.y + above.height + below.y) / 2 : Infinity;
    })
    .filter((edge) => edge > y && edge < y + height);
  const columns = bounds(x, width, xs);
  // One frame per layer: the frames hold the layer rows only, the title and the stage headers
  // lie above them, unframed (see the property below).
  const firstRow = cut.names === 'layers' ? (layerHeaders[0]?.rect.y ?? y) : y;
  const rows = bounds(firstRow, y + height - firstRow, ys);
  const frames: BoardItem[] = [];
  rows.forEach((row, j) =>
    columns.forEach((column) => {
      const k = frames.length;
      const name = cut.names === 'layers' ? (map.layers[j]?.title ?? '') : k === 0 ? map.title : k % 2 === 0 ? `Section ${k + 1}` : `Frame ${k + 1}`;
      frames.push({ id: `frame-${k}`, type: 'frame', text: name, rect: { x: column.start, y: row.start, width: column.end - column.start, height: row.end - row.start } });
    }),
  );
  const rest = items.filter((item) => item !== frame && !(cut.names === 'layers' && role.get(item.id) === 'layer-header'));
  const all = [...rest, ...frames];
  return { platform: 'unknown', items: cut.turned ? all.map((item) => ({ ...item, rect: { x: item.rect.y, y: item.rect.x, width: item.rect.height, height: item.rect.width } })) : all };
}

/** The spans between cuts, 10 apart: each stops 5 short of a cut. */
function bounds(start: number, size: number, cuts: readonly number[]): { start: number; end: number }[] {
  const edges = [start, ...cuts, start + size];
  return edges.slice(1).map((end, k) => ({ start: k === 0 ? start : (edges[k] ?? start) + 5, end: k === edges.length - 2 ? end : end - 5 }));
}

const maps = arbitraryMap({ vocabularyTitles: true, maxStages: 8, maxLayers: 6 }).filter(
  (map) =>
    map.stages.length >= 2 &&
    new Set(map.layers.map((l) => l.kind)).size >= 2 &&
    ![...map.stages.map((s) => s.name), ...map.notes.map((n) => n.text)].some((text) => matchLayerKind(text) !== undefined),
);

const cuts = fc.array(fc.nat({ max: 7 }), { minLength: 1, maxLength: 3 });

/** Cut indexes that fall between the first and the last of `count` (stages or layers). */
function inside(list: readonly number[], count: number): number[] {
  return count < 2 ? [] : list.map((c) => 1 + (c % (count - 1)));
}

function wholeMap(map: CjmMap): CjmMap {
  return readOnlyMap({ platform: 'unknown', items: planToItems(planBoard(map), { markers: false, parents: false }) });
}

describe('a map across several frames (property)', () => {
  it('reads as the same map in one frame, cut into stage columns', () => {
    fc.assert(
      fc.property(maps, cuts, (map, stages) => {
        const inFrames = splitIntoFrames(map, { stages: inside(stages, map.stages.length), layers: [], names: 'placeholder', turned: false });
        expect(namedCells(readOnlyMap(inFrames))).toEqual(namedCells(wholeMap(map)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  // Cut into rows, a frame holds a block of the map, not all of it: a title (the first frame's
  // name) or a note that says a stage name again can head a block of its own to any reader, so
  // the title and the notes here say something else than the stage names, the stage names are
  // words (a lone ">" over a block is no stage to tell from a stray), no two layers share a title
  // (two frames of the same name, one under the other, are one lane repeated to a reader) and the
  // title names no layer kind (above frames with no heading in them, it would be one).
  const plain = maps.filter((map) => {
    const stages = new Set(map.stages.map((s) => s.name));
    const titles = new Set(map.layers.map((l) => l.title));
    return (
      !stages.has(map.title) &&
      matchLayerKind(map.title) === undefined &&
      titles.size === map.layers.length &&
      map.stages.every((s) => /\p{L}/u.test(s.name)) &&
      map.notes.every((note) => !stages.has(note.text) && note.text !== map.title)
    );
  });

  it('reads as the same map in one frame, cut into blocks of layer rows, or both ways, upright or drawn vertically', () => {
    fc.assert(
      fc.property(plain, cuts, cuts, fc.boolean(), fc.boolean(), (map, stages, layers, both, turned) => {
        const cut: Cut = { stages: both ? inside(stages, map.stages.length) : [], layers: inside(layers, map.layers.length), names: 'placeholder', turned };
        expect(namedCells(readOnlyMap(splitIntoFrames(map, cut)))).toEqual(namedCells(wholeMap(map)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  // The frames hold the layer rows, the stage headers lie above them. With the stage headers in
  // the first frame and no layer heading anywhere, where the first layer starts is read from
  // what lies there, which a first row of notes like stage headers makes a guess for any reader:
  // that layout is in the fixtures (container-fixtures.test.ts), drawn as people draw it.
  it('reads one frame per layer, named for the layer, as the map with its layer headings', () => {
    fc.assert(
      fc.property(plain, fc.boolean(), (map, turned) => {
        const every = map.layers.map((_, l) => l).slice(1);
        const cut: Cut = { stages: [], layers: every, names: 'layers', turned };
        expect(namedCells(readOnlyMap(splitIntoFrames(map, cut)))).toEqual(namedCells(wholeMap(map)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
