import type { Localized } from '../../i18n.ts';
import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { formatMetric, localize, quoteLayer, quoteStage } from '../wording.ts';
import { sayAfter } from './funnel-wording.ts';

/**
 * Fewer customers reach each step of a funnel than the step before: a number that grows down the
 * funnel means the numbers count different things (visits and customers), cover different periods,
 * or the stages are out of order. Compared within one metrics layer, counts with counts (see
 * `computeFunnel` for lanes). Percentages are the conversion rates of their steps: one step may
 * well convert better than the one before, so rates are never compared with each other — but a
 * step's rate above 100 % is impossible (more customers pass the step than reach it): flagged too.
 */
export const FUNNEL_INCONSISTENT: Rule = {
  id: 'funnel-inconsistent',
  severity: 'warning',
  title: { ru: 'Воронка растёт', en: 'Funnel grows' },
  description: {
    ru: 'Число клиентов в слое метрик не должно расти от этапа к этапу: до следующего шага доходит не больше клиентов, чем было на предыдущем. Проценты — это конверсии этапов, их друг с другом не сравнивают, но конверсия этапа не может быть больше 100%.',
    en: 'A number of customers in a metrics layer must not grow from one stage to the next: no more customers reach a step than were at the step before. Percentages are the stages’ conversion rates and are not compared with each other, but no stage converts more than 100%.',
  },
  check: checkGrowth,
};

function checkGrowth(context: AuditContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const funnel of context.funnels()) {
    const layer = context.map.layers.find((candidate) => candidate.id === funnel.layer);
    if (!layer) continue;
    const layerName = quoteLayer(layer);
    for (const step of funnel.steps) {
      const position = context.stagePosition(step.stage);
      const stage = context.map.stages[position];
      if (!stage) continue;
      const stageName = quoteStage(stage, position);
      if (step.rate !== undefined && step.rate > 1) {
        findings.push(rateAbove100(step.stage, layer.id, stageName, layerName, formatMetric(step.value, step.unit, 'ru'), formatMetric(step.value, step.unit, 'en')));
        continue;
      }
      if (step.previousValue === undefined || step.value <= step.previousValue) continue;
      const after = sayAfter(context, step.from);
      const numbers = localize(
        (locale) => `${formatMetric(step.previousValue ?? 0, step.unit, locale)} → ${formatMetric(step.value, step.unit, locale)}`,
      );
      findings.push({
        stage: step.stage,
        layer: layer.id,
        message: {
          ru: `Этап ${stageName.ru}: в слое ${layerName.ru} число клиентов растёт от этапа к этапу: ${numbers.ru} (${after.ru})`,
          en: `Stage ${stageName.en}: the number in ${layerName.en} grows down the funnel: ${numbers.en} (${after.en})`,
        },
        hint: {
          ru: 'Дальше по воронке не может дойти больше клиентов, чем было шагом раньше. Проверьте, что числа считают одно и то же (клиентов, а не визиты) за один период, и что этапы стоят в правильном порядке.',
          en: 'No more customers can reach a step than were at the step before. Check that the numbers count the same thing (customers, not visits) over the same period, and that the stages are in the right order.',
        },
      });
    }
  }
  return findings;
}

/** A stated conversion rate above 100 %: the numbers of the step cannot both be right. */
function rateAbove100(stage: string, layer: string, stageName: Localized, layerName: Localized, ru: string, en: string): RuleFinding {
  return {
    stage,
    layer,
    message: {
      ru: `Этап ${stageName.ru}: в слое ${layerName.ru} конверсия этапа ${ru} — больше 100%`,
      en: `Stage ${stageName.en}: ${layerName.en} gives the stage a conversion of ${en}, over 100%`,
    },
    hint: {
      ru: 'Конверсия этапа — доля клиентов, которые прошли его дальше; она не бывает больше 100%. Проверьте число: возможно, это рост к прошлому периоду или опечатка (140% вместо 14%).',
      en: 'A stage’s conversion is the share of its customers who move on; it cannot exceed 100%. Check the number: it may be growth over a past period, or a typo (140% for 14%).',
    },
  };
}
