import type { CjmMap } from '../../core/model/map.ts';

/**
 * The worked example of docs/domain.md ("Lumus", a script builder for sales teams) as a small map:
 * four stages over three RACE phases, a lane, four layers, notes with sentiment, a persona.
 */
export const LUMUS_MAP: CjmMap = {
  schema: 'cjm/1',
  title: 'Lumus: путь руководителя отдела продаж',
  locale: 'ru',
  persona: {
    name: 'Руководитель отдела продаж',
    motives: ['выполнить KPI следующего квартала'],
    scenarios: ['ищет, как улучшить скрипты'],
    drivers: ['аналитика скриптов'],
    barriers: ['цена', 'долгое внедрение'],
  },
  stages: [
    { id: 's1', name: 'Игнорирование', phase: 'reach' },
    { id: 's2', name: 'Поиск решения', phase: 'reach' },
    { id: 's3', name: 'Выбор продукта', phase: 'act' },
    { id: 's4', name: 'Тестирование', phase: 'convert', lane: 'Пробный период' },
  ],
  layers: [
    { id: 'l1', kind: 'goal', title: 'Цель' },
    { id: 'l2', kind: 'touchpoints', title: 'Точки контакта' },
    { id: 'l3', kind: 'emotions', title: 'Эмоции' },
    { id: 'l4', kind: 'recommendations', title: 'Рекомендации' },
  ],
  notes: [
    { stage: 's1', layer: 'l1', text: 'Выполнить план продаж' },
    { stage: 's2', layer: 'l2', text: 'Статья на vc.ru' },
    { stage: 's2', layer: 'l2', text: 'Пост в соцсетях' },
    { stage: 's2', layer: 'l2', text: 'Рекомендации на форумах' },
    { stage: 's2', layer: 'l3', text: 'Расстроен: скрипты надо менять', sentiment: -1 },
    { stage: 's2', layer: 'l4', text: 'Контент, который помогает увидеть проблему' },
    { stage: 's3', layer: 'l2', text: 'Сайт Lumus' },
    { stage: 's4', layer: 'l3', text: 'Доволен аналитикой', sentiment: 1 },
  ],
  orphans: [],
};
