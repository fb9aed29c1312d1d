import type { Localized } from '../i18n.ts';

/**
 * What a layer (a row of the map) is about. Several layers may share a kind, e.g.
 * "Рекомендации (общие)" and "Рекомендации SMM" are both `recommendations`.
 */
export const LAYER_KINDS = [
  'goal',
  'actions',
  'expectations',
  'emotions',
  'touchpoints',
  'channels',
  'experience',
  'barriers',
  'recommendations',
  'creatives',
  'metrics',
  'other',
] as const;

/** One kind of layer. */
export type LayerKind = (typeof LAYER_KINDS)[number];

/** Colour tokens for notes; adapters turn them into platform colours. */
export type NoteColor = 'yellow' | 'green' | 'red' | 'blue' | 'violet' | 'orange' | 'gray' | 'cyan' | 'pink';

/** How a layer kind is titled and recognised. */
export interface LayerKindInfo {
  readonly kind: LayerKind;
  /** The title a new layer of this kind gets. */
  readonly title: Localized;
  /** Headings hand-made maps use for this kind (docs/domain.md, *Layer vocabulary*), per language. */
  readonly headings: Localized<readonly string[]>;
  /** The colour of notes in this layer on generated boards. */
  readonly noteColor: NoteColor;
}

/**
 * The layer vocabulary: the one place that knows how layers are named, in Russian and English.
 * Templates take their titles from here and the board reader matches headings against it.
 */
export const LAYER_VOCABULARY: Readonly<Record<LayerKind, LayerKindInfo>> = {
  goal: {
    kind: 'goal',
    title: { en: 'Goal', ru: 'Цель' },
    headings: {
      en: ['Goal', 'Goals', 'Customer goal', 'Stage goal', 'Objective', 'Objectives'],
      ru: ['Цель', 'Цели', 'Цель этапа', 'Цели клиента', 'Цель клиента', 'Задача', 'Задачи'],
    },
    noteColor: 'violet',
  },
  actions: {
    kind: 'actions',
    title: { en: 'Actions', ru: 'Действия' },
    headings: {
      en: ['Actions', 'Action', 'Doing', 'Customer actions', 'Steps', 'What they do'],
      ru: ['Действия', 'Действие', 'Действия клиента', 'Что делает', 'Что делает клиент', 'Шаги'],
    },
    noteColor: 'yellow',
  },
  expectations: {
    kind: 'expectations',
    title: { en: 'Expectations', ru: 'Ожидания' },
    headings: {
      en: ['Expectations', 'Thinking', 'Thoughts', 'Questions'],
      ru: ['Ожидания', 'Мысли', 'Мысли и ожидания', 'Вопросы'],
    },
    noteColor: 'cyan',
  },
  emotions: {
    kind: 'emotions',
    title: { en: 'Emotions', ru: 'Эмоции' },
    headings: {
      en: ['Emotions', 'Emotion', 'Feeling', 'Feelings', 'Mood', 'Emotional curve'],
      ru: ['Эмоции', 'Эмоция', 'Чувства', 'Настроение', 'Уровень удовлетворённости', 'Эмоциональная кривая'],
    },
    noteColor: 'pink',
  },
  touchpoints: {
    kind: 'touchpoints',
    title: { en: 'Touchpoints', ru: 'Точки контакта' },
    headings: {
      en: ['Touchpoints', 'Touch points', 'Touchpoint', 'Points of contact'],
      ru: ['Точки контакта', 'Точки касания', 'Точки взаимодействия', 'Точка контакта'],
    },
    noteColor: 'green',
  },
  channels: {
    kind: 'channels',
    title: { en: 'Channels', ru: 'Каналы' },
    headings: {
      en: ['Channels', 'Channel', 'Traffic sources', 'Media'],
      ru: ['Каналы', 'Канал', 'Источники трафика'],
    },
    noteColor: 'blue',
  },
  experience: {
    kind: 'experience',
    title: { en: 'Experience', ru: 'Опыт' },
    headings: {
      en: ['Experience', 'Customer experience', 'Pains and gains', 'Likes/dislikes', 'Likes and dislikes', 'Insights'],
      ru: ['Опыт', 'Опыт клиента', 'Инсайты'],
    },
    noteColor: 'gray',
  },
  barriers: {
    kind: 'barriers',
    title: { en: 'Barriers', ru: 'Барьеры' },
    headings: {
      en: ['Barriers', 'Pain points', 'Pains', 'Problems', 'Obstacles', 'Fears'],
      ru: ['Барьеры', 'Боли', 'Проблемы', 'Препятствия', 'Страхи'],
    },
    noteColor: 'red',
  },
  recommendations: {
    kind: 'recommendations',
    title: { en: 'Recommendations', ru: 'Рекомендации' },
    headings: {
      en: ['Recommendations', 'Opportunities', 'Ideas', 'Solutions', 'Improvements', 'What we do', 'What to improve', 'How to improve'],
      ru: ['Рекомендации', 'Решения', 'Идеи', 'Возможности', 'Улучшения', 'Что делаем', 'Что улучшить', 'Как улучшить', 'Что можно улучшить'],
    },
    noteColor: 'orange',
  },
  creatives: {
    kind: 'creatives',
    title: { en: 'Creatives', ru: 'Креативы' },
    headings: {
      en: ['Creatives', 'Messages', 'Content', 'Communication'],
      ru: ['Креативы', 'Сообщения', 'Контент', 'Коммуникация'],
    },
    noteColor: 'yellow',
  },
  metrics: {
    kind: 'metrics',
    title: { en: 'Metrics', ru: 'Метрики' },
    headings: {
      en: ['Metrics', 'KPI', 'KPIs', 'Funnel', 'Conversion'],
      ru: ['Метрики', 'KPI', 'Показатели', 'Воронка', 'Конверсия'],
    },
    noteColor: 'blue',
  },
  other: {
    kind: 'other',
    title: { en: 'Notes', ru: 'Заметки' },
    headings: { en: ['Notes', 'Other'], ru: ['Заметки', 'Другое', 'Прочее'] },
    noteColor: 'yellow',
  },
};
