import type { Localized } from '../i18n.ts';
import type { LayerKind } from '../model/vocabulary.ts';

/**
 * The question each kind of row answers, following the order of filling a map (docs/domain.md, *How a map is filled*)
 * (goal → actions → expectations → emotions → touchpoints → experience → recommendations).
 * Templates share these so that the same row asks the same question in every template: a
 * template layer without a `prompt` of its own asks its kind's (`getLayerPrompt`).
 */
export const LAYER_PROMPTS: Readonly<Record<LayerKind, Localized>> = {
  goal: {
    ru: 'Чего клиент хочет добиться на этом этапе?',
    en: 'What does the customer want to achieve at this stage?',
  },
  actions: {
    ru: 'Что делает клиент? Объедините близкие действия.',
    en: 'What does the customer do? Group close actions together.',
  },
  expectations: {
    ru: 'На что клиент рассчитывает и что его беспокоит?',
    en: 'What does the customer expect, and what worries them?',
  },
  emotions: {
    ru: 'Что чувствует клиент: позитив, нейтрально или негатив?',
    en: 'How does the customer feel: positive, neutral or negative?',
  },
  touchpoints: {
    ru: 'Где можно встретить клиента: сайт, соцсети, почта, мессенджеры, реклама, форумы?',
    en: 'Where can we meet the customer: website, social media, email, messengers, ads, forums?',
  },
  channels: {
    ru: 'Откуда приходит трафик на этом этапе?',
    en: 'Where does the traffic come from at this stage?',
  },
  experience: {
    ru: 'К каким выводам приходит клиент, что нравится и что мешает?',
    en: 'What does the customer conclude, like and dislike?',
  },
  barriers: {
    ru: 'Что может остановить клиента на этом этапе?',
    en: 'What could stop the customer at this stage?',
  },
  recommendations: {
    ru: 'Как удержать клиента и провести его на следующий шаг?',
    en: 'How do we keep the customer and move them to the next step?',
  },
  creatives: {
    ru: 'Какое сообщение поможет клиенту сделать следующий шаг?',
    en: 'Which message helps the customer take the next step?',
  },
  metrics: {
    ru: 'Сколько клиентов на этапе и сколько доходит до следующего?',
    en: 'How many customers are at this stage and how many reach the next one?',
  },
  other: {
    ru: 'Что ещё важно знать об этом этапе?',
    en: 'What else matters at this stage?',
  },
};
