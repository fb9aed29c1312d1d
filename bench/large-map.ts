import { createMapFromTemplate, LAYER_KINDS, PHASES, TEMPLATES } from '../core/index.ts';
import type { CjmMap } from '../core/index.ts';

/** The template the panel preselects: the first of the catalogue (ui/new-map-tab.tsx), with its examples when it has any. */
export const DEFAULT_TEMPLATE_ID = TEMPLATES[0]?.id ?? 'race-basic';

/** The default template's map as the panel asks for it ("with examples" is on by default). */
export function defaultTemplateMap(): CjmMap {
  return createMapFromTemplate(DEFAULT_TEMPLATE_ID, 'en', { examples: true });
}

/** Shape of the large map of issue #10: 20 stages × 12 layers × 3 notes a cell. */
export const LARGE = { stages: 20, layers: 12, notesPerCell: 3 } as const;

/** A large journey map (720 notes), every stage with a RACE phase, layers of every kind in turn. */
export function largeMap(): CjmMap {
  const stages = Array.from({ length: LARGE.stages }, (_, s) => ({
    id: `s${s + 1}`,
    name: `Stage ${s + 1}`,
    phase: PHASES[Math.floor((s * PHASES.length) / LARGE.stages)] ?? PHASES[0],
  }));
  const layers = Array.from({ length: LARGE.layers }, (_, l) => {
    const kind = LAYER_KINDS[l % LAYER_KINDS.length] ?? LAYER_KINDS[0];
    return { id: `l${l + 1}`, kind, title: `Layer ${l + 1} (${kind})`, required: l < 3 };
  });
  const notes = stages.flatMap((stage) =>
    layers.flatMap((layer) =>
      Array.from({ length: LARGE.notesPerCell }, (_, k) => ({
        stage: stage.id,
        layer: layer.id,
        text: `${stage.name}, ${layer.title}: note ${k + 1} — what the customer does, feels and needs here`,
        ...(layer.kind === 'emotions' ? { sentiment: ([-1, 0, 1] as const)[k % 3] } : {}),
      })),
    ),
  );
  return { schema: 'cjm/1', title: 'Large bench map', locale: 'en', stages, layers, notes, orphans: [] };
}
