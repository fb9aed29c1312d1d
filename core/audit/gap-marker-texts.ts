import type { Localized } from '../i18n.ts';
import type { LayerKind } from '../model/vocabulary.ts';

/**
 * What a gap marker says, by the kind of the empty layer: the red sticky an adapter puts in a
 * cell the audit found empty. Short enough for one line on a sticky, in both languages.
 */
export const GAP_MARKER_TEXTS: Readonly<Record<LayerKind, Localized>> = {
  goal: { ru: 'Нет цели', en: 'No goal' },
  actions: { ru: 'Нет действий', en: 'No actions' },
  expectations: { ru: 'Нет ожиданий', en: 'No expectations' },
  emotions: { ru: 'Нет эмоций', en: 'No emotions' },
  touchpoints: { ru: 'Нет точек контакта', en: 'No touchpoints' },
  channels: { ru: 'Нет каналов', en: 'No channels' },
  experience: { ru: 'Нет опыта клиента', en: 'No customer experience' },
  barriers: { ru: 'Нет барьеров', en: 'No barriers' },
  recommendations: { ru: 'Нет рекомендаций', en: 'No recommendations' },
  creatives: { ru: 'Нет креативов', en: 'No creatives' },
  metrics: { ru: 'Нет метрик', en: 'No metrics' },
  other: { ru: 'Пусто', en: 'Empty' },
};
