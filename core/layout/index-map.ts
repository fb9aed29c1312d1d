import { InputError } from '../errors.ts';
import type { CjmMap } from '../model/map.ts';

/** Where every note of a map goes: its cell, or nowhere. */
export interface MapIndex {
  /** Note indexes per cell, `[stage][layer]`, in the order of `map.notes`. */
  readonly cells: readonly (readonly (readonly number[])[])[];
  /** Indexes of the notes whose stage or layer does not exist in the map. */
  readonly unplaced: readonly number[];
}

/**
 * Sorts the notes of a map into cells. Notes pointing at a stage or layer the map doesn't have
 * are not the planner's to place: they come back as `unplaced` and the caller decides.
 *
 * @throws InputError when two stages or two layers share an id: a note could then belong to either.
 */
export function indexMap(map: Pick<CjmMap, 'stages' | 'layers' | 'notes'>): MapIndex {
  const stageAt = indexIds(map.stages, 'stages');
  const layerAt = indexIds(map.layers, 'layers');
  const cells = map.stages.map(() => map.layers.map((): number[] => []));
  const unplaced: number[] = [];
  map.notes.forEach((note, i) => {
    const s = stageAt.get(note.stage);
    const l = layerAt.get(note.layer);
    const cell = s === undefined || l === undefined ? undefined : cells[s]?.[l];
    if (cell) cell.push(i);
    else unplaced.push(i);
  });
  return { cells, unplaced };
}

function indexIds(list: readonly { readonly id: string }[], path: string): Map<string, number> {
  const at = new Map<string, number>();
  list.forEach((entry, i) => {
    const first = at.get(entry.id);
    if (first !== undefined) {
      throw new InputError(`duplicate id "${entry.id}" (first used at ${path}[${first}])`, `${path}[${i}].id`);
    }
    at.set(entry.id, i);
  });
  return at;
}
