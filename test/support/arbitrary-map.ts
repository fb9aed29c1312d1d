import fc from 'fast-check';
import type { Locale } from '../../core/i18n.ts';
import type { CjmMap, Layer, Note, Persona, Stage } from '../../core/model/map.ts';
import { SCHEMA_ID } from '../../core/model/map.ts';
import { PHASES } from '../../core/model/phases.ts';
import type { Phase } from '../../core/model/phases.ts';
import { LAYER_KINDS, LAYER_VOCABULARY } from '../../core/model/vocabulary.ts';
import type { LayerKind } from '../../core/model/vocabulary.ts';

/**
 * A fast-check arbitrary of random valid `cjm/1` maps, shared by every test that needs "any map":
 * the layout planner, the board reader's round trip, the audit, import/export.
 */

/** Options of {@link arbitraryMap}. */
export interface ArbitraryMapOptions {
  /** Most stages a map gets (1–30, default 30). */
  readonly maxStages?: number;
  /** Most layers a map gets (1–15, default 15). */
  readonly maxLayers?: number;
  /**
   * Make maps a board reader can read back exactly: layer titles are headings from
   * `LAYER_VOCABULARY` (of the map's locale) for the layer's kind, kind `other` never appears,
   * and the title, stage names, lanes and note texts are non-empty, trimmed, on one line.
   */
  readonly vocabularyTitles?: boolean;
}

/** Most notes a map gets: keeps 100 runs of a property fast even for 30 × 15 grids. */
const MAX_NOTES = 80;
const MAX_STAGES = 30;
const MAX_LAYERS = 15;

/**
 * Words of generated text. They mix Latin, Cyrillic, emoji and the HTML-special `<>&"` so that
 * escaping bugs show up; none holds a digit, so the only number in a metric note is its value.
 */
const WORDS = [
  'Поиск', 'решения', 'клиент', 'ёжик', 'Оплата', 'подписка', 'Search', 'trial', 'checkout', 'café',
  'ad', 'a&b', '<b>bold</b>', '<', '>', '&', '"quoted"', "it's", '😀', '🚀', '👩‍💻', '👍🏽', 'Lumus',
  'sales', 'скрипты', 'vc.ru', 'e-mail', 'FAQ', '—', '·',
] as const;

const LANES = ['online', 'offline', 'Онлайн', 'Офлайн', 'mobile 📱', 'B2B & B2C'] as const;

/** One-line, trimmed, non-empty text: what a board reader reads back unchanged. */
function cleanText(maxWords: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));
}

/** Any text the format allows: empty, padded, multi-line or arbitrary Unicode as well. */
function anyText(maxWords: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: cleanText(maxWords) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '  padded  ', 'line one\nline two', 'tab\there') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  );
}

const personaArbitrary: fc.Arbitrary<Persona> = fc.record({
  name: cleanText(4),
  motives: fc.array(cleanText(8), { maxLength: 3 }),
  scenarios: fc.array(cleanText(8), { maxLength: 3 }),
  drivers: fc.array(cleanText(8), { maxLength: 3 }),
  barriers: fc.array(cleanText(8), { maxLength: 3 }),
});

/** Shapes generated before ids exist; `build` turns them into a map. */
interface StageDraft {
  readonly name: string;
  readonly phase: Phase | undefined;
  readonly lane: string | undefined;
}
interface LayerDraft {
  readonly kind: LayerKind;
  readonly title: string;
  readonly heading: number;
  readonly required: boolean | undefined;
}
interface NoteDraft {
  readonly stage: number;
  readonly layer: number;
  readonly text: string;
  readonly sentiment: -1 | 0 | 1 | undefined;
  readonly value: number | undefined;
}
interface MapDraft {
  readonly title: string;
  readonly locale: Locale;
  readonly persona: Persona | undefined;
  readonly stages: readonly StageDraft[];
  readonly layers: readonly LayerDraft[];
  readonly notes: readonly NoteDraft[];
  /** none: no stage has a phase; funnel: phases never go back; any: phases in any order. */
  readonly phases: 'none' | 'funnel' | 'any';
  readonly lanes: boolean;
}

/**
 * Random valid `cjm/1` maps: 1–30 stages (`s1…sN`), 1–15 layers (`l1…lN`), up to 80 notes that
 * all point at existing cells (so some cells are empty, some hold several notes), optional RACE
 * phases (in funnel order or not), optional lanes, an optional persona, sentiment on some
 * emotion notes and a value on some metric notes. Notes only reference existing stages and
 * layers; ids are unique.
 */
export function arbitraryMap(options: ArbitraryMapOptions = {}): fc.Arbitrary<CjmMap> {
  const maxStages = clamp(options.maxStages ?? MAX_STAGES, 1, MAX_STAGES);
  const maxLayers = clamp(options.maxLayers ?? MAX_LAYERS, 1, MAX_LAYERS);
  const clean = options.vocabularyTitles === true;
  const text = clean ? cleanText : anyText;
  // A reader can only recover a kind from a vocabulary heading, and `other` has no meaning to recover.
  const kinds = clean ? LAYER_KINDS.filter((kind) => kind !== 'other') : LAYER_KINDS;

  const stage: fc.Arbitrary<StageDraft> = fc.record({
    name: text(4),
    phase: fc.option(fc.constantFrom(...PHASES), { nil: undefined, freq: 4 }),
    lane: fc.option(fc.constantFrom(...LANES), { nil: undefined }),
  });
  const layer: fc.Arbitrary<LayerDraft> = fc.record({
    kind: fc.constantFrom(...kinds),
    title: text(3),
    heading: fc.nat(),
    required: fc.option(fc.boolean(), { nil: undefined }),
  });
  const note: fc.Arbitrary<NoteDraft> = fc.record({
    // Indexes are taken modulo the stage and layer count, so shrinking keeps notes valid.
    stage: fc.nat(),
    layer: fc.nat(),
    // Mostly short, sometimes long enough to make a sticky grow.
    text: fc.oneof({ weight: 4, arbitrary: text(6) }, { weight: 1, arbitrary: text(40) }),
    sentiment: fc.option(fc.constantFrom(-1 as const, 0 as const, 1 as const), { nil: undefined, freq: 4 }),
    value: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined, freq: 4 }),
  });

  const draft: fc.Arbitrary<MapDraft> = fc.record({
    title: text(6),
    locale: fc.constantFrom<Locale>('ru', 'en'),
    persona: fc.option(personaArbitrary, { nil: undefined }),
    // size 'max' lets lengths reach the maximum instead of fast-check's small default.
    stages: fc.array(stage, { minLength: 1, maxLength: maxStages, size: 'max' }),
    layers: fc.array(layer, { minLength: 1, maxLength: maxLayers, size: 'max' }),
    notes: fc.array(note, { maxLength: MAX_NOTES, size: 'max' }),
    phases: fc.constantFrom('none' as const, 'funnel' as const, 'any' as const),
    lanes: fc.boolean(),
  });
  return draft.map((d) => buildMap(d, clean));
}

/** Turns a draft into a map: ids, phase order, kind-dependent fields. */
function buildMap(draft: MapDraft, vocabularyTitles: boolean): CjmMap {
  const stages = buildStages(draft);
  const layers: Layer[] = draft.layers.map((layer, i) => {
    const headings = LAYER_VOCABULARY[layer.kind].headings[draft.locale];
    const title = vocabularyTitles ? (headings[layer.heading % headings.length] ?? layer.title) : layer.title;
    return {
      id: `l${i + 1}`,
      kind: layer.kind,
      title,
      ...(layer.required === undefined ? {} : { required: layer.required }),
    };
  });
  const notes = draft.notes.map((draftNote): Note => {
    const stageOfNote = stages[draftNote.stage % stages.length];
    const layerOfNote = layers[draftNote.layer % layers.length];
    if (!stageOfNote || !layerOfNote) throw new Error('arbitraryMap: a map always has a stage and a layer');
    const base = { stage: stageOfNote.id, layer: layerOfNote.id, text: draftNote.text };
    if (layerOfNote.kind === 'emotions' && draftNote.sentiment !== undefined) {
      return { ...base, sentiment: draftNote.sentiment };
    }
    if (layerOfNote.kind === 'metrics' && draftNote.value !== undefined) {
      // The number is written into the text too, as on a real metric sticky ("Visitors: 1200").
      return { ...base, text: `${draftNote.text}: ${draftNote.value}`, value: draftNote.value };
    }
    return base;
  });
  return {
    schema: SCHEMA_ID,
    title: draft.title,
    locale: draft.locale,
    ...(draft.persona ? { persona: draft.persona } : {}),
    stages,
    layers,
    notes,
    orphans: [],
  };
}

function buildStages(draft: MapDraft): Stage[] {
  const phases = draft.stages.map((stage) => (draft.phases === 'none' ? undefined : stage.phase));
  if (draft.phases === 'funnel') {
    // Sort the phases that exist into funnel order, leaving stages without a phase where they are.
    const sorted = phases.filter((p) => p !== undefined).sort((a, b) => PHASES.indexOf(a) - PHASES.indexOf(b));
    let next = 0;
    for (let i = 0; i < phases.length; i++) if (phases[i] !== undefined) phases[i] = sorted[next++];
  }
  return draft.stages.map((stage, i) => {
    const phase = phases[i];
    const lane = draft.lanes ? stage.lane : undefined;
    return {
      id: `s${i + 1}`,
      name: stage.name,
      ...(phase === undefined ? {} : { phase }),
      ...(lane === undefined ? {} : { lane }),
    };
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}
