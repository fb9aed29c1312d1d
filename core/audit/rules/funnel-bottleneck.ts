import type { Localized } from '../../i18n.ts';
import { findBottleneck } from '../funnel.ts';
import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { quoteLayer } from '../wording.ts';
import { describeBottleneck } from './funnel-wording.ts';

/**
 * Points at the funnel's bottleneck (seed 002), once per metrics layer: the transition between
 * counts that loses the largest share of customers, or, in a row that states conversion rates
 * rather than counts, the step with the lowest rate (see `findBottleneck`). Information, not a
 * problem: every funnel has one, and it is where recommendations pay off first.
 */
export const FUNNEL_BOTTLENECK: Rule = {
  id: 'funnel-bottleneck',
  severity: 'info',
  title: { ru: 'Узкое место воронки', en: 'Funnel bottleneck' },
  description: {
    ru: 'Показывает переход между этапами с самой большой относительной потерей клиентов и конверсию на нём (нужно число клиентов хотя бы на трёх этапах). Если вместо чисел клиентов в слое метрик указаны конверсии этапов в процентах, показывает этап с самой низкой конверсией (нужны конверсии хотя бы двух этапов).',
    en: 'Shows the stage transition with the largest relative loss of customers and its conversion (needs customer numbers at three stages at least). When the metrics layer gives the stages’ conversion rates in percent instead, shows the stage with the lowest rate (needs rates at two stages at least).',
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
