import type { core } from 'zod/mini';
import { CjmMapSchema, type CjmMap } from './map.ts';

/** Options of {@link writeMapText}. */
export interface WriteMapTextOptions {
  /** How many levels (two spaces each) the map is indented by: 1 for a map inside a JSON array. Default 0. */
  readonly depth?: number;
  /** About how many characters to gather before each `write`. Default 64 KiB. */
  readonly chunkSize?: number;
}

/**
 * Writes a map as its canonical cjm/1 text, piece by piece: exactly what
 * `JSON.stringify(CjmMapSchema.parse(map), null, 2)` gives (fields in schema order, optional
 * fields left out when absent, defaults filled in, two-space indentation), without the
 * second copy of the map and the one long string that building it whole takes: a 100k-note map
 * is 15 MB of text, which `cjm read --json` writes out in 64 KiB pieces.
 *
 * The order of the fields and what each may hold are read from the zod schema, the single
 * source of the format, so a field added there is written here too. No line break follows the
 * closing brace.
 *
 * @throws TypeError naming the path (`notes[3].stage`) when the map breaks its schema (a
 *   programming error: maps come from `parseMap`, the reader or a template), as `parse` would.
 */
export function writeMapText(map: CjmMap, write: (chunk: string) => void, options: WriteMapTextOptions = {}): void {
  for (const piece of mapTextPieces(map, options)) write(piece);
}

/**
 * {@link writeMapText}'s pieces, one at a time as they are asked for: a writer that must wait
 * for its output (a pipe that is full) takes the next piece only once the last one is out, so
 * the text is never all in memory waiting to be written. Pieces are made a batch of objects at
 * a time (a few hundred notes), each about `chunkSize` characters long.
 *
 * @throws TypeError naming the path when the map breaks its schema, as {@link writeMapText}
 *   (while the pieces are taken: those before the broken value have been given already).
 */
export function* mapTextPieces(map: CjmMap, options: WriteMapTextOptions = {}): Generator<string, void, undefined> {
  const chunkSize = options.chunkSize ?? 64 * 1024;
  const ready: string[] = [];
  let buffer = '';
  const emit = (text: string): void => {
    buffer += text;
    if (buffer.length >= chunkSize) {
      ready.push(buffer);
      buffer = '';
    }
  };
  for (const _pause of writeValue(MAP_FORMAT, map, '', options.depth ?? 0, emit)) {
    yield* ready;
    ready.length = 0;
  }
  yield* ready;
  if (buffer !== '') yield buffer;
}

/** How one part of the schema is written and checked. */
type Format =
  | { readonly kind: 'object'; readonly fields: readonly Field[]; readonly keys: ReadonlySet<string> }
  | { readonly kind: 'array'; readonly element: Format }
  | Leaf;

/**
 * A leaf value's format: what it must be. A plain record rather than a closure per leaf, so the
 * check of 100k notes' fields is one small function the engine inlines.
 */
interface Leaf {
  readonly kind: 'leaf';
  /** string, finite number, boolean, one of `allowed`, or whatever zod's `schema` accepts. */
  readonly test: 'string' | 'number' | 'boolean' | 'one-of' | 'schema';
  /** For strings. */
  readonly minLength: number;
  /** For `one-of`: the values allowed, and what to say about another one. */
  readonly allowed?: ReadonlySet<unknown>;
  readonly expected?: string;
  /** For `schema`: kinds the writer does not know are left to zod. */
  readonly schema?: Schema;
}

/** A field of an object: written when present, or with its default. */
interface Field {
  readonly key: string;
  /** `"key": `, JSON-quoted once. */
  readonly label: string;
  readonly format: Format;
  readonly optional: boolean;
  /** The value written when the field is absent (only read, never changed). */
  readonly defaultValue?: () => unknown;
}

type Schema = core.$ZodType;

/** The zod definition's fields this writer reads (zod/mini's `_zod.def`). */
interface Definition {
  readonly type: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly innerType?: Schema;
  readonly defaultValue?: unknown;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; readonly minimum?: number } } }[];
}

function definitionOf(schema: Schema): Definition {
  return schema._zod.def;
}

/** Builds the writer's picture of a schema, once. */
function formatOf(schema: Schema): Format {
  const def = definitionOf(schema);
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => fieldOf(key, field));
      return { kind: 'object', fields, keys: new Set(fields.map((field) => field.key)) };
    }
    case 'array':
      if (!def.element) throw new TypeError('cjm/1 schema: an array without an element type');
      return { kind: 'array', element: formatOf(def.element) };
    default:
      return leafOf(schema, def);
  }
}

function fieldOf(key: string, schema: Schema): Field {
  const def = definitionOf(schema);
  const label = `${JSON.stringify(key)}: `;
  if (def.type === 'optional') return { key, label, format: formatOf(def.innerType as Schema), optional: true };
  if (def.type === 'default') {
    const value = def.defaultValue;
    return { key, label, format: formatOf(def.innerType as Schema), optional: false, defaultValue: () => value };
  }
  return { key, label, format: formatOf(schema), optional: false };
}

/** The format of a leaf value. Kinds the writer does not know are left to zod. */
function leafOf(schema: Schema, def: Definition): Leaf {
  const checks = def.checks ?? [];
  const minLength = checks.find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
  // `describe` only annotates the published JSON Schema.
  const known = checks.every((check) => check._zod.def.check === 'min_length' || check._zod.def.check === 'describe');
  const bySchema: Leaf = { kind: 'leaf', test: 'schema', minLength: 0, schema };
  if (!known) return bySchema;
  switch (def.type) {
    case 'string':
      return { kind: 'leaf', test: 'string', minLength };
    case 'number':
      return { kind: 'leaf', test: 'number', minLength: 0 };
    case 'boolean':
      return { kind: 'leaf', test: 'boolean', minLength: 0 };
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return { kind: 'leaf', test: 'one-of', minLength: 0, allowed, expected: `expected one of ${[...allowed].join(', ')}` };
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return { kind: 'leaf', test: 'one-of', minLength: 0, allowed, expected: `expected one of ${[...allowed].map((v) => JSON.stringify(v)).join(', ')}` };
    }
    default:
      return bySchema;
  }
}

/** What is wrong with a leaf value, or undefined. */
function leafProblem(leaf: Leaf, value: unknown): string | undefined {
  switch (leaf.test) {
    case 'string':
      return typeof value !== 'string' ? 'expected a string' : value.length < leaf.minLength ? 'expected a non-empty string' : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'expected a finite number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected a boolean';
    case 'one-of':
      return leaf.allowed?.has(value) ? undefined : leaf.expected;
    case 'schema':
      return leaf.schema && (leaf.schema['~standard'].validate(value) as { issues?: unknown }).issues ? 'does not match the schema' : undefined;
  }
}

const MAP_FORMAT = formatOf(CjmMapSchema);

/** Two spaces per level, as `JSON.stringify(…, null, 2)`; cached, maps nest four levels deep. */
const INDENTS: string[] = [];
function indent(depth: number): string {
  let text = INDENTS[depth];
  if (text === undefined) {
    text = '  '.repeat(depth);
    INDENTS[depth] = text;
  }
  return text;
}

function fail(path: string, problem: string): never {
  throw new TypeError(`not a valid cjm/1 map: ${path || '(root)'}: ${problem}`);
}

/** Writes one value through `emit`; pauses (yields) after each batch of objects so the pieces made so far can be taken. */
function* writeValue(format: Format, value: unknown, path: string, depth: number, emit: (text: string) => void): Generator<undefined, void, undefined> {
  if (format.kind === 'leaf') {
    const problem = leafProblem(format, value);
    if (problem !== undefined) fail(path, problem);
    emit(JSON.stringify(value));
    return;
  }
  if (format.kind === 'array') {
    if (!Array.isArray(value)) fail(path, 'expected an array');
    const list = value as readonly unknown[];
    if (list.length === 0) {
      emit('[]');
      return;
    }
    const inner = `\n${indent(depth + 1)}`;
    if (format.element.kind === 'object') {
      yield* writeObjects(format.element, list, path, depth, emit);
      return;
    }
    for (let i = 0; i < list.length; i++) {
      emit(i === 0 ? `[${inner}` : `,${inner}`);
      yield* writeValue(format.element, list[i], `${path}[${i}]`, depth + 1, emit);
    }
    emit(`\n${indent(depth)}]`);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'expected an object');
  const record = value as Readonly<Record<string, unknown>>;
  for (const key in record) {
    // Strict objects, as the schema says: an unknown field is a typo, never dropped silently.
    if (Object.hasOwn(record, key) && !format.keys.has(key)) fail(path, `unknown field "${key}"`);
  }
  const inner = `\n${indent(depth + 1)}`;
  let first = true;
  for (const field of format.fields) {
    let fieldValue = record[field.key];
    if (fieldValue === undefined) {
      if (field.defaultValue) fieldValue = field.defaultValue();
      else if (field.optional) continue;
      else fail(path ? `${path}.${field.key}` : field.key, 'required field is missing');
    }
    emit(`${first ? '{' : ','}${inner}${field.label}`);
    first = false;
    yield* writeValue(field.format, fieldValue, path ? `${path}.${field.key}` : field.key, depth + 1, emit);
  }
  emit(first ? '{}' : `\n${indent(depth)}}`);
}

/** How many objects of an array one `JSON.stringify` call writes. */
const BATCH = 512;

/**
 * An array of objects (notes, orphans, stages, layers), a batch at a time: each object is
 * checked and, when its fields are not already in schema order or it lacks a default, copied in
 * order; then `JSON.stringify` lays the batch out, nested as deep as the array is so its
 * indentation is the document's, and the batch's elements are cut out of that text.
 */
function* writeObjects(format: Extract<Format, { kind: 'object' }>, list: readonly unknown[], path: string, depth: number, emit: (text: string) => void): Generator<undefined, void, undefined> {
  // JSON.stringify([[batch]], null, 2) puts the batch's elements at depth 2, as in a map's notes.
  const opening = Array.from({ length: depth + 1 }, (_, k) => `[\n${indent(k + 1)}`).join('');
  const closing = Array.from({ length: depth + 1 }, (_, k) => `\n${indent(depth - k)}]`).join('');
  const batch: unknown[] = [];
  for (let from = 0; from < list.length; from += BATCH) {
    batch.length = 0;
    const to = Math.min(list.length, from + BATCH);
    for (let i = from; i < to; i++) {
      try {
        batch.push(canonical(format, list[i]));
      } catch (error) {
        if (error instanceof SchemaBreak) fail(`${path}[${i}]${error.where()}`, error.problem);
        throw error;
      }
    }
    let nested: unknown = batch;
    for (let k = 0; k < depth; k++) nested = [nested];
    const text = JSON.stringify(nested, null, 2);
    emit(from === 0 ? `[\n${indent(depth + 1)}` : `,\n${indent(depth + 1)}`);
    emit(text.slice(opening.length, text.length - closing.length));
    yield;
  }
  emit(`\n${indent(depth)}]`);
}

/**
 * Where {@link canonical} found a value that breaks the schema: the problem, and the keys and
 * indexes from the value it was given down to the broken one, gathered on the way back up (so
 * a valid map, the only kind there is in practice, never builds a path).
 */
class SchemaBreak extends Error {
  readonly problem: string;
  readonly #steps: (string | number)[] = [];
  constructor(problem: string) {
    super(problem);
    this.problem = problem;
  }
  /** Records one more step up: the key or index the broken value was under. */
  under(step: string | number): SchemaBreak {
    this.#steps.push(step);
    return this;
  }
  /** The steps as a path below the value `canonical` was given: `.source.id`, `[2]`. */
  where(): string {
    let text = '';
    for (let k = this.#steps.length - 1; k >= 0; k--) {
      const step = this.#steps[k];
      text += typeof step === 'number' ? `[${step}]` : `.${String(step)}`;
    }
    return text;
  }
}

/** A leaf value's problem, thrown. */
function checkLeaf(format: Extract<Format, { kind: 'leaf' }>, value: unknown): void {
  const problem = leafProblem(format, value);
  if (problem !== undefined) throw new SchemaBreak(problem);
}

/**
 * The value itself when it is already as the schema writes it, else a copy in schema order with
 * defaults; checked either way.
 *
 * @throws SchemaBreak where the value breaks the schema.
 */
function canonical(format: Format, value: unknown): unknown {
  if (format.kind === 'leaf') {
    checkLeaf(format, value);
    return value;
  }
  if (format.kind === 'array') {
    if (!Array.isArray(value)) throw new SchemaBreak('expected an array');
    const list = value as readonly unknown[];
    let out: unknown[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const entry = list[i];
      let result: unknown;
      try {
        result = canonical(format.element, entry);
      } catch (error) {
        throw error instanceof SchemaBreak ? error.under(i) : error;
      }
      if (result !== entry && !out) out = list.slice(0, i);
      out?.push(result);
    }
    return out ?? value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SchemaBreak('expected an object');
  const record = value as Readonly<Record<string, unknown>>;
  // A class instance may have a toJSON of its own: only plain objects are written as they are.
  const prototype: unknown = Object.getPrototypeOf(record);
  // In order when the object's own keys are the schema's present fields, in the schema's order.
  let inOrder = prototype === Object.prototype || prototype === null;
  const { fields } = format;
  let next = 0;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (!format.keys.has(key)) throw new SchemaBreak(`unknown field "${key}"`);
    while (next < fields.length && fields[next]?.key !== key) next++;
    if (next === fields.length) inOrder = false;
    else next++;
  }
  // Checked first; copied only when the object is not as it is written (a map from the reader
  // or a file is: 100k notes are not copied).
  for (const field of fields) {
    const fieldValue = record[field.key];
    if (fieldValue === undefined) {
      if (field.defaultValue) inOrder = false;
      else if (!field.optional) throw new SchemaBreak('required field is missing').under(field.key);
      continue;
    }
    if (field.format.kind === 'leaf') {
      const problem = leafProblem(field.format, fieldValue);
      if (problem !== undefined) throw new SchemaBreak(problem).under(field.key);
      continue;
    }
    let written: unknown;
    try {
      written = canonical(field.format, fieldValue);
    } catch (error) {
      throw error instanceof SchemaBreak ? error.under(field.key) : error;
    }
    if (written !== fieldValue) inOrder = false;
  }
  if (inOrder) return value;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    let fieldValue = record[field.key];
    if (fieldValue === undefined) {
      if (!field.defaultValue) continue;
      fieldValue = field.defaultValue();
    }
    // Checked above: the nested values are made canonical once more, without a check failing.
    out[field.key] = field.format.kind === 'leaf' ? fieldValue : canonical(field.format, fieldValue);
  }
  return out;
}
