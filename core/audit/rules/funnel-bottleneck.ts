import type { Localized } from '../../i18n.ts';
import { findBottleneck } from '../funnel.ts';
import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { quoteLayer } from '../wording.ts';
import { describeBottleneck } from './funnel-wording.ts';

/**
 * Points at the funnel's bottleneck (docs/domain.md, *The repeat-purchase funnel and the bottleneck*), once per metrics layer: the step that passes the
 * smallest share of customers on, whether that share is computed from two counts or stated by a
 * percentage note (see `findBottleneck`). Information, not a problem: every funnel has one, and
 * it is where recommendations pay off first.
 */
export const FUNNEL_BOTTLENECK: Rule = {
  id: 'funnel-bottleneck',
  severity: 'info',
  title: { ru: 'Узкое место воронки', en: 'Funnel bottleneck' },
  description: {
    ru: 'Показывает этап с самой низкой конверсией — там теряется наибольшая доля клиентов. Конверсии вычисляются из чисел клиентов на соседних этапах или берутся из слоя метрик, если конверсия этапа указана там в процентах; сравниваются и те и другие (нужны хотя бы две конверсии).',
    en: 'Shows the step with the lowest conversion, where the largest share of customers is lost. Conversions are computed from the numbers of customers at consecutive stages or taken from the metrics layer where it states a stage’s conversion rate in percent; both kinds are compared (needs two conversions at least).',
  },
  check: checkBottlenecks,
};

const HINT: Localized = {
  ru: 'Здесь теряется больше всего клиентов. Начните с этого перехода: разберите барьеры и опыт клиента на нём и добавьте рекомендации — упростить шаг, напомнить о брошенной заявке или корзине, ретаргетинг.',
  en: 'This is where most customers are lost. Start here: look at the barriers and the experience at this step and add recommendations — simplify the step, follow up abandoned requests or carts, retarget.',
};

function checkBottlenecks(context: AuditContext): RuleFinding[] {
  const funnels = context.funnels();
  return funnels.flatMap((funnel) => {
    const step = findBottleneck(funnel.steps);
    const layer = context.map.layers.find((candidate) => candidate.id === funnel.layer);
    const where = step && describeBottleneck(context, step);
    if (!step || !layer || !where) return [];
    // Name the layer only when several metrics rows each have their own bottleneck.
    const which = funnels.length > 1 ? quoteLayer(layer) : undefined;
    return [
      {
        stage: step.stage,
        layer: layer.id,
        message: {
          ru: `Узкое место воронки${which ? ` ${which.ru}` : ''}: ${where.ru}`,
          en: `Funnel bottleneck${which ? ` (${which.en})` : ''}: ${where.en}`,
        },
        hint: HINT,
      },
    ];
  });
}
