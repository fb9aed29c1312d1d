import { describe, expect, it } from 'vitest';
import type { BoardItem } from '../../../core/board/snapshot.ts';
import { importFigmaRest } from '../../../core/import/figma-rest.ts';
import { importMiroRest } from '../../../core/import/miro-rest.ts';
import { readBoard } from '../../../core/read/index.ts';
import { BoardBuilder, drawMap } from '../../support/board-builder.ts';
import { cellsOf, expectNothingDropped, orphansOf, readOne } from './read-helpers.ts';

/**
 * Frames and sections: parent links that go round in a circle, frames nested thousands deep,
 * and the names of frames that are not a map's frame. Whatever the frames, every text is read.
 */

describe('readBoard: frames whose parent links form a circle', () => {
  it('reads the notes of two frames that name each other as parents', () => {
    const board = new BoardBuilder();
    drawMap(board, { stages: ['Search', 'Choice'], layers: ['Goal', 'Actions'], notes: [{ stage: 0, layer: 0, text: 'find a clinic' }] });
    board.frame('Frame A', { x: 5000, y: 0, width: 1000, height: 1000 }, { id: 'A', parent: 'B' });
    board.frame('Frame B', { x: 5000, y: 0, width: 1000, height: 1000 }, { id: 'B', parent: 'A' });
    const note = board.sticky('Important note in a circle of frames', { x: 5100, y: 100, width: 200, height: 200 }, { parent: 'A' });
    const snapshot = board.snapshot();
    const { map, roles } = readOne(snapshot);
    expect(cellsOf(map)).toEqual(['s1/l1: find a clinic']);
    expect(roles.get(note)).toBe('orphan');
    expect(orphansOf(map)).toContain('outside-grid: Important note in a circle of frames');
    expectNothingDropped(snapshot, [readOne(snapshot)]);
  });

  it('reads a map drawn in a frame caught in a circle of parent links', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { frame: 'Journey', stages: ['Search', 'Choice'], layers: ['Goal', 'Actions'], notes: [{ stage: 1, layer: 1, text: 'compares prices' }] });
    const frame = board.items.find((item) => item.id === ids.frame);
    if (frame) Object.assign(frame, { parent: 'outer' });
    board.frame('Workshop', { x: -100, y: -100, width: 3000, height: 3000 }, { id: 'outer', parent: ids.frame ?? '' });
    const snapshot = board.snapshot();
    const { map } = readOne(snapshot);
    expect(cellsOf(map)).toEqual(['s2/l2: compares prices']);
    expectNothingDropped(snapshot, [readOne(snapshot)]);
  });

  it('reads a Miro export whose frames name each other as parents', () => {
    const at = (x: number, y: number, relativeTo: string) => ({ x, y, origin: 'center', relativeTo });
    const snapshot = importMiroRest({
      data: [
        { id: 'a', type: 'frame', data: { title: 'A' }, position: at(0, 0, 'canvas_center'), geometry: { width: 1000, height: 1000 }, parent: { id: 'b' } },
        { id: 'b', type: 'frame', data: { title: 'B' }, position: at(0, 0, 'canvas_center'), geometry: { width: 1000, height: 1000 }, parent: { id: 'a' } },
        { id: 'n', type: 'sticky_note', data: { content: '<p>lost?</p>' }, position: at(100, 100, 'parent_top_left'), geometry: { width: 100, height: 100 }, parent: { id: 'a' } },
      ],
    });
    const reading = readBoard(snapshot);
    expect(reading.warnings.map((w) => w.code)).not.toContain('empty-board');
    expect(reading.maps).toHaveLength(1);
    expect(reading.maps[0]?.roles.get('n')).toBe('orphan');
    expect(reading.maps[0]?.map.orphans.map((o) => o.text)).toContain('lost?');
  });

  it('does not put a section inside the frame it holds, when that frame overflows it (Figma)', () => {
    const box = (x: number, y: number, width = 200, height = 200) => ({ x, y, width, height });
    const snapshot = importFigmaRest({
      document: {
        id: '0:0',
        type: 'DOCUMENT',
        children: [
          {
            id: '0:1',
            type: 'CANVAS',
            name: 'Page 1',
            children: [
              {
                id: '1:1',
                type: 'SECTION',
                name: 'Small section',
                absoluteBoundingBox: box(100, 100, 500, 500),
                children: [
                  {
                    id: '1:2',
                    type: 'FRAME',
                    name: 'Big frame overflowing the section',
                    absoluteBoundingBox: box(0, 0, 2000, 2000),
                    children: [
                      { id: '1:3', type: 'STICKY', characters: 'Note A', absoluteBoundingBox: box(1200, 1200) },
                      { id: '1:4', type: 'STICKY', characters: 'Note B', absoluteBoundingBox: box(1500, 1500) },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    const reading = readBoard(snapshot);
    expect(reading.maps).toHaveLength(1);
    const { map, roles } = reading.maps[0] ?? { map: undefined, roles: new Map() };
    expect(roles.get('1:3')).toBe('orphan');
    expect(roles.get('1:4')).toBe('orphan');
    expect(map?.orphans.map((o) => o.text)).toEqual(expect.arrayContaining(['Note A', 'Note B']));
    expectNothingDropped(snapshot, reading.maps);
  });
});

describe('readBoard: deeply nested frames', () => {
  /** `depth` frames, each inside the one before, each holding one sticky of its own (no heading-like text). */
  function nestedFrames(depth: number, withParents: boolean): BoardItem[] {
    const items: BoardItem[] = [];
    for (let i = 0; i < depth; i++) {
      const side = 2 * depth - 2 * i + 10;
      items.push({ id: `F${i}`, type: 'frame', text: '', rect: { x: i, y: i, width: side, height: side }, ...(withParents && i > 0 ? { parent: `F${i - 1}` } : {}) });
      items.push({ id: `n${i}`, type: 'sticky', text: `n${i}`, rect: { x: i + 1, y: i + 1, width: 1, height: 1 }, ...(withParents ? { parent: `F${i}` } : {}) });
    }
    return items;
  }

  // Each level used to search its whole content again (and match every text again): 8,000
  // levels took minutes. The time limits are far above what a linear reader needs.
  it('reads 8,000 frames nested by parent links, every note once', () => {
    const items = nestedFrames(8000, true);
    const reading = readBoard({ platform: 'unknown', items });
    expect(reading.maps).toHaveLength(1);
    expect(reading.maps[0]?.map.orphans).toHaveLength(8000);
  }, 20_000);

  it('reads 3,000 frames nested by position only, every note once', () => {
    const items = nestedFrames(3000, false);
    const reading = readBoard({ platform: 'unknown', items });
    expect(reading.maps[0]?.map.orphans).toHaveLength(3000);
  }, 20_000);

  it('still finds a map drawn deep inside nested frames', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { frame: 'Map', stages: ['A', 'B'], layers: ['Goal', 'Actions'], notes: [{ stage: 1, layer: 0, text: 'deep note' }] });
    let parent = ids.frame ?? '';
    for (let i = 0; i < 50; i++) {
      board.frame('', { x: -10 * (i + 1), y: -10 * (i + 1), width: 2000 + 20 * (i + 1), height: 2000 + 20 * (i + 1) }, { id: `wrap${i}` });
      const inner = board.items.find((item) => item.id === parent);
      if (inner) Object.assign(inner, { parent: `wrap${i}` });
      parent = `wrap${i}`;
    }
    const { map } = readOne(board.snapshot());
    expect(map.title).toBe('Map');
    expect(cellsOf(map)).toEqual(['s2/l1: deep note']);
  });
});

describe('readBoard: frame names', () => {
  it('keeps the name of a frame inside the map as a title orphan', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { frame: 'Journey', title: 'Clinic journey', stages: ['A', 'B'], layers: ['Goal', 'Actions'], notes: [{ stage: 0, layer: 0, text: 'in a cell' }] });
    const { bounds } = ids;
    const parking = board.frame('Parking lot', { x: bounds.x + bounds.width + 100, y: bounds.y, width: 400, height: 400 }, { parent: ids.frame ?? '' });
    board.sticky('later', { x: bounds.x + bounds.width + 150, y: bounds.y + 150, width: 100, height: 100 }, { parent: parking });
    const snapshot = board.snapshot();
    const { map, roles } = readOne(snapshot);
    expect(map.title).toBe('Clinic journey');
    // the map's own frame names the map on the board: neither title nor orphan here
    expect(roles.get(ids.frame ?? '')).toBe('frame');
    expect(map.orphans.map((o) => o.text)).not.toContain('Journey');
    expect(roles.get(parking)).toBe('orphan');
    expect(map.orphans.find((o) => o.source?.id === parking)).toEqual({ text: 'Parking lot', reason: 'title', source: { id: parking } });
    expectNothingDropped(snapshot, [readOne(snapshot)]);
  });

  it('keeps the name of a frame beside the map as a title orphan', () => {
    const board = new BoardBuilder();
    drawMap(board, { frame: 'Journey', stages: ['A', 'B'], layers: ['Goal', 'Actions'] });
    const notes = board.frame('Notes from the call', { x: 3000, y: 0, width: 500, height: 500 });
    const { map, roles } = readOne(board.snapshot());
    expect(map.title).toBe('Journey');
    expect(roles.get(notes)).toBe('orphan');
    expect(orphansOf(map)).toContain('title: Notes from the call');
  });

  it('takes the name of the frame holding a board without a grid as its title', () => {
    const board = new BoardBuilder();
    const frame = board.frame('Brainstorm', { x: 0, y: 0, width: 1000, height: 500 });
    board.sticky('first thought', { x: 100, y: 100, width: 100, height: 100 }, { parent: frame });
    board.sticky('second thought', { x: 300, y: 100, width: 100, height: 100 }, { parent: frame });
    const { map, roles } = readOne(board.snapshot());
    expect(map.title).toBe('Brainstorm');
    expect(roles.get(frame)).toBe('frame');
    expect(orphansOf(map)).toEqual(['no-layer: first thought', 'no-layer: second thought']);
  });
});
