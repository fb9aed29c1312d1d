import type { Sentiment } from '../model/map.ts';

/** Reads the sentiment of an emotion note. (Work in progress.) */
export function parseSentiment(_text: string): Sentiment | undefined {
  return undefined;
}
