import { isRecord } from './problems.ts';

/** The kinds of JSON document cjm-kit reads. */
export type DocumentFormat = 'cjm/1' | 'miro-rest' | 'figma-rest';

/**
 * Tells what a parsed JSON document is, from its shape alone:
 * - `cjm/1`: an object whose `schema` starts with `cjm/` (a wrong version is still reported as a
 *   cjm map, so parsing it says which version is expected);
 * - `figma-rest`: `{ document: node }` (GET /v1/files/:key, a plugin's JSON_REST_V1 export) or
 *   `{ nodes: { [id]: { document } | null } }` (GET /v1/files/:key/nodes);
 * - `miro-rest`: `{ data: [...] }` (GET /v2/boards/{id}/items), an array of such pages, or an
 *   array of items (`{ id, type, … }`); an empty array counts as an empty listing.
 *
 * Undefined for anything else. Detection does not validate: the reader of the format does.
 */
export function detectFormat(json: unknown): DocumentFormat | undefined {
  if (Array.isArray(json)) {
    const list = json as unknown[];
    if (list.length === 0) return 'miro-rest';
    return list.every((entry) => isRecord(entry) && (Array.isArray(entry.data) || (typeof entry.type === 'string' && 'id' in entry)))
      ? 'miro-rest'
      : undefined;
  }
  if (!isRecord(json)) return undefined;
  if (typeof json.schema === 'string' && json.schema.startsWith('cjm/')) return 'cjm/1';
  const root = json.document;
  if (isRecord(root) && typeof root.type === 'string') return 'figma-rest';
  if (isRecord(json.nodes) && Object.values(json.nodes).every((entry) => entry === null || (isRecord(entry) && isRecord(entry.document)))) {
    return 'figma-rest';
  }
  if (Array.isArray(json.data)) return 'miro-rest';
  return undefined;
}
