import type { Localized } from '../i18n.ts';

/** RACE phases (Smart Insights), with the optional stage zero `plan`. Funnel order. */
export const PHASES = ['plan', 'reach', 'act', 'convert', 'engage'] as const;

/** One phase of the RACE model. */
export type Phase = (typeof PHASES)[number];

/** The phases a funnel must cover: `plan` is optional and is never required by the audit. */
export const FUNNEL_PHASES: readonly Phase[] = ['reach', 'act', 'convert', 'engage'];

/** How a phase is named on boards: display names and the words a phase band may use. */
export interface PhaseInfo {
  readonly id: Phase;
  /** The label a generated phase band carries, e.g. "Reach" / "Охват". */
  readonly name: Localized;
  /** The longer Russian name used in agency decks (docs/domain.md, *RACE phases*), e.g. "Первичное осмысление". */
  readonly longName: Localized;
  /** Other words that name this phase in hand-made bands (lower case, RU and EN mixed). */
  readonly aliases: readonly string[];
}

/** Names and band vocabulary of every phase (docs/domain.md, *RACE phases*). */
export const PHASE_INFO: Readonly<Record<Phase, PhaseInfo>> = {
  plan: {
    id: 'plan',
    name: { en: 'Plan', ru: 'Планирование' },
    longName: { en: 'Plan', ru: 'Планирование' },
    aliases: ['plan', 'planning', 'планирование', 'план', 'стратегия'],
  },
  reach: {
    id: 'reach',
    name: { en: 'Reach', ru: 'Охват' },
    longName: { en: 'Reach', ru: 'Первичное осмысление' },
    aliases: ['reach', 'охват', 'первичное осмысление', 'осмысление', 'привлечение', 'awareness'],
  },
  act: {
    id: 'act',
    name: { en: 'Act', ru: 'Взаимодействие' },
    longName: { en: 'Act', ru: 'Оценка и выбор' },
    aliases: ['act', 'interact', 'interaction', 'взаимодействие', 'действие', 'оценка и выбор', 'оценка', 'выбор', 'consideration'],
  },
  convert: {
    id: 'convert',
    name: { en: 'Convert', ru: 'Конверсия' },
    longName: { en: 'Convert', ru: 'Сделка' },
    aliases: ['convert', 'conversion', 'конверсия', 'сделка', 'покупка', 'продажа', 'purchase'],
  },
  engage: {
    id: 'engage',
    name: { en: 'Engage', ru: 'Вовлечение' },
    longName: { en: 'Engage', ru: 'Опыт и лояльность' },
    aliases: ['engage', 'engagement', 'вовлечение', 'опыт и лояльность', 'лояльность', 'loyalty', 'retention', 'удержание'],
  },
};
