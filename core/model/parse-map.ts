import type { core } from 'zod/mini';
import { InputError } from '../errors.ts';
import { CjmMapSchema, SCHEMA_ID, type CjmMap } from './map.ts';
import { writeMapText } from './write-map-text.ts';

/** One thing wrong with a cjm/1 document, with the JSON path to it. */
export interface MapProblem {
  /** Where, in JavaScript notation: `stages[2].phase`; `(root)` for the document itself. */
  readonly path: string;
  /** What, in plain words: `expected one of plan, reach, act, convert, engage`. */
  readonly message: string;
}

/** The outcome of {@link validateMap}: the map, or every problem found. */
export type MapValidation =
  | { readonly ok: true; readonly map: CjmMap }
  | { readonly ok: false; readonly problems: readonly MapProblem[] };

/**
 * Checks that `json` (already parsed from text) is a valid cjm/1 map and reports **every**
 * problem with its path, both the shape (types, enums, unknown fields) and the references
 * (a note's stage and layer must exist, ids must be unique). Never throws.
 */
export function validateMap(json: unknown): MapValidation {
  const parsed = CjmMapSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(describeIssue) };
  const problems = findReferenceProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, map: parsed.data };
}

/**
 * Parses a cjm/1 document into a map, or throws an {@link InputError} whose message lists every
 * problem (`stages[2].phase: expected one of …; notes[0].layer: unknown layer "l9"`).
 * @param where names the document in the error, e.g. the file name.
 */
export function parseMap(json: unknown, where?: string): CjmMap {
  const result = validateMap(json);
  if (result.ok) return result.map;
  const lines = result.problems.map((p) => `${p.path}: ${p.message}`);
  const shown = lines.slice(0, 5).join('; ');
  const more = lines.length > 5 ? `; and ${lines.length - 5} more` : '';
  throw new InputError(`invalid ${SCHEMA_ID} map: ${shown}${more}`, where, lines);
}

/**
 * Serialises a map as the canonical cjm/1 text: fields in schema order, optional fields left out
 * when absent, two-space indentation, a final line break. {@link writeMapText} writes the same
 * text in pieces.
 *
 * @throws TypeError when the map breaks its schema (a programming error).
 */
export function serializeMap(map: CjmMap): string {
  const parts: string[] = [];
  writeMapText(map, (chunk) => parts.push(chunk));
  return `${parts.join('')}\n`;
}

/** Turns a path like `['stages', 2, 'phase']` into `stages[2].phase`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/u.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

function describeIssue(issue: core.$ZodIssue): MapProblem {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return {
        path,
        message:
          issue.values.length === 1
            ? `expected ${JSON.stringify(issue.values[0])}`
            : `expected one of ${issue.values.map((v) => String(v)).join(', ')}`,
      };
    case 'invalid_type':
      return { path, message: !('input' in issue) || issue.input === undefined ? `required ${issue.expected} is missing` : `expected ${issue.expected}, got ${describeValue(issue.input)}` };
    case 'unrecognized_keys':
      return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    case 'too_small':
      return { path, message: issue.origin === 'string' ? 'expected a non-empty string' : issue.message };
    default:
      return { path, message: issue.message };
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

function findReferenceProblems(map: CjmMap): MapProblem[] {
  const problems: MapProblem[] = [];
  const stageIds = collectUniqueIds(map.stages, 'stages', problems);
  const layerIds = collectUniqueIds(map.layers, 'layers', problems);
  map.notes.forEach((note, i) => {
    if (!stageIds.has(note.stage)) problems.push({ path: `notes[${i}].stage`, message: `unknown stage "${note.stage}"` });
    if (!layerIds.has(note.layer)) problems.push({ path: `notes[${i}].layer`, message: `unknown layer "${note.layer}"` });
  });
  return problems;
}

function collectUniqueIds(entries: readonly { id: string }[], field: string, problems: MapProblem[]): Set<string> {
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    if (ids.has(entry.id)) problems.push({ path: `${field}[${i}].id`, message: `duplicate id "${entry.id}"` });
    ids.add(entry.id);
  });
  return ids;
}
