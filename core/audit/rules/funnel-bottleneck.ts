import type { Localized } from '../../i18n.ts';
import type { Phase } from '../../model/phases.ts';
import { findBottleneck } from '../funnel.ts';
import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { quoteLayer } from '../wording.ts';
import { describeBottleneck } from './funnel-wording.ts';

/**
 * Points at the funnel's bottleneck (seed 002), once per metrics layer: the step that passes the
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

/** Advice for a bottleneck whose stage has no phase to go by. */
const GENERAL_HINT: Localized = {
  ru: 'Здесь теряется больше всего клиентов. Начните с этого перехода: разберите барьеры и опыт клиента на нём и добавьте рекомендации, которые помогут пройти этот шаг.',
  en: 'This is where most customers are lost. Start here: look at the barriers and the experience at this step and add recommendations that help customers through it.',
};

/**
 * What to do about a bottleneck depends on where in the funnel it is (the RACE phase of its
 * stage, DOMAIN.md): a drop at reach is about channels and message, at act about the offer and
 * its barriers, at convert about the deal itself (abandoned requests and carts belong here only),
 * at engage about keeping customers. Stages with no phase (or plan) get the general advice.
 */
const HINTS: Readonly<Record<Phase | 'none', Localized>> = {
  reach: {
    ru: 'Здесь теряется больше всего клиентов — ещё на этапе охвата: о вас узнают, но дальше не идут. Проверьте, что каналы доходят до персоны (площадки, таргетинг), а сообщение отвечает на её задачу; добавьте рекомендации по контенту и рекламе для этого этапа.',
    en: 'This is where most customers are lost — still at reach: people hear of you but go no further. Check that the channels reach the persona (placements, targeting) and that the message answers their need; add recommendations on content and ads for this stage.',
  },
  act: {
    ru: 'Здесь теряется больше всего клиентов — при оценке и выборе: интерес есть, но следующего шага нет. Разберите барьеры и вопросы клиента на этом этапе — понятно ли предложение, есть ли отзывы и кейсы, легко ли связаться или попробовать — и добавьте рекомендации.',
    en: 'This is where most customers are lost — while they weigh their options: there is interest, but no next step. Look at the barriers and questions at this stage — is the offer clear, are there reviews and cases, is it easy to get in touch or try — and add recommendations.',
  },
  convert: {
    ru: 'Здесь теряется больше всего клиентов — у самой сделки. Упростите этот шаг (оформление, оплата, запись), напомните о брошенной заявке или корзине, предложите помощь менеджера; добавьте рекомендации.',
    en: 'This is where most customers are lost — at the deal itself. Simplify the step (checkout, payment, booking), follow up abandoned requests or carts, offer a manager’s help; add recommendations.',
  },
  engage: {
    ru: 'Здесь теряется больше всего клиентов — после первой покупки: они не возвращаются. Добавьте рекомендации по удержанию: помощь в первые дни с продуктом, регулярная польза, программа лояльности, возврат ушедших клиентов.',
    en: 'This is where most customers are lost — after the first purchase: they do not come back. Add recommendations on retention: help in the first days with the product, regular value, a loyalty programme, winning back customers who left.',
  },
  plan: GENERAL_HINT,
  none: GENERAL_HINT,
};

/** The hint for a bottleneck at `stageId`: by its phase, else by the phase of the step before it. */
function hintFor(context: AuditContext, stageId: string, from: readonly string[]): Localized {
  const phaseOf = (id: string | undefined) => (id === undefined ? undefined : context.map.stages[context.stagePosition(id)]?.phase);
  return HINTS[phaseOf(stageId) ?? phaseOf(from[0]) ?? 'none'];
}

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
        hint: hintFor(context, step.stage, step.from),
      },
    ];
  });
}
