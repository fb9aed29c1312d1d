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

/** Attaches a description; it lands in the published JSON Schema next to the field. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

/** Who the map is about (Jobs To Be Done): motives, scenarios, drivers (why buy), barriers (why not). */
export const PersonaSchema = described(
  z.strictObject({
    name: text,
    motives: z._default(z.array(text), []),
    scenarios: z._default(z.array(text), []),
    drivers: described(z._default(z.array(text), []), 'Why the customer buys.'),
    barriers: described(z._default(z.array(text), []), 'Why the customer does not buy.'),
  }),
  'Who the map is about (Jobs To Be Done).',
);

/** A column of the map: one step of the customer's path. */
export const StageSchema = described(
  z.strictObject({
    id,
    name: text,
    phase: described(z.optional(z.enum(PHASES)), 'The RACE phase of the stage; left out when unknown.'),
    lane: described(z.optional(text), 'A parallel variant of the stage ("Online", "Offline") where the path branches.'),
    description: described(z.optional(text), 'What the stage header says besides the name ("1–2 weeks", "The customer compares offers").'),
    phaseLabel: described(
      z.optional(text),
      'The text the board gave the stage\'s phase in (a band "Оценка и выбор", a chip "R", a prefix "REACH"), kept as written.',
    ),
  }),
  'A column of the map: one step of the customer\'s path, in time order.',
);

/** A row of the map: what we know or decide about the customer at each stage. */
export const LayerSchema = described(
  z.strictObject({
    id,
    kind: described(z.enum(LAYER_KINDS), 'What the layer is about; several layers may share a kind.'),
    title: text,
    required: described(z.optional(z.boolean()), 'The audit flags empty cells of required layers.'),
    description: described(z.optional(text), 'The prompt or caption under the layer title ("Where does the customer meet us?").'),
  }),
  'A row of the map: what we know or decide about the customer at each stage.',
);

/** Where a note or an orphan came from on a board. */
export const SourceSchema = described(
  z.strictObject({
    id: described(id, 'The board item\'s id (Miro item id, Figma node id).'),
  }),
  'The board item a note or an orphan was read from.',
);

/** A note in one cell (stage × layer). */
export const NoteSchema = described(
  z.strictObject({
    stage: described(id, 'Id of the note\'s stage.'),
    layer: described(id, 'Id of the note\'s layer.'),
    text,
    sentiment: described(z.optional(z.literal([-1, 0, 1])), 'Emotion notes: -1 negative, 0 neutral, 1 positive.'),
    value: described(z.optional(z.number()), 'Metric notes: the number they carry ("Visitors: 120,000" → 120000).'),
    source: z.optional(SourceSchema),
  }),
  'A note in one cell (stage × layer).',
);

/** Text found on the board that belongs to no cell, with why. */
export const OrphanSchema = described(
  z.strictObject({
    text,
    reason: described(z.string(), 'Why it is in no cell: outside-grid, title, persona, no-stage, no-layer, beyond-grid, unreadable.'),
    source: z.optional(SourceSchema),
  }),
  'Text found on the board that belongs to no cell: reported, never dropped.',
);

/** A whole journey map in the `cjm/1` format. */
export const CjmMapSchema = z.strictObject({
  schema: z.literal(SCHEMA_ID),
  title: text,
  frame: described(z.optional(text), 'The name of the frame or section holding the map on the board, when it has one.'),
  locale: described(z.enum(['ru', 'en']), 'Language of the map\'s texts; reports follow it.'),
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
