import type { Localized } from '../../i18n.ts';
import { FUNNEL_PHASES, PHASE_INFO } from '../../model/phases.ts';
import type { Phase } from '../../model/phases.ts';
import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { quote } from '../wording.ts';

/**
 * A funnel must cover every part of the business process (docs/domain.md, *Funnel rules*, 2): reach, act, convert
 * and engage each need a stage. `plan` is stage zero and optional. Only maps that tag stages with
 * phases are checked: a map without phases says nothing about RACE, and flagging all four phases
 * on it would only be noise.
 */
export const PHASE_WITHOUT_STAGE: Rule = {
  id: 'phase-without-stage',
  severity: 'warning',
  title: { ru: 'Фаза RACE без этапов', en: 'RACE phase without stages' },
  description: {
    ru: 'Если этапы карты размечены фазами RACE, в каждой из фаз «Охват», «Взаимодействие», «Конверсия» и «Вовлечение» должен быть хотя бы один этап («Планирование» необязательно).',
    en: 'When the stages are tagged with RACE phases, each of Reach, Act, Convert and Engage needs at least one stage (Plan is optional).',
  },
  check: checkPhases,
};

/** What a stage of each phase is about, for the hint. */
const PHASE_HINTS: Readonly<Record<Exclude<Phase, 'plan'>, Localized>> = {
  reach: {
    ru: 'Добавьте этап охвата: как клиент впервые осознаёт проблему и узнаёт о вас — реклама, статья, поиск, совет знакомых.',
    en: 'Add a reach stage: how the customer first notices the problem and hears of you — an ad, an article, search, a friend’s advice.',
  },
  act: {
    ru: 'Добавьте этап взаимодействия: как клиент оценивает и выбирает — сравнивает, читает отзывы, оставляет заявку, регистрируется, кладёт товар в корзину.',
    en: 'Add an act stage: how the customer evaluates and chooses — compares, reads reviews, leaves a request, signs up, adds to the cart.',
  },
  convert: {
    ru: 'Добавьте этап сделки: где клиент становится покупателем — оплата, договор, оформление заказа.',
    en: 'Add a convert stage: where the customer becomes a buyer — payment, contract, checkout.',
  },
  engage: {
    ru: 'Добавьте этап опыта и лояльности: использование, повторная покупка, продление, рекомендации друзьям — или отток.',
    en: 'Add an engage stage: use, repeat purchase, renewal, referrals — or churn.',
  },
};

function checkPhases(context: AuditContext): RuleFinding[] {
  const used = new Set(context.map.stages.flatMap((stage) => (stage.phase ? [stage.phase] : [])));
  if (used.size === 0) return [];
  return FUNNEL_PHASES.filter((phase): phase is Exclude<Phase, 'plan'> => phase !== 'plan' && !used.has(phase)).map((phase) => {
    const info = PHASE_INFO[phase];
    return {
      message: {
        // The English id in parentheses: RACE is known by its English names, also in Russian decks.
        ru: `Фаза RACE ${quote(info.name.ru, 'ru')} (${info.name.en}): нет ни одного этапа`,
        en: `RACE phase ${quote(info.name.en, 'en')} has no stage`,
      },
      hint: {
        ru: `Воронка должна покрывать весь путь клиента, от первого касания до повторной покупки. ${PHASE_HINTS[phase].ru}`,
        en: `A funnel must cover the customer’s whole path, from the first touch to the repeat purchase. ${PHASE_HINTS[phase].en}`,
      },
    };
  });
}
