import { GENERAL_RECOMMENDATIONS, SMM_RECOMMENDATIONS } from './recommendation-layers.ts';
import type { Template } from './types.ts';

/**
 * Offline and online-to-offline retail (docs/domain.md, *Other examples the templates follow*:
 * household chemicals, furniture, an electronics franchise). Social media warm the customer up and hand out the loyalty card; the purchase
 * happens wherever it suits the customer. That branch is drawn as two parallel lanes of one
 * stage (docs/domain.md, *Funnel rules* 2: parallel lanes), so both lanes share the stage name and only the
 * lane tells them apart. The card is issued online *before* the purchase because it is how
 * offline sales are traced back to social media.
 */
export const O2O_RETAIL: Template = {
  id: 'o2o-retail',
  name: { ru: 'Офлайн и online-to-offline розница', en: 'Offline and online-to-offline retail' },
  description: {
    ru: 'Клиент прогревается в соцсетях, получает карту лояльности и покупает там, где удобно: на сайте или в магазине.',
    en: 'The customer warms up on social media, gets a loyalty card and buys where it suits them: online or in a store.',
  },
  stages: [
    {
      id: 's1',
      name: { ru: 'Осознание потребности', en: 'Becoming aware of the need' },
      phase: 'reach',
      prompt: { ru: 'Когда клиент вспоминает о нас: закончился товар, переезд?', en: 'When does the customer think of us: ran out, moving house?' },
    },
    {
      id: 's2',
      name: { ru: 'Подписка на соцсети магазина', en: 'Following the store on social media' },
      phase: 'reach',
      prompt: { ru: 'Ради чего подписываются: скидки, бонусы, новинки?', en: 'Why do people follow: discounts, bonuses, new arrivals?' },
    },
    {
      id: 's3',
      name: { ru: 'Интерес к акции', en: 'Interest in an offer' },
      phase: 'act',
    },
    {
      id: 's4',
      name: { ru: 'Получение карты лояльности', en: 'Getting a loyalty card' },
      phase: 'act',
      prompt: { ru: 'Как выдать карту прямо в соцсетях?', en: 'How can the card be issued right in social media?' },
    },
    {
      id: 's5',
      name: { ru: 'Покупка', en: 'Purchase' },
      phase: 'convert',
      lane: { ru: 'Онлайн', en: 'Online' },
    },
    {
      id: 's6',
      name: { ru: 'Покупка', en: 'Purchase' },
      phase: 'convert',
      lane: { ru: 'Офлайн', en: 'Offline' },
      prompt: { ru: 'Что клиенту нужно потрогать и примерить?', en: 'What does the customer need to touch and try?' },
    },
    {
      id: 's7',
      name: { ru: 'Повторная покупка по карте', en: 'Repeat purchase with the card' },
      phase: 'engage',
    },
  ],
  layers: [
    { id: 'l1', kind: 'goal', required: true },
    { id: 'l2', kind: 'actions', required: false },
    { id: 'l3', kind: 'emotions', required: false },
    { id: 'l4', kind: 'touchpoints', required: true },
    { id: 'l5', kind: 'experience', required: false },
    { id: 'l6', ...GENERAL_RECOMMENDATIONS, required: true },
    { id: 'l7', ...SMM_RECOMMENDATIONS, required: false },
    {
      id: 'l8',
      kind: 'metrics',
      required: false,
      prompt: {
        ru: 'Сколько покупок сделали клиенты с картой из соцсетей?',
        en: 'How many purchases did customers with a card from social media make?',
      },
    },
  ],
  prompts: [
    {
      stage: 's2',
      layer: 'l7',
      text: { ru: 'Анонсы акций и приглашение в программу лояльности', en: 'Announce offers and invite to the loyalty programme' },
    },
    {
      stage: 's4',
      layer: 'l4',
      text: { ru: 'Чат-бот в рассылке регистрирует в программе лояльности', en: 'A chat bot in the newsletter signs people up for the loyalty programme' },
    },
  ],
};
