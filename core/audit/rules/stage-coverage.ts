import type { Localized } from '../../i18n.ts';
import type { LayerKind } from '../../model/vocabulary.ts';
import type { AuditContext } from '../context.ts';
import type { RuleFinding, RuleId } from '../types.ts';
import { quoteStage } from '../wording.ts';

/**
 * The shared check of the three "every stage needs a …" rules (touchpoints, recommendations,
 * goal). A map without any layer of the kind gets one finding about the whole map instead of
 * one per stage: ten identical findings would bury the one fix, adding the row.
 */

/** The layer kinds a "missing-…" rule covers, and that rule. `empty-cell` leaves these cells to it. */
export const COVERAGE_RULES: Readonly<Partial<Record<LayerKind, RuleId>>> = {
  touchpoints: 'missing-touchpoints',
  recommendations: 'missing-recommendations',
  goal: 'missing-goal',
};

/** How a coverage rule words its two findings. */
export interface CoverageWording {
  /** The map has no layer of the kind. */
  readonly noLayer: { readonly message: Localized; readonly hint: Localized };
  /** A stage has no note in any layer of the kind. */
  readonly emptyStage: { readonly message: (stage: Localized) => Localized; readonly hint: Localized };
}

/**
 * One finding per stage without a note in any layer of `kind`, or a single map finding when the
 * map has no such layer. A map without stages has nothing to cover and gets no finding; neither
 * does a map without any layer, unless `missing-stages-or-layers` is off.
 */
export function checkStageCoverage(context: AuditContext, kind: LayerKind, wording: CoverageWording): RuleFinding[] {
  const { stages } = context.map;
  // No stages: nothing to cover. No layers at all: `missing-stages-or-layers` already says the
  // one thing to fix; three "no … layer" findings more would bury it.
  if (stages.length === 0) return [];
  if (context.map.layers.length === 0 && context.isEnabled('missing-stages-or-layers')) return [];
  const layers = context.layersOfKind(kind);
  if (layers.length === 0) return [{ ...wording.noLayer }];
  // Point at the row only when there is one: with two recommendation rows, either would do.
  const only = layers.length === 1 ? layers[0] : undefined;
  return stages.flatMap((stage, position) =>
    context.hasNoteOfKind(stage.id, kind)
      ? []
      : [
          {
            stage: stage.id,
            ...(only ? { layer: only.id } : {}),
            message: wording.emptyStage.message(quoteStage(stage, position)),
            hint: wording.emptyStage.hint,
          },
        ],
  );
}
