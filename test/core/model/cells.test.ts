import { describe, expect, it } from 'vitest';
import { indexCells } from '../../../core/model/index.ts';
import type { Note } from '../../../core/model/index.ts';

const note = (stage: string, layer: string, text: string): Note => ({ stage, layer, text });

describe('indexCells', () => {
  it('finds the notes of a cell in map order, and nothing for an empty cell', () => {
    const notes = [note('s1', 'l1', 'a'), note('s2', 'l1', 'b'), note('s1', 'l1', 'c'), note('s1', 'l2', 'd')];
    const notesIn = indexCells({ notes });
    expect(notesIn('s1', 'l1').map((n) => n.text)).toEqual(['a', 'c']);
    expect(notesIn('s1', 'l2')).toEqual([notes[3]]);
    expect(notesIn('s2', 'l2')).toEqual([]);
  });

  it('keeps ids apart that would collide if simply joined', () => {
    const notesIn = indexCells({ notes: [note('a:b', 'c', 'x'), note('a', 'b:c', 'y')] });
    expect(notesIn('a:b', 'c').map((n) => n.text)).toEqual(['x']);
    expect(notesIn('a', 'b:c').map((n) => n.text)).toEqual(['y']);
  });
});
