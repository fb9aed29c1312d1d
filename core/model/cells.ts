import type { CjmMap, Note } from './map.ts';

/** The notes of one cell (stage × layer), in map order; empty when the cell is empty. */
export type NotesInCell = (stageId: string, layerId: string) => readonly Note[];

/**
 * Sorts the notes of a map into their cells once, so that looking at every cell of a 30 × 15
 * map does not scan every note for every cell. Notes whose stage or layer the map does not have
 * are kept under their ids like any other: a lookup by those ids finds them.
 */
export function indexCells(map: Pick<CjmMap, 'notes'>): NotesInCell {
  const cells = new Map<string, Note[]>();
  for (const note of map.notes) {
    const key = cellKey(note.stage, note.layer);
    const notes = cells.get(key);
    if (notes) notes.push(note);
    else cells.set(key, [note]);
  }
  return (stageId, layerId) => cells.get(cellKey(stageId, layerId)) ?? [];
}

function cellKey(stageId: string, layerId: string): string {
  // NUL cannot be typed into a board, so no pair of ids collides.
  return `${stageId}\u0000${layerId}`;
}
