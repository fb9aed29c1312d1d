import { computeFunnels, findBottleneck } from '../funnel.ts';
import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { formatMetric, formatShare, localize, quoteLayer, quoteStage } from '../wording.ts';
import { quoteStages } from './funnel-wording.ts';

/**
 * Points at the transition that loses the largest share of customers (seed 002: the bottleneck of
 * the funnel), once per metrics layer. Information, not a problem: every funnel has one, and it
 * is where recommendations pay off first.
 */
export const FUNNEL_BOTTLENECK: Rule = {
  id: 'funnel-bottleneck',
  severity: 'info',
  title: { ru: 'Узкое место воронки', en: 'Funnel bottleneck' },
  description: {
    ru: 'Показывает переход между этапами с самой большой относительной потерей клиентов и конверсию на нём (нужны числа хотя бы на трёх этапах).',
    en: 'Shows the stage transition with the largest relative loss of customers and its conversion (needs numbers at three stages at least).',
  },
  check: checkBottlenecks,
};

function checkBottlenecks(context: AuditContext): RuleFinding[] {
  const funnels = computeFunnels(context.map);
  return funnels.flatMap((funnel) => {
    const step = findBottleneck(funnel.steps);
    const layer = context.map.layers.find((candidate) => candidate.id === funnel.layer);
    const position = step ? context.stagePosition(step.stage) : -1;
    const stage = context.map.stages[position];
    if (!step || step.conversion === undefined || !layer || !stage) return [];
    const conversion = step.conversion;
    const path = localize((locale) => `${quoteStages(context, step.from)[locale]} → ${quoteStage(stage, position)[locale]}`);
    const numbers = localize(
      (locale) =>
        `${formatShare(conversion, locale)} (${formatMetric(step.previousValue ?? 0, step.unit, locale)} → ${formatMetric(step.value, step.unit, locale)})`,
    );
    // Name the layer only when several metrics rows each have their own bottleneck.
    const which = funnels.length > 1 ? quoteLayer(layer) : undefined;
    return [
      {
        stage: step.stage,
        layer: layer.id,
        message: {
          ru: `Узкое место воронки${which ? ` ${which.ru}` : ''}: ${path.ru}: ${numbers.ru}`,
          en: `Funnel bottleneck${which ? ` (${which.en})` : ''}: ${path.en}: ${numbers.en}`,
        },
        hint: {
          ru: 'Здесь теряется больше всего клиентов. Начните с этого перехода: разберите барьеры и опыт клиента на нём и добавьте рекомендации — упростить шаг, напомнить о брошенной заявке или корзине, ретаргетинг.',
          en: 'This is where most customers are lost. Start here: look at the barriers and the experience at this step and add recommendations — simplify the step, follow up abandoned requests or carts, retarget.',
        },
      },
    ];
  });
}
