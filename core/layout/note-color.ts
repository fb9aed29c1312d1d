import type { Layer, Note } from '../model/map.ts';
import { readSentiment } from '../model/note-sentiment.ts';
import { LAYER_VOCABULARY } from '../model/vocabulary.ts';
import type { ColorToken } from './types.ts';

/**
 * The colour of a note: its layer kind's colour, except on emotion layers where the sentiment
 * decides (green positive, yellow neutral, red negative), so the mood reads at a glance. The
 * sentiment is the stored one or the one the text expresses (`readSentiment`), as on the curve.
 */
export function pickNoteColor(note: Pick<Note, 'sentiment' | 'text'>, layer: Pick<Layer, 'kind'>): ColorToken {
  const sentiment = layer.kind === 'emotions' ? readSentiment(note) : undefined;
  if (sentiment !== undefined) {
    return sentiment > 0 ? 'note-green' : sentiment < 0 ? 'note-red' : 'note-yellow';
  }
  return `note-${LAYER_VOCABULARY[layer.kind].noteColor}`;
}
