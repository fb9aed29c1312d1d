/**
 * The edges of the rule for swimlane labels beside the layer headings (`lane-sides.ts`): what is
 * not a lane label stays what it was — an orphan with its text, never dropped — and the map reads
 * without lanes.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/import/read-document.ts';
import { Board, drawGrid, exportDrawing } from '../../fixtures/blind-lanes/draw.ts';
import { EN_ROWS, fillLane, resetNotes } from '../../fixtures/blind-lanes/notes-bank.ts';

const STAGES = [{ name: 'Discover' }, { name: 'Compare' }, { name: 'Buy' }];

function read(board: Board) {
  const doc = readDocument(JSON.parse(JSON.stringify(exportDrawing(board.drawing()))));
  expect(doc.readings).toHaveLength(1);
  const reading = doc.readings[0];
  if (!reading) throw new Error('no map');
  return reading.map;
}

describe('lane labels beside the layer headings', () => {
  it('one tall label beside the whole map is no lane: the map reads without lanes, the label an orphan', () => {
    resetNotes();
    const board = new Board('one-side-label', 'miro');
    drawGrid(board, { x: 0, y: 0, stages: STAGES, laneStyle: 'column', lanes: [fillLane('en', 'Self-serve', EN_ROWS, 3)] });
    const map = read(board);
    expect(map.stages.map((s) => s.lane)).toEqual([undefined, undefined, undefined]);
    expect(map.layers.map((l) => l.title)).toEqual(EN_ROWS.map((r) => r.title));
    expect(map.orphans.map((o) => o.text)).toEqual(['Self-serve']);
  });

  it('a stray sticky left of the headings, level with a later row, is no lane label', () => {
    resetNotes();
    const board = new Board('stray-left', 'figjam');
    const g = drawGrid(board, { x: 0, y: 0, stages: STAGES, lanes: [fillLane('en', undefined, EN_ROWS, 3)] });
    const row = g.headingColumn.y + g.headingColumn.height / 2;
    board.add({ kind: 'sticky', rect: { x: -400, y: row, width: 240, height: 240 }, text: 'Ask legal about this', color: '#FFE8A3' });
    const map = read(board);
    expect(map.stages.every((s) => s.lane === undefined)).toBe(true);
    expect(map.layers).toHaveLength(EN_ROWS.length);
    expect(map.orphans.map((o) => o.text)).toEqual(['Ask legal about this']);
  });

  it('labels over blocks that share no kind of layer are no lanes: one map, its rows as drawn', () => {
    resetNotes();
    const board = new Board('unshared-blocks', 'miro');
    const first = EN_ROWS.slice(0, 2);
    const second = EN_ROWS.slice(3);
    drawGrid(board, { x: 0, y: 0, stages: STAGES, laneStyle: 'column', lanes: [fillLane('en', 'Before', first, 3), fillLane('en', 'After', second, 3)] });
    const map = read(board);
    expect(map.stages.every((s) => s.lane === undefined)).toBe(true);
    expect(map.layers.map((l) => l.title)).toEqual([...first, ...second].map((r) => r.title));
    expect(map.orphans.map((o) => o.text).sort()).toEqual(['After', 'Before']);
  });

  it('two labels whose blocks repeat the layers are lanes, in either lane order on the board', () => {
    resetNotes();
    const board = new Board('two-lanes', 'miro');
    drawGrid(board, { x: 0, y: 0, stages: STAGES, laneStyle: 'rotated', lanes: [fillLane('en', 'Returning', EN_ROWS, 3), fillLane('en', 'New', EN_ROWS, 3)] });
    const map = read(board);
    expect(map.stages.map((s) => `${s.name}|${s.lane ?? ''}`)).toEqual(['Discover|Returning', 'Compare|Returning', 'Buy|Returning', 'Discover|New', 'Compare|New', 'Buy|New']);
    expect(map.layers).toHaveLength(EN_ROWS.length);
    expect(map.orphans).toEqual([]);
  });
});
