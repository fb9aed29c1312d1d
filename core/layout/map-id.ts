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
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
