import { parseMap } from '../core/index.ts';
import type { CjmMap } from '../core/index.ts';

/**
 * A cjm/1 file's text as a map. Rejects with core's `InputError`: "map.json: invalid cjm/1 map:
 * stages[2].phase: expected one of …", or "map.json: not JSON: …" with the position.
 */
export function parseMapFile(text: string, fileName: string): CjmMap {
  let json: unknown;
  try {
    // A byte-order mark is common in files saved by Windows editors; JSON.parse refuses it.
    json = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${fileName}: not JSON (${reason})`);
  }
  return parseMap(json, fileName);
}
