import type { Template } from './types.ts';

/**
 * The repeat-purchase funnel (docs/domain.md, *The repeat-purchase funnel and the bottleneck*): everything after the first purchase, one stage per
 * customer action, with the number of customers at each step so the biggest drop (the
 * bottleneck) shows. Metrics are therefore required.
 *
 * The RACE phases restart at the first purchase: the base of first-time buyers is the audience
 * we reach again, the return visit is the interaction, the repeat purchase the conversion and
 * the programme and referrals the engagement. A map that tagged every stage `engage` would make
 * the audit report three missing phases on a funnel that has none missing.
 */
export const LOYALTY: Template = {
  id: 'loyalty',
  name: { ru: 'Повторные покупки и лояльность', en: 'Repeat purchases and loyalty' },
  description: {
    ru: 'Воронка после первой покупки: возврат, повторная покупка, программа лояльности и рекомендации. Показывает узкое место по числу клиентов.',
    en: 'The funnel after the first purchase: return visit, repeat purchase, loyalty programme and referrals. Shows the bottleneck by customer counts.',
  },
  stages: [
    {
      id: 's1',
      name: { ru: 'После первой покупки', en: 'After the first purchase' },
      phase: 'reach',
      prompt: { ru: 'Как напомнить о себе после покупки?', en: 'How do we remind the customer of us after the purchase?' },
    },
    {
      id: 's2',
      name: { ru: 'Возвратный визит', en: 'Return visit' },
      phase: 'act',
      prompt: { ru: 'Что приводит клиента обратно?', en: 'What brings the customer back?' },
    },
    {
      id: 's3',
      name: { ru: 'Повторная покупка', en: 'Repeat purchase' },
      phase: 'convert',
    },
    {
      id: 's4',
      name: { ru: 'Программа лояльности', en: 'Loyalty programme' },
      phase: 'engage',
      prompt: { ru: 'Какая выгода заметна с первой покупки по карте?', en: 'Which benefit is visible from the first purchase with the card?' },
    },
    {
      id: 's5',
      name: { ru: 'Рекомендация друзьям', en: 'Referral' },
      phase: 'engage',
    },
  ],
  layers: [
    { id: 'l1', kind: 'goal', required: true },
    { id: 'l2', kind: 'actions', required: false },
    { id: 'l3', kind: 'emotions', required: false },
    { id: 'l4', kind: 'touchpoints', required: true },
    { id: 'l5', kind: 'creatives', required: false },
    { id: 'l6', kind: 'recommendations', required: true },
    { id: 'l7', kind: 'metrics', required: true },
  ],
  prompts: [
    {
      stage: 's1',
      layer: 'l7',
      text: { ru: 'Сколько клиентов купили впервые?', en: 'How many customers bought for the first time?' },
    },
  ],
  examples: {
    notes: [
      {
        stage: 's1',
        layer: 'l4',
        text: { ru: 'Письмо-благодарность с бонусом на вторую покупку', en: 'Thank-you email with a bonus for the second purchase' },
      },
      { stage: 's1', layer: 'l4', text: { ru: 'Рассылка в мессенджере', en: 'Messenger newsletter' } },
      { stage: 's1', layer: 'l7', text: { ru: 'Клиентов: 10 000', en: 'Customers: 10,000' }, value: 10_000 },
      {
        stage: 's2',
        layer: 'l5',
        text: { ru: 'Подборка новинок к прошлой покупке', en: 'New arrivals that go with the last purchase' },
      },
      { stage: 's2', layer: 'l7', text: { ru: 'Вернулись: 4 200', en: 'Came back: 4,200' }, value: 4_200 },
      {
        stage: 's3',
        layer: 'l3',
        text: { ru: 'Рад: бонус сработал', en: 'Pleased: the bonus worked' },
        sentiment: 1,
      },
      { stage: 's3', layer: 'l7', text: { ru: 'Купили повторно: 1 800', en: 'Bought again: 1,800' }, value: 1_800 },
      {
        stage: 's4',
        layer: 'l6',
        text: {
          ru: 'Регистрировать в программе через чат-бот в рассылке',
          en: 'Sign people up for the programme through a chat bot in the newsletter',
        },
      },
      { stage: 's4', layer: 'l7', text: { ru: 'Участников программы: 1 100', en: 'Programme members: 1,100' }, value: 1_100 },
      {
        stage: 's5',
        layer: 'l3',
        text: { ru: 'Неловко навязывать друзьям', en: 'Awkward to push it on friends' },
        sentiment: -1,
      },
      {
        stage: 's5',
        layer: 'l6',
        text: { ru: 'Бонус обоим: и тому, кто пригласил, и другу', en: 'A bonus for both: the one who invites and the friend' },
      },
      { stage: 's5', layer: 'l7', text: { ru: 'Привели друга: 350', en: 'Referred a friend: 350' }, value: 350 },
    ],
  },
};
