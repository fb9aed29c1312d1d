import type { LayerKind } from '../../model/vocabulary.ts';
import { LAYER_PROMPTS } from '../../templates/layer-prompts.ts';
import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { quoteLayer, quoteStage } from '../wording.ts';
import { COVERAGE_RULES } from './stage-coverage.ts';

/**
 * Every cell of a required layer must be filled. A layer is required when the map (its template)
 * marks it so or when `AuditOptions.requiredLayers` names its kind.
 *
 * A cell that `missing-touchpoints`, `missing-recommendations` or `missing-goal` already reports
 * (the stage has no note of that kind at all) is skipped, unless that rule is switched off: one
 * problem, one finding.
 */
export const EMPTY_CELL: Rule = {
  id: 'empty-cell',
  severity: 'warning',
  title: { ru: 'Пустая обязательная ячейка', en: 'Empty required cell' },
  description: {
    ru: 'Ячейки слоёв, которые шаблон или карта отмечают обязательными, должны быть заполнены на каждом этапе.',
    en: 'Cells of the layers the template or the map marks as required must be filled at every stage.',
  },
  check: checkEmptyCells,
};

function checkEmptyCells(context: AuditContext): RuleFinding[] {
  const required = context.map.layers.filter(context.isRequired);
  return context.map.stages.flatMap((stage, position) =>
    required
      .filter((layer) => context.notesIn(stage.id, layer.id).length === 0 && !isReportedElsewhere(context, stage.id, layer.kind))
      .map((layer) => {
        const stageName = quoteStage(stage, position);
        const layerName = quoteLayer(layer);
        const prompt = LAYER_PROMPTS[layer.kind];
        return {
          stage: stage.id,
          layer: layer.id,
          message: {
            ru: `Этап ${stageName.ru}: пустая ячейка ${layerName.ru}`,
            en: `Stage ${stageName.en}: the ${layerName.en} cell is empty`,
          },
          hint: {
            ru: `Этот слой обязателен в шаблоне карты. ${prompt.ru}`,
            en: `This layer is required by the map’s template. ${prompt.en}`,
          },
        };
      }),
  );
}

/** True when a coverage rule already says that the stage has nothing of this kind. */
function isReportedElsewhere(context: AuditContext, stageId: string, kind: LayerKind): boolean {
  const rule = COVERAGE_RULES[kind];
  return rule !== undefined && context.isEnabled(rule) && !context.hasNoteOfKind(stageId, kind);
}
