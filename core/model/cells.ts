import type { CjmMap, Note } from './map.ts';

/** The notes of one cell (stage × layer), in map order; empty when the cell is empty. */
export type NotesInCell = (stageId: string, layerId: string) => readonly Note[];

/**
 * Sorts the notes of a map into their cells once, so that looking at every cell of a 30 × 15
 * map does not scan every note for every cell. Notes whose stage or layer the map does not have
 * are kept under their ids like any other: a lookup by those ids finds them.
 */
export function indexCells(map: Pick<CjmMap, 'notes'>): NotesInCell {
  // By stage, then by layer: no key string built per note of a 100k map, and no pair of ids
  // can collide.
  const cells = new Map<string, Map<string, Note[]>>();
  for (const note of map.notes) {
    let stage = cells.get(note.stage);
    if (!stage) {
      stage = new Map();
      cells.set(note.stage, stage);
    }
    const notes = stage.get(note.layer);
    if (notes) notes.push(note);
    else stage.set(note.layer, [note]);
  }
  return (stageId, layerId) => cells.get(stageId)?.get(layerId) ?? NO_NOTES;
}

/** What an empty cell holds; frozen, as it is shared. */
const NO_NOTES: readonly Note[] = Object.freeze([]);
