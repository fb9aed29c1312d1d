import { InputError } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import { pick } from '../i18n.ts';
import type { CjmMap, Layer, Note, Persona, Stage } from '../model/map.ts';
import { SCHEMA_ID } from '../model/map.ts';
import { TEMPLATES, getTemplate } from './catalog.ts';
import { getLayerTitle } from './layer-title.ts';
import type { TemplateExampleNote, TemplateLayer, TemplateStage } from './types.ts';

/** Options of {@link createMapFromTemplate}. */
export interface CreateMapOptions {
  /** Pre-fill the map with the template's worked example (notes and persona). Default false. */
  readonly examples?: boolean;
  /** The map's title. Default (also when blank): the template's name. */
  readonly title?: string;
}

/**
 * A new `cjm/1` map in `locale` from the template `id`: its stages and layers, no notes (or the
 * example notes with `examples: true`) and no orphans. Every call returns fresh objects, so the
 * caller may edit the map without touching the template.
 *
 * @throws InputError when no template has this id; the message lists the known ids.
 */
export function createMapFromTemplate(id: string, locale: Locale, options: CreateMapOptions = {}): CjmMap {
  const template = getTemplate(id);
  if (!template) {
    const known = TEMPLATES.map((t) => t.id).join(', ');
    throw new InputError(`unknown template "${id}"; known: ${known}`);
  }
  const examples = options.examples ? template.examples : undefined;
  const map: CjmMap = {
    schema: SCHEMA_ID,
    title: options.title?.trim() || pick(template.name, locale),
    locale,
    stages: template.stages.map((stage) => toStage(stage, locale)),
    layers: template.layers.map((layer) => toLayer(layer, locale)),
    notes: (examples?.notes ?? []).map((note) => toNote(note, locale)),
    orphans: [],
  };
  if (examples?.persona) map.persona = copyPersona(pick(examples.persona, locale));
  return map;
}

function toStage(stage: TemplateStage, locale: Locale): Stage {
  const result: Stage = { id: stage.id, name: pick(stage.name, locale), phase: stage.phase };
  // No `lane: undefined` key: exported JSON would otherwise differ from a re-imported map.
  if (stage.lane) result.lane = pick(stage.lane, locale);
  return result;
}

function toLayer(layer: TemplateLayer, locale: Locale): Layer {
  return { id: layer.id, kind: layer.kind, title: getLayerTitle(layer, locale), required: layer.required };
}

function toNote(note: TemplateExampleNote, locale: Locale): Note {
  const result: Note = { stage: note.stage, layer: note.layer, text: pick(note.text, locale) };
  if (note.sentiment !== undefined) result.sentiment = note.sentiment;
  if (note.value !== undefined) result.value = note.value;
  return result;
}

function copyPersona(persona: Persona): Persona {
  return {
    name: persona.name,
    motives: [...persona.motives],
    scenarios: [...persona.scenarios],
    drivers: [...persona.drivers],
    barriers: [...persona.barriers],
  };
}
