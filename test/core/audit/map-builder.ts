import type { Locale } from '../../../core/i18n.ts';
import type { CjmMap, Layer, Note, Orphan, Stage } from '../../../core/model/map.ts';
import { SCHEMA_ID } from '../../../core/model/map.ts';
import type { Phase } from '../../../core/model/phases.ts';
import type { LayerKind } from '../../../core/model/vocabulary.ts';

/** Small hand-made maps for audit and report tests: every field spelled out where a test reads it. */

/** A stage; `extra` sets phase and lane. */
export function stage(id: string, name: string, extra: { phase?: Phase; lane?: string } = {}): Stage {
  return { id, name, ...extra };
}

/** A layer of `kind`; `required` only when given. */
export function layer(id: string, kind: LayerKind, title: string, required?: boolean): Layer {
  return required === undefined ? { id, kind, title } : { id, kind, title, required };
}

/** A note in the cell (stage × layer). */
export function note(stageId: string, layerId: string, text: string, extra: Pick<Note, 'sentiment' | 'value'> = {}): Note {
  return { stage: stageId, layer: layerId, text, ...extra };
}

/** A map with defaults for whatever the test does not care about. */
export function makeMap(parts: {
  locale?: Locale;
  title?: string;
  stages: Stage[];
  layers: Layer[];
  notes?: Note[];
  orphans?: Orphan[];
}): CjmMap {
  return {
    schema: SCHEMA_ID,
    title: parts.title ?? 'Test map',
    locale: parts.locale ?? 'ru',
    stages: parts.stages,
    layers: parts.layers,
    notes: parts.notes ?? [],
    orphans: parts.orphans ?? [],
  };
}

/**
 * A map with one stage per id and the three layers every stage needs, all filled: the audit finds
 * nothing in it. Tests add the one flaw they are about.
 */
export function makeCleanMap(stageNames: readonly string[], locale: Locale = 'ru'): CjmMap {
  const stages = stageNames.map((name, i) => stage(`s${i + 1}`, name));
  return makeMap({
    locale,
    stages,
    layers: [layer('goal', 'goal', 'Цель'), layer('tp', 'touchpoints', 'Точки контакта'), layer('rec', 'recommendations', 'Рекомендации')],
    notes: stages.flatMap((s) => [note(s.id, 'goal', `Цель ${s.name}`), note(s.id, 'tp', 'Сайт'), note(s.id, 'rec', 'Статья')]),
  });
}
