import type { Template } from './types.ts';

/**
 * The general RACE canvas: from becoming aware of the need to repeat purchase or churn, which
 * are the first and last stages of every map (docs/domain.md, *How a map is filled*, 2). No `plan` stage: the funnel starts
 * where customer actions can be tracked (docs/domain.md, *Funnel rules*, 1).
 */
export const RACE_BASIC: Template = {
  id: 'race-basic',
  name: { ru: 'RACE: базовая карта', en: 'RACE: basic map' },
  description: {
    ru: 'Универсальная канва по модели RACE: охват, взаимодействие, конверсия, вовлечение. Подходит для большинства бизнесов.',
    en: 'A general canvas on the RACE model: reach, act, convert, engage. Suits most businesses.',
  },
  stages: [
    {
      id: 's1',
      name: { ru: 'Осознание потребности', en: 'Becoming aware of the need' },
      phase: 'reach',
      prompt: { ru: 'Что запускает потребность?', en: 'What triggers the need?' },
    },
    {
      id: 's2',
      name: { ru: 'Поиск и сравнение вариантов', en: 'Searching and comparing options' },
      phase: 'act',
      prompt: { ru: 'С чем клиент сравнивает нас?', en: 'What does the customer compare us with?' },
    },
    {
      id: 's3',
      name: { ru: 'Покупка', en: 'Purchase' },
      phase: 'convert',
      prompt: { ru: 'Что может сорвать сделку?', en: 'What could stop the deal?' },
    },
    {
      id: 's4',
      name: { ru: 'Использование', en: 'Use' },
      phase: 'engage',
      prompt: { ru: 'Оправдал ли продукт ожидания?', en: 'Did the product meet expectations?' },
    },
    {
      id: 's5',
      name: { ru: 'Повторная покупка или уход', en: 'Repeat purchase or churn' },
      phase: 'engage',
      prompt: { ru: 'Почему клиент вернётся или уйдёт?', en: 'Why would the customer come back or leave?' },
    },
  ],
  layers: [
    { id: 'l1', kind: 'goal', required: true },
    { id: 'l2', kind: 'actions', required: false },
    { id: 'l3', kind: 'expectations', required: false },
    { id: 'l4', kind: 'emotions', required: false },
    { id: 'l5', kind: 'touchpoints', required: true },
    { id: 'l6', kind: 'experience', required: false },
    { id: 'l7', kind: 'recommendations', required: true },
    { id: 'l8', kind: 'metrics', required: false },
  ],
  prompts: [
    {
      stage: 's2',
      layer: 'l5',
      text: { ru: 'Где клиент ищет решение?', en: 'Where does the customer look for a solution?' },
    },
    {
      stage: 's3',
      layer: 'l8',
      text: { ru: 'Продажи, выручка, конверсия, средний чек', en: 'Sales, revenue, conversion rate, order value' },
    },
    {
      stage: 's5',
      layer: 'l8',
      text: { ru: 'Повторные покупки, LTV, NPS, рекомендации', en: 'Repeat purchases, LTV, NPS, referrals' },
    },
  ],
};
