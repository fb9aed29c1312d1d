import { describe, expect, it } from 'vitest';
import { readBoard } from '../../../core/read/index.ts';
import { BoardBuilder, DRAWN, drawMap } from '../../support/board-builder.ts';
import { cellsOf, expectNothingDropped, orphansOf, readOne } from './read-helpers.ts';

/**
 * When neighbouring containers are one map and when they are not (see `join-containers.ts`).
 * The fixtures for each layout are in container-fixtures.test.ts; these are the edges of the rule.
 */

const STAGES = ['Search', 'Compare', 'Buy'];
const LAYERS = ['Goal', 'Actions', 'Barriers'];

/** Puts every item of `ids` whose centre lies in `rect` into a new frame named `name`. */
function frameAround(board: BoardBuilder, name: string, rect: { x: number; y: number; width: number; height: number }): string {
  const id = board.frame(name, rect);
  for (const [i, item] of board.items.entries()) {
    if (item.id === id || item.type === 'frame' || item.parent !== undefined) continue;
    const cx = item.rect.x + item.rect.width / 2;
    const cy = item.rect.y + item.rect.height / 2;
    if (cx >= rect.x && cx <= rect.x + rect.width && cy >= rect.y && cy <= rect.y + rect.height) board.items[i] = { ...item, parent: id };
  }
  return id;
}

describe('readBoard: containers that are and are not one map', () => {
  it('keeps two complete maps in touching frames apart', () => {
    const board = new BoardBuilder();
    const width = DRAWN.headerWidth + STAGES.length * DRAWN.columnWidth;
    drawMap(board, { frame: 'School', stages: STAGES, layers: LAYERS, notes: [{ stage: 0, layer: 1, text: 'left note' }] });
    // drawMap's frame reaches 50 past the grid: the second frame starts where the first ends
    drawMap(board, { frame: 'Clinic', origin: { x: width + 100, y: 0 }, stages: ['Book', 'Visit'], layers: LAYERS, notes: [{ stage: 1, layer: 2, text: 'right note' }] });
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(reading.maps.map((m) => m.map.title)).toEqual(['School', 'Clinic']);
    expect(cellsOf(reading.maps[0]!.map)).toEqual(['s1/l2: left note']);
    expect(cellsOf(reading.maps[1]!.map)).toEqual(['s2/l3: right note']);
    expectNothingDropped(snapshot, reading.maps);
  });

  it('leaves a parking-lot frame beside a framed map out of it', () => {
    const board = new BoardBuilder();
    const map = drawMap(board, { frame: 'Journey', stages: STAGES, layers: LAYERS, notes: [{ stage: 2, layer: 0, text: 'in the map' }] });
    const right = map.bounds.x + map.bounds.width + 50;
    const lot = { x: right + 20, y: -50, width: 400, height: 600 };
    board.sticky('idea one', { x: lot.x + 40, y: 120, width: 100, height: 100 });
    board.sticky('idea two', { x: lot.x + 40, y: 400, width: 100, height: 100 });
    frameAround(board, 'Parking lot', lot);
    const snapshot = board.snapshot();
    const reading = readOne(snapshot);
    expect(reading.map.title).toBe('Journey');
    expect(reading.map.stages.map((s) => s.name)).toEqual(STAGES);
    expect(cellsOf(reading.map)).toEqual(['s3/l1: in the map']);
    expect(orphansOf(reading.map).sort()).toEqual(['outside-grid: idea one', 'outside-grid: idea two', 'title: Parking lot']);
    expectNothingDropped(snapshot, [reading]);
  });

  it('joins frames per stage with the layer headings drawn left of them, the title above them', () => {
    const board = new BoardBuilder();
    const title = board.text('Onboarding journey', { x: 0, y: -160, width: 600, height: 60 });
    const rowsTop = 0;
    LAYERS.forEach((layer, l) => board.text(layer, { x: 20, y: rowsTop + l * DRAWN.rowHeight + 20, width: 160, height: 50 }));
    const notes: string[] = [];
    STAGES.forEach((stage, s) => {
      const x = DRAWN.headerWidth + s * (DRAWN.columnWidth + 20);
      LAYERS.forEach((_, l) => notes.push(board.sticky(`${stage} ${l + 1}`, { x: x + 40, y: rowsTop + l * DRAWN.rowHeight + 40, width: 100, height: 100 })));
      frameAround(board, stage, { x, y: rowsTop - 20, width: DRAWN.columnWidth, height: LAYERS.length * DRAWN.rowHeight + 40 });
    });
    const snapshot = board.snapshot();
    const reading = readOne(snapshot);
    expect(reading.map.title).toBe('Onboarding journey');
    expect(reading.roles.get(title)).toBe('title');
    expect(reading.map.stages.map((s) => s.name)).toEqual(STAGES);
    expect(reading.map.layers.map((l) => l.kind)).toEqual(['goal', 'actions', 'barriers']);
    expect(cellsOf(reading.map)).toEqual(['s1/l1: Search 1', 's1/l2: Search 2', 's1/l3: Search 3', 's2/l1: Compare 1', 's2/l2: Compare 2', 's2/l3: Compare 3', 's3/l1: Buy 1', 's3/l2: Buy 2', 's3/l3: Buy 3']);
    expect(reading.map.orphans).toEqual([]);
    expectNothingDropped(snapshot, [reading]);
  });

  it('does not join frames lying far apart', () => {
    const board = new BoardBuilder();
    LAYERS.forEach((layer, l) => board.text(layer, { x: 20, y: l * DRAWN.rowHeight + 20, width: 160, height: 50 }));
    STAGES.forEach((stage, s) => {
      // three notes apart: further than the containers of one map lie
      const x = DRAWN.headerWidth + s * (DRAWN.columnWidth + 700);
      board.sticky(`${stage} note`, { x: x + 40, y: 40, width: 100, height: 100 });
      frameAround(board, stage, { x, y: -20, width: DRAWN.columnWidth, height: LAYERS.length * DRAWN.rowHeight + 40 });
    });
    const reading = readBoard(board.snapshot());
    expect(reading.maps.flatMap((m) => m.map.stages.map((s) => s.name))).not.toEqual(STAGES);
  });

  it('joins a frame holding only the layer headings with frames per phase holding the stages', () => {
    const board = new BoardBuilder();
    const headings = LAYERS.map((layer, l) => board.text(layer, { x: 20, y: 120 + l * DRAWN.rowHeight + 20, width: 160, height: 50 }));
    frameAround(board, 'Layers', { x: 0, y: 0, width: DRAWN.headerWidth, height: 120 + LAYERS.length * DRAWN.rowHeight });
    const phases = [
      { name: 'Reach', stages: ['Search', 'Compare'] },
      { name: 'Convert', stages: ['Buy'] },
    ];
    let x = DRAWN.headerWidth + 20;
    for (const phase of phases) {
      const left = x;
      for (const stage of phase.stages) {
        board.shape(stage, { x, y: 20, width: DRAWN.columnWidth, height: 80 });
        LAYERS.forEach((_, l) => board.sticky(`${stage} ${l + 1}`, { x: x + 40, y: 120 + l * DRAWN.rowHeight + 40, width: 100, height: 100 }));
        x += DRAWN.columnWidth;
      }
      frameAround(board, phase.name, { x: left, y: 0, width: x - left, height: 120 + LAYERS.length * DRAWN.rowHeight });
      x += 20;
    }
    const snapshot = board.snapshot();
    const reading = readOne(snapshot);
    expect(reading.map.stages.map((s) => [s.name, s.phase])).toEqual([['Search', 'reach'], ['Compare', 'reach'], ['Buy', 'convert']]);
    expect(reading.map.layers.map((l) => l.kind)).toEqual(['goal', 'actions', 'barriers']);
    expect(cellsOf(reading.map)).toHaveLength(9);
    for (const id of headings) expect(reading.roles.get(id)).toBe('layer-header');
    // the headings frame's name heads nothing: it is kept as a title orphan
    expect(orphansOf(reading.map)).toEqual(['title: Layers']);
    expectNothingDropped(snapshot, [reading]);
  });

  it('reads the phases of containers arranged both ways over blocks of layers that are no lanes, and keeps the rest of each name', () => {
    const board = new BoardBuilder();
    drawMap(board, { stages: ['Search', 'Compare', 'Buy'], layers: LAYERS, notes: [{ stage: 0, layer: 0, text: 'n1' }, { stage: 2, layer: 2, text: 'n2' }] });
    const height = 80 + LAYERS.length * DRAWN.rowHeight;
    const split = 80 + DRAWN.rowHeight;
    const cut = DRAWN.headerWidth + 2 * DRAWN.columnWidth;
    const names = ['Online · Reach', 'Online · Convert', 'Store · Reach', 'Store · Convert'];
    frameAround(board, names[0]!, { x: 0, y: 0, width: cut, height: split });
    frameAround(board, names[1]!, { x: cut + 1, y: 0, width: DRAWN.columnWidth, height: split });
    frameAround(board, names[2]!, { x: 0, y: split + 1, width: cut, height: height - split });
    frameAround(board, names[3]!, { x: cut + 1, y: split + 1, width: DRAWN.columnWidth, height: height - split });
    const snapshot = board.snapshot();
    const reading = readOne(snapshot);
    // the phase part of each name heads its columns
    expect(reading.map.stages.map((s) => [s.name, s.phase, s.lane])).toEqual([['Search', 'reach', undefined], ['Compare', 'reach', undefined], ['Buy', 'convert', undefined]]);
    expect(cellsOf(reading.map)).toEqual(['s1/l1: n1', 's3/l3: n2']);
    // one block of Goal over Actions · Barriers is no pair of lanes: "Online" and "Store" head
    // nothing, so every name is kept whole
    expect(orphansOf(reading.map).sort()).toEqual(names.map((name) => `title: ${name}`).sort());
    expectNothingDropped(snapshot, [reading]);
  });
});

describe('readBoard: lane containers with the stage row under them', () => {
  it('joins the stage headers drawn under the frames, and each frame name heads the lane whose rows it tops on the board', () => {
    // Two lane frames one under the other, each with its layer headings and notes; the stage
    // row drawn under both, outside them (a map read bottom-up).
    const board = new BoardBuilder();
    const lanes = ['Online', 'In store'];
    const layers = ['Barriers', 'Touchpoints', 'Actions'];
    lanes.forEach((lane, b) => {
      const top = b * 900;
      const frame = board.frame(lane, { x: 0, y: top, width: 1300, height: 860 });
      layers.forEach((layer, l) => {
        const y = top + 40 + l * 260;
        board.text(layer, { x: 20, y: y + 100, width: 200, height: 40 }, { parent: frame });
        STAGES.forEach((_, s) => board.sticky(`${lane} ${layer} ${s}`, { x: 280 + s * 340 + 20, y: y + 20, width: 200, height: 220 }, { parent: frame }));
      });
    });
    STAGES.forEach((name, s) => board.shape(name, { x: 280 + s * 340, y: 1820, width: 320, height: 100 }));
    const snapshot = board.snapshot();
    const { map } = readOne(snapshot);
    expect(map.stages.map((s) => `${s.name}@${s.lane ?? ''}`)).toEqual(['Search@Online', 'Compare@Online', 'Buy@Online', 'Search@In store', 'Compare@In store', 'Buy@In store']);
    expect(map.layers.map((l) => l.title)).toEqual(layers);
    expect(map.orphans).toEqual([]);
    expect(cellsOf(map)).toContain('s4/l2: In store Touchpoints 0');
  });
});
