import { GENERAL_RECOMMENDATIONS, SMM_RECOMMENDATIONS } from './recommendation-layers.ts';
import type { Template } from './types.ts';

/**
 * The agencies' canvas for an intangible product (docs/domain.md, *Worked example: Lumus*), with its worked example "Lumus", a
 * script builder for sales teams. "Оплата и последующие взаимодействия" is split in two: paying
 * is the conversion, regular use and renewal are engagement, and the two need different metrics.
 * The trial is `act`, not `convert`: in SaaS a trial sign-up is a lead, the money comes later.
 */
export const B2B_SAAS: Template = {
  id: 'b2b-saas',
  name: { ru: 'B2B SaaS и нематериальный продукт', en: 'B2B SaaS and intangible products' },
  description: {
    ru: 'Путь покупателя сервиса: от игнорирования проблемы через поиск и пробный период к подписке. Пример — Lumus, конструктор скриптов продаж.',
    en: 'The path of a service buyer: from ignoring the problem through search and a trial to a subscription. Example: Lumus, a sales script builder.',
  },
  stages: [
    {
      id: 's1',
      name: { ru: 'Игнорирование', en: 'Ignoring' },
      phase: 'reach',
      prompt: { ru: 'Какое событие сделает проблему заметной?', en: 'Which event makes the problem visible?' },
    },
    {
      id: 's2',
      name: { ru: 'Поиск решения', en: 'Searching for a solution' },
      phase: 'reach',
      prompt: { ru: 'Как клиент формулирует свою проблему?', en: 'How does the customer put the problem into words?' },
    },
    {
      id: 's3',
      name: { ru: 'Выбор продукта', en: 'Choosing a product' },
      phase: 'act',
      prompt: { ru: 'С какими сервисами нас сравнивают?', en: 'Which services are we compared with?' },
    },
    {
      id: 's4',
      name: { ru: 'Тестирование', en: 'Trial' },
      phase: 'act',
      prompt: { ru: 'Что должно случиться за пробный период?', en: 'What must happen during the trial?' },
    },
    {
      id: 's5',
      name: { ru: 'Оплата', en: 'Payment' },
      phase: 'convert',
      prompt: { ru: 'Кто согласует покупку?', en: 'Who approves the purchase?' },
    },
    {
      id: 's6',
      name: { ru: 'Последующие взаимодействия', en: 'Subsequent interactions' },
      phase: 'engage',
      prompt: { ru: 'Почему клиент продлит подписку или уйдёт?', en: 'Why would the customer renew or leave?' },
    },
  ],
  layers: [
    { id: 'l1', kind: 'goal', required: true },
    { id: 'l2', kind: 'actions', required: false },
    { id: 'l3', kind: 'expectations', required: false },
    { id: 'l4', kind: 'emotions', required: false },
    { id: 'l5', kind: 'touchpoints', required: true },
    { id: 'l6', kind: 'experience', required: false },
    { id: 'l7', ...GENERAL_RECOMMENDATIONS, required: true },
    { id: 'l8', ...SMM_RECOMMENDATIONS, required: false },
  ],
  prompts: [
    {
      stage: 's2',
      layer: 'l5',
      text: { ru: 'Где клиент ищет решение?', en: 'Where does the customer look for a solution?' },
    },
    {
      stage: 's4',
      layer: 'l6',
      text: { ru: 'Удобно ли пользоваться без помощи менеджера?', en: 'Is it easy to use without a manager’s help?' },
    },
  ],
  examples: {
    persona: {
      ru: {
        name: 'Руководитель отдела продаж',
        motives: ['Выстроить эффективную работу со скриптами', 'Научиться анализировать эффективность скриптов'],
        scenarios: ['На следующий квартал поднимают KPI по продажам'],
        drivers: ['Аналитика скриптов', 'Интеграция с CRM', 'Пробный период'],
        barriers: ['Не хочется переобучать всю команду'],
      },
      en: {
        name: 'Head of sales',
        motives: ['Make sales scripts work', 'Learn to measure how well the scripts work'],
        scenarios: ['Sales KPIs go up next quarter'],
        drivers: ['Script analytics', 'CRM integration', 'Trial period'],
        barriers: ['Does not want to retrain the whole team'],
      },
    },
    notes: [
      // Ignoring
      {
        stage: 's1',
        layer: 'l1',
        text: { ru: 'Выполнить повышенный план продаж', en: 'Meet the higher sales plan' },
      },
      {
        stage: 's1',
        layer: 'l2',
        text: { ru: 'Отдел работает как обычно, KPI на квартал выросли', en: 'The team works as usual; quarterly KPIs went up' },
      },
      {
        stage: 's1',
        layer: 'l4',
        text: { ru: 'Тревога: план сложно выполнить', en: 'Anxious: the plan looks hard to meet' },
        sentiment: -1,
      },
      {
        stage: 's1',
        layer: 'l8',
        text: {
          ru: 'Контент о том, как выполнить растущий план продаж',
          en: 'Content on how to meet a growing sales plan',
        },
      },
      // Searching for a solution: the stage the worked example fills layer by layer (docs/domain.md).
      {
        stage: 's2',
        layer: 'l1',
        text: { ru: 'Найти продукт, который быстро решит проблему', en: 'Find a product that solves the problem quickly' },
      },
      {
        stage: 's2',
        layer: 'l2',
        text: { ru: 'Ищет в поисковике, читает форумы, изучает сайты компаний', en: 'Searches the web, reads forums, studies company websites' },
      },
      {
        stage: 's2',
        layer: 'l3',
        text: {
          ru: 'Анализ скриптов покажет, где просадка',
          en: 'Analysing the scripts will show where sales drop',
        },
      },
      {
        stage: 's2',
        layer: 'l3',
        text: {
          ru: 'Улучшить текущие скрипты, не обучая команду новым',
          en: 'Improve the current scripts without retraining the team',
        },
      },
      {
        stage: 's2',
        layer: 'l4',
        text: { ru: 'Поиск решения — нейтральная задача', en: 'Searching is a neutral task' },
        sentiment: 0,
      },
      {
        stage: 's2',
        layer: 'l4',
        text: { ru: 'Расстроен: скрипты придётся менять', en: 'Upset: the scripts must change' },
        sentiment: -1,
      },
      { stage: 's2', layer: 'l5', text: { ru: 'Статья на vc.ru', en: 'Article on vc.ru' } },
      { stage: 's2', layer: 'l5', text: { ru: 'Подробный пост в соцсетях', en: 'Detailed social media post' } },
      { stage: 's2', layer: 'l5', text: { ru: 'Рекомендации на форумах', en: 'Recommendations on forums' } },
      {
        stage: 's2',
        layer: 'l5',
        text: {
          ru: 'Рассылка об улучшении работы отдела продаж',
          en: 'Newsletter on improving the sales department',
        },
      },
      {
        stage: 's2',
        layer: 'l6',
        text: {
          ru: 'Сложно анализировать скрипты, менеджеры упускают допродажи',
          en: 'Scripts are hard to analyse; managers miss upsells',
        },
      },
      {
        stage: 's2',
        layer: 'l6',
        text: {
          ru: 'Нашёл вариант с интеграцией с его CRM',
          en: 'Found an option that integrates with his CRM',
        },
      },
      {
        stage: 's2',
        layer: 'l7',
        text: {
          ru: 'PR на внешних площадках: статьи об аналитике скриптов',
          en: 'PR on external media: articles on script analytics',
        },
      },
      {
        stage: 's2',
        layer: 'l7',
        text: {
          ru: 'Показать преимущества: пробный период, личный менеджер, простая интеграция с CRM',
          en: 'Show the advantages: trial period, personal manager, easy CRM integration',
        },
      },
      {
        stage: 's2',
        layer: 'l8',
        text: {
          ru: 'Контент, который помогает осознать проблему: менеджеры не используют скрипты',
          en: 'Content that helps see the problem: managers do not use the scripts',
        },
      },
      {
        stage: 's2',
        layer: 'l8',
        text: {
          ru: 'Контент, который показывает решение: сервис автоматизации и анализа скриптов',
          en: 'Content that shows the solution: a service that automates and analyses scripts',
        },
      },
      {
        stage: 's2',
        layer: 'l8',
        text: {
          ru: 'Дистрибуция контента: реклама, PR и инфлюенс-маркетинг',
          en: 'Content distribution: ads, PR and influencer marketing',
        },
      },
      // Choosing, trial, payment, after: the goals from the worked example's stage descriptions (docs/domain.md).
      {
        stage: 's3',
        layer: 'l1',
        text: {
          ru: 'Найти конструктор скриптов с аналитикой',
          en: 'Find a script builder with analytics',
        },
      },
      {
        stage: 's4',
        layer: 'l1',
        text: { ru: 'Оценить удобство за пробный период', en: 'Judge how convenient it is during the trial' },
      },
      {
        stage: 's5',
        layer: 'l1',
        text: { ru: 'Оформить подписку', en: 'Subscribe' },
      },
      {
        stage: 's6',
        layer: 'l1',
        text: {
          ru: 'Регулярно пользоваться сервисом; уйти, только если скрипты больше не нужны',
          en: 'Use the service regularly; leave only when scripts are no longer needed',
        },
      },
    ],
  },
};
