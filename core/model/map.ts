// zod/mini: the same validator with a tree-shakable API (≈18 kB instead of ≈450 kB in the
// plugin bundles); https://zod.dev/packages/mini
import * as z from 'zod/mini';
import { PHASES } from './phases.ts';
import { LAYER_KINDS } from './vocabulary.ts';

/**
 * The journey map and its JSON format `cjm/1`: the import/export format and the command line's
 * output. Field names here are a public contract: never rename them.
 *
 * The zod schemas are the single source: the TypeScript types are inferred from them and the
 * published JSON Schema (`schema/cjm-1.schema.json`) is generated from them. Objects are strict:
 * an unknown field is reported, because it is far more often a typo ("stags") than an extension,
 * and a typo must not make data vanish silently.
 */

/** Identifier of the format. */
export const SCHEMA_ID = 'cjm/1';

const id = z.string().check(z.minLength(1, 'expected a non-empty id'));
const text = z.string();

/** Who the map is about (Jobs To Be Done): motives, scenarios, drivers (why buy), barriers (why not). */
export const PersonaSchema = z.strictObject({
  name: text,
  motives: z._default(z.array(text), []),
  scenarios: z._default(z.array(text), []),
  drivers: z._default(z.array(text), []),
  barriers: z._default(z.array(text), []),
});

/** A column of the map: one step of the customer's path. */
export const StageSchema = z.strictObject({
  id,
  name: text,
  /** The RACE phase the stage belongs to; omitted when unknown. */
  phase: z.optional(z.enum(PHASES)),
  /** A parallel variant of the stage ("online", "offline") when the path branches. */
  lane: z.optional(text),
});

/** A row of the map: what we know or decide about the customer at each stage. */
export const LayerSchema = z.strictObject({
  id,
  kind: z.enum(LAYER_KINDS),
  title: text,
  /** The audit flags empty cells of required layers. */
  required: z.optional(z.boolean()),
});

/** Where a note or an orphan came from on a board. */
export const SourceSchema = z.strictObject({
  /** The board item's id. */
  id,
});

/** A note in one cell (stage × layer). */
export const NoteSchema = z.strictObject({
  stage: id,
  layer: id,
  text,
  /** -1 negative, 0 neutral, 1 positive (emotion notes). */
  sentiment: z.optional(z.literal([-1, 0, 1])),
  /** A number read from a metric note ("Visitors: 120,000" → 120000). */
  value: z.optional(z.number()),
  source: z.optional(SourceSchema),
});

/** Text found on the board that belongs to no cell, with why. */
export const OrphanSchema = z.strictObject({
  text,
  reason: z.string(),
  source: z.optional(SourceSchema),
});

/** A whole journey map in the `cjm/1` format. */
export const CjmMapSchema = z.strictObject({
  schema: z.literal(SCHEMA_ID),
  title: text,
  locale: z.enum(['ru', 'en']),
  persona: z.optional(PersonaSchema),
  stages: z.array(StageSchema),
  layers: z.array(LayerSchema),
  notes: z._default(z.array(NoteSchema), []),
  orphans: z._default(z.array(OrphanSchema), []),
});

/** Persona block of a map. */
export type Persona = z.output<typeof PersonaSchema>;
/** A stage (column). */
export type Stage = z.output<typeof StageSchema>;
/** A layer (row). */
export type Layer = z.output<typeof LayerSchema>;
/** A note in a cell. */
export type Note = z.output<typeof NoteSchema>;
/** The board item a note or orphan came from. */
export type Source = z.output<typeof SourceSchema>;
/** Text that belongs to no cell. */
export type Orphan = z.output<typeof OrphanSchema>;
/** A journey map in the `cjm/1` format. */
export type CjmMap = z.output<typeof CjmMapSchema>;
/** Sentiment of an emotion note. */
export type Sentiment = NonNullable<Note['sentiment']>;
