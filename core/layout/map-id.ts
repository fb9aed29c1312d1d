import { hashText } from '../board/fnv-hash.ts';
import type { CjmMap } from '../model/map.ts';

/**
 * Derives a map id from what identifies a map to a person: its title and its stage ids. The same
 * map laid out twice gets the same id (the reader recognises it), and two different maps on one
 * board almost always get different ones. 32-bit FNV-1a over UTF-16 code units, in base 36:
 * short enough for Miro's 256-byte metadata limit.
 */
export function hashMapId(map: Pick<CjmMap, 'title' | 'stages'>): string {
  // U+0000 separates fields so that ("ab", ["c"]) and ("a", ["bc"]) hash differently.
  const source = [map.title, ...map.stages.map((stage) => stage.id)].join('\u0000');
  return hashText(source);
}
