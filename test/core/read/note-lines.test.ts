import { describe, expect, it } from 'vitest';
import { BoardBuilder } from '../../support/board-builder.ts';
import { cellsOf, readOne } from './read-helpers.ts';

/**
 * Issue #12, case 7 on rows of uneven heights (`note-lines.ts`): a heading at the top of each
 * row, a tall row with a second line of notes in one stage, every gap alike. The spacing of
 * the heading centres has no hole when a heading goes; the line of notes it leaves, in every
 * stage and level with no heading, is a row of its own.
 */
const STAGES = ['Search', 'Choice', 'Trial', 'Pay'];
const ROWS = [
  { title: 'Goal', height: 260 },
  { title: 'Actions', height: 520 },
  { title: 'Thinking', height: 260 },
  { title: 'Feelings', height: 260 },
  { title: 'Pains', height: 260 },
];

function draw(without?: string): { board: BoardBuilder; expected: string[] } {
  const board = new BoardBuilder();
  STAGES.forEach((name, s) => board.text(name, { x: 300 + s * 300, y: 0, width: 200, height: 40 }));
  const expected: string[] = [];
  let top = 100;
  ROWS.forEach(({ title, height }, l) => {
    if (title !== without) board.text(title, { x: 0, y: top + 10, width: 200, height: 40 });
    STAGES.forEach((_, s) => {
      board.sticky(`${title} ${s}`, { x: 300 + s * 300, y: top + 10, width: 200, height: 200 });
      expected.push(`s${s + 1}/l${l + 1}: ${title} ${s}`);
      if (height > 260 && s === 1) {
        board.sticky(`${title} more`, { x: 300 + s * 300, y: top + 270, width: 200, height: 200 });
        expected.push(`s${s + 1}/l${l + 1}: ${title} more`);
      }
    });
    top += height;
  });
  return { board, expected: expected.sort() };
}

describe('a line of notes level with no heading (issue #12, case 7)', () => {
  it('keeps a tall row’s second line in its row', () => {
    const { board, expected } = draw();
    const { map, warnings } = readOne(board.snapshot());
    expect([...cellsOf(map)].sort()).toEqual(expected);
    expect(warnings.map((w) => w.code)).not.toContain('unnamed-layer');
  });

  it('keeps the line of a deleted heading as an unnamed row, its neighbours named', () => {
    const { board, expected } = draw('Feelings');
    const { map, warnings } = readOne(board.snapshot());
    expect(map.layers.map((layer) => layer.title)).toEqual(['Goal', 'Actions', 'Thinking', '', 'Pains']);
    expect([...cellsOf(map)].sort()).toEqual(expected);
    const unnamed = warnings.find((w) => w.code === 'unnamed-layer');
    expect(unnamed?.message).toContain('Thinking');
    expect(unnamed?.message).toContain('Pains');
  });
});
