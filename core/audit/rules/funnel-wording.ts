import type { Localized } from '../../i18n.ts';
import type { CjmMap } from '../../model/map.ts';
import type { AuditContext } from '../context.ts';
import type { FunnelStep } from '../funnel.ts';
import { formatMetric, formatShare, localize, quoteStage } from '../wording.ts';

/**
 * Names the stage(s) a funnel step is compared with: «Выбор продукта», or «Оплата (онлайн)» +
 * «Оплата (офлайн)» where lanes join.
 */
export function quoteStages(context: AuditContext, ids: readonly string[]): Localized {
  const names = ids.map((id) => quoteStageById(context.map, context.stagePosition(id), id));
  return localize((locale) => names.map((name) => name[locale]).join(' + '));
}

function quoteStageById(map: CjmMap, position: number, id: string): Localized {
  const stage = map.stages[position];
  return stage ? quoteStage(stage, position) : localize(() => id);
}

/** "после этапа «Выбор продукта»" / "after stage “Choosing a product”" (plural where lanes join). */
export function sayAfter(context: AuditContext, ids: readonly string[]): Localized {
  const names = quoteStages(context, ids);
  const several = ids.length > 1;
  return { ru: `после ${several ? 'этапов' : 'этапа'} ${names.ru}`, en: `after ${several ? 'stages' : 'stage'} ${names.en}` };
}

/**
 * Where a funnel's bottleneck (`findBottleneck`) is and its numbers, shared by the rule and the
 * Markdown report, worded by the kind of share: "«Выбор продукта» → «Тестирование»: 12%
 * (1 200 → 144)" for a conversion computed between counts, "«Тестирование» — конверсия 3,5%" /
 * "“Trial” converts 3.5%" for a rate the map states. Undefined for a step with neither.
 */
export function describeBottleneck(context: AuditContext, step: FunnelStep): Localized | undefined {
  const stage = quoteStages(context, [step.stage]);
  const { conversion, rate } = step;
  if (conversion !== undefined) {
    const from = quoteStages(context, step.from);
    return localize(
      (locale) =>
        `${from[locale]} → ${stage[locale]}: ${formatShare(conversion, locale)} (${formatMetric(step.previousValue ?? 0, step.unit, locale)} → ${formatMetric(step.value, step.unit, locale)})`,
    );
  }
  if (rate === undefined) return undefined;
  return {
    ru: `${stage.ru} — конверсия ${formatMetric(step.value, step.unit, 'ru')}`,
    en: `${stage.en} converts ${formatMetric(step.value, step.unit, 'en')}`,
  };
}
