import { hashText } from './fnv-hash.ts';

/**
 * Ids as markers carry them. Markers must stay within Miro's item metadata limit
 * (`MARKER_MAX_BYTES`, docs/platform-notes.md), but ids are free text: a long Cyrillic stage name
 * used as its id takes six bytes a letter once percent-encoded. An id too long for its field is
 * shortened to a readable prefix, `~` and a hash of the whole id, so it stays recognisable,
 * stable (the same id always gives the same marker id) and, with {@link assignMarkerIds},
 * unique within a map.
 */

/** Most encoded bytes of a map id in a marker. */
export const MARKER_MAP_BYTES = 32;
/** Most encoded bytes of a stage or layer id in a marker. */
export const MARKER_ID_BYTES = 72;

/** An id as a marker field writes it: percent-encoded, lone surrogates as U+FFFD (they can't be encoded). */
export function encodeMarkerField(value: string): string {
  return encodeURIComponent(value.replace(/[\ud800-\udfff]/gu, '\ufffd'));
}

/**
 * The id itself when its encoding fits `maxBytes`; otherwise the longest prefix (whole code
 * points) that fits with `~<hash>` after it. `salt` changes the hash, to step around a clash.
 */
export function shortenMarkerId(id: string, maxBytes: number, salt = 0): string {
  const clean = id.replace(/[\ud800-\udfff]/gu, '\ufffd');
  if (salt === 0 && encodeMarkerField(clean).length <= maxBytes) return clean;
  const suffix = `~${hashText(salt === 0 ? clean : `${clean}\u0000${salt}`)}`;
  let prefix = '';
  let used = suffix.length;
  for (const ch of clean) {
    const bytes = encodeURIComponent(ch).length;
    if (used + bytes > maxBytes) break;
    prefix += ch;
    used += bytes;
  }
  return prefix + suffix;
}

/**
 * Marker ids for a list of ids (a map's stage ids, or its layer ids), unique among themselves:
 * ids that fit are kept as they are, and a shortened id that clashes with another marker id is
 * hashed again with a salt until it doesn't. The result depends only on the list, so the
 * planner and anyone checking its markers compute the same table.
 */
export function assignMarkerIds(ids: readonly string[], maxBytes = MARKER_ID_BYTES): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  const taken = new Set<string>();
  // Ids that fit first: they keep their own text whatever the long ones shorten to. (Two ids
  // that differ only in lone surrogates clean to the same text: the second is hashed below.)
  for (const id of ids) {
    if (table.has(id) || encodeMarkerField(id).length > maxBytes) continue;
    const kept = shortenMarkerId(id, maxBytes);
    if (taken.has(kept)) continue;
    table.set(id, kept);
    taken.add(kept);
  }
  for (const id of ids) {
    if (table.has(id)) continue;
    let salt = 0;
    let short = shortenMarkerId(id, maxBytes);
    while (taken.has(short)) short = shortenMarkerId(id, maxBytes, ++salt);
    table.set(id, short);
    taken.add(short);
  }
  return table;
}
