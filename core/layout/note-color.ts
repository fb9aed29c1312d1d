import type { Layer, Note } from '../model/map.ts';
import { LAYER_VOCABULARY } from '../model/vocabulary.ts';
import type { ColorToken } from './types.ts';

/**
 * The colour of a note: its layer kind's colour, except on emotion layers where the sentiment
 * decides (green positive, yellow neutral, red negative), so the mood reads at a glance.
 */
export function pickNoteColor(note: Pick<Note, 'sentiment'>, layer: Pick<Layer, 'kind'>): ColorToken {
  if (layer.kind === 'emotions' && note.sentiment !== undefined) {
    return note.sentiment > 0 ? 'note-green' : note.sentiment < 0 ? 'note-red' : 'note-yellow';
  }
  return `note-${LAYER_VOCABULARY[layer.kind].noteColor}`;
}
