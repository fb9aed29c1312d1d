import type { CjmMap } from '../../core/index.ts';

/**
 * What must survive generate → board → snapshot → read of a map the plugins made (markers keep the
 * ids, unlike `mapEssence` in map-essence.ts), in a form `toEqual` shows well. Shared by the Miro and
 * Figma adapter tests.
 */
export function generatedMapEssence(map: CjmMap) {
  return {
    title: map.title,
    stages: map.stages.map((s) => ({ id: s.id, name: s.name, phase: s.phase, lane: s.lane })),
    layers: map.layers.map((l) => ({ id: l.id, kind: l.kind, title: l.title, required: l.required === true })),
    notes: map.notes.map((n) => `${n.stage} | ${n.layer} | ${n.text}`).sort(),
    persona: map.persona,
    orphans: map.orphans.length,
  };
}
