import { parseSentiment } from '../text/sentiment.ts';
import type { Note, Sentiment } from './map.ts';

/**
 * The sentiment of an emotion note: the one stored with it (by the board reader, a template or
 * the author), else the one its text expresses ("😞 тревога" → -1). A cjm/1 file written by hand
 * or by another tool often has no `sentiment` at all, and its emotions must count all the same.
 * Undefined when the note says nothing about feelings. A stored value always wins, so an author
 * can overrule the text reading.
 */
export function readSentiment(note: Pick<Note, 'sentiment' | 'text'>): Sentiment | undefined {
  return note.sentiment ?? parseSentiment(note.text);
}
