import { describe, expect, it } from 'vitest';
import type { BoardItem } from '../../../core/board/snapshot.ts';
import { readBoard } from '../../../core/read/index.ts';

/**
 * Hand-made layouts the import fixtures caught the reader getting wrong, cut down to the few
 * items that show each case (from test/fixtures/miro-en-saas.json and figjam-ru-retail.json),
 * kept as regression tests. Each test states what a person sees on the board.
 */

function item(id: string, type: BoardItem['type'], text: string, x: number, y: number, width: number, height: number): BoardItem {
  return { id, type, text, rect: { x, y, width, height } };
}

/** Where the reader put each note: `text → stage / layer`. */
function placements(items: BoardItem[]): Record<string, string> {
  const [reading] = readBoard({ platform: 'miro', items }).maps;
  const stage = new Map(reading?.map.stages.map((s) => [s.id, s.name]));
  const layer = new Map(reading?.map.layers.map((l) => [l.id, l.title]));
  return Object.fromEntries((reading?.map.notes ?? []).map((note) => [note.text, `${stage.get(note.stage)} / ${layer.get(note.layer)}`]));
}

describe('the reader on hand-made layouts', () => {
  it('A: a stray note far right, level with the phase band, does not turn the band into the stage row', () => {
    const items = [
      item('b1', 'shape', 'Reach', 300, 0, 1000, 60),
      item('b2', 'shape', 'Act', 1300, 0, 500, 60),
      item('s1', 'shape', 'Ignoring', 300, 80, 480, 100),
      item('s2', 'shape', 'Searching', 800, 80, 480, 100),
      item('s3', 'shape', 'Choosing', 1300, 80, 480, 100),
      item('h1', 'text', 'Goal', 0, 200, 200, 40),
      item('h2', 'text', 'Doing', 0, 460, 200, 40),
      item('n1', 'sticky', 'g1', 320, 210, 199, 228),
      item('n2', 'sticky', 'g2', 820, 210, 199, 228),
      item('n3', 'sticky', 'd1', 1320, 470, 199, 228),
      // 1500 px right of the map; its box overlaps the band's row.
      item('x', 'sticky', 'Ask Dave', 3300, -100, 199, 228),
    ];
    // Once read as stages "Reach", "Act", "Ask Dave", with the stage headers as notes.
    expect(placements(items)).toEqual({ g1: 'Ignoring / Goal', g2: 'Searching / Goal', d1: 'Choosing / Doing' });
  });

  it('B: headings at the top of tall rows, two rows of notes, one note hanging over the row line', () => {
    const items = [
      item('s1', 'shape', 'Stage A', 300, 0, 240, 100),
      item('s2', 'shape', 'Stage B', 800, 0, 240, 100),
      // Rows run 100–660 and 660–…; each heading sits at the top of its row.
      item('h1', 'text', 'Actions', 0, 130, 200, 40),
      item('h2', 'text', 'Goal', 0, 690, 200, 40),
      item('n1', 'sticky', 'a1', 300, 120, 240, 240),
      item('n2', 'sticky', 'a2', 300, 380, 240, 240), // second row of notes in the cell: centre y 500
      item('n3', 'sticky', 'b1', 800, 120, 240, 240),
      item('n4', 'sticky', 'b2', 800, 460, 240, 240), // over the line at 660 by 40 px: centre y 580
      item('n5', 'sticky', 'g1', 300, 680, 240, 240),
      item('n6', 'sticky', 'g2', 800, 720, 240, 240),
    ];
    // Once a2 and b2 landed in "Goal": the row line went into the 20 px strip between the two
    // rows of notes, because b2 fills the real gap.
    expect(placements(items)).toEqual({
      a1: 'Stage A / Actions',
      a2: 'Stage A / Actions',
      b1: 'Stage B / Actions',
      b2: 'Stage B / Actions',
      g1: 'Stage A / Goal',
      g2: 'Stage B / Goal',
    });
  });

  it('C: a note crossing a column line takes the column line with it', () => {
    const items = [
      // Columns run 300–860 and 860–…; headers are stickies at the left of their column.
      item('s1', 'sticky', 'Stage A', 330, 0, 240, 240),
      item('s2', 'sticky', 'Stage B', 890, 0, 240, 240),
      item('h1', 'text', 'Actions', 0, 300, 200, 40),
      item('h2', 'text', 'Goal', 0, 600, 200, 40),
      item('n1', 'sticky', 'a1', 318, 300, 240, 240),
      item('n2', 'sticky', 'a2', 696, 300, 240, 240), // over the line at 860 by 76 px: centre x 816
      item('n3', 'sticky', 'a3', 318, 600, 240, 240),
      item('n4', 'sticky', 'a4', 576, 600, 240, 240), // wholly in Stage A
      item('n5', 'sticky', 'b1', 878, 300, 240, 240),
      item('n6', 'sticky', 'b2', 878, 600, 240, 240),
    ];
    // Once a2 and a4 landed in "Stage B".
    expect(placements(items)).toEqual({
      a1: 'Stage A / Actions',
      a2: 'Stage A / Actions',
      a3: 'Stage A / Goal',
      a4: 'Stage A / Goal',
      b1: 'Stage B / Actions',
      b2: 'Stage B / Goal',
    });
  });

  it('D: stage headers at the left of wide columns, a note in the right half of the first column', () => {
    const items = [
      // Columns run 420–980 and 980–1560; each header is a 240 px sticky near the column's left.
      item('s1', 'sticky', 'Stage A', 450, 730, 240, 240),
      item('s2', 'sticky', 'Stage B', 1010, 730, 240, 240),
      item('h1', 'text', 'Goal', 120, 1030, 260, 40),
      // Right half of Stage A: 55 px of empty board between it and Stage B's notes.
      item('n1', 'sticky', 'a2', 698, 1305, 240, 240),
      item('n2', 'sticky', 'b1', 994, 1014, 240, 240),
      item('n3', 'sticky', 'b2', 993, 1304, 240, 240),
    ];
    // Once a2 landed in "Stage B".
    expect(placements(items)).toEqual({ a2: 'Stage A / Goal', b1: 'Stage B / Goal', b2: 'Stage B / Goal' });
  });
});
