import type { Template } from './types.ts';

/**
 * Services with a long consideration, after the clinic of docs/domain.md (*Other examples the templates follow*): people choose a doctor for
 * months or years before a procedure, so the map spends most of its width on warming up
 * through expertise and cases, and the conversion is booking a consultation. Fears are a row of
 * their own (barriers) because they, not price, decide when the customer books.
 */
export const CLINIC: Template = {
  id: 'clinic',
  name: { ru: 'Клиника и услуги с долгим выбором', en: 'Clinic and long-consideration services' },
  description: {
    ru: 'Услуги, которые выбирают месяцами и годами: прогрев экспертизой и кейсами до записи на консультацию.',
    en: 'Services chosen over months or years: warming up with expertise and cases until the customer books a consultation.',
  },
  stages: [
    {
      id: 's1',
      name: { ru: 'Зарождение желания', en: 'A wish emerges' },
      phase: 'reach',
      prompt: { ru: 'Что заставляет задуматься о процедуре?', en: 'What makes the customer consider the procedure?' },
    },
    {
      id: 's2',
      name: { ru: 'Знакомство с врачом', en: 'Discovering the doctor' },
      phase: 'reach',
      prompt: { ru: 'Где клиент впервые видит врача?', en: 'Where does the customer first see the doctor?' },
    },
    {
      id: 's3',
      name: { ru: 'Прогрев: экспертиза и кейсы', en: 'Warm-up: expertise and cases' },
      phase: 'act',
      prompt: { ru: 'Может длиться годами: что держит интерес?', en: 'May last for years: what keeps the interest?' },
    },
    {
      id: 's4',
      name: { ru: 'Запись на консультацию', en: 'Booking a consultation' },
      phase: 'convert',
      prompt: { ru: 'Что мешает записаться сегодня?', en: 'What stops the customer from booking today?' },
    },
    {
      id: 's5',
      name: { ru: 'Консультация', en: 'Consultation' },
      phase: 'convert',
    },
    {
      id: 's6',
      name: { ru: 'Процедура', en: 'Procedure' },
      phase: 'convert',
    },
    {
      id: 's7',
      name: { ru: 'Восстановление и отзыв', en: 'Recovery and review' },
      phase: 'engage',
      prompt: { ru: 'Что поможет клиенту рассказать о результате?', en: 'What helps the customer share the result?' },
    },
  ],
  layers: [
    { id: 'l1', kind: 'goal', required: true },
    { id: 'l2', kind: 'actions', required: false },
    { id: 'l3', kind: 'expectations', required: false },
    { id: 'l4', kind: 'emotions', required: false },
    {
      id: 'l5',
      kind: 'barriers',
      title: { ru: 'Страхи и барьеры', en: 'Fears and barriers' },
      required: false,
      prompt: { ru: 'Чего клиент боится: боли, риска, цены?', en: 'What does the customer fear: pain, risk, price?' },
    },
    { id: 'l6', kind: 'touchpoints', required: true },
    {
      id: 'l7',
      kind: 'creatives',
      title: { ru: 'Контент для прогрева', en: 'Warm-up content' },
      required: false,
      prompt: {
        ru: 'Какая экспертиза или кейс снимет сомнение на этом этапе?',
        en: 'Which expertise or case removes the doubt at this stage?',
      },
    },
    { id: 'l8', kind: 'recommendations', required: true },
    { id: 'l9', kind: 'metrics', required: false },
  ],
  prompts: [
    {
      stage: 's3',
      layer: 'l7',
      text: {
        ru: 'Кейсы до и после, ответы врача на вопросы, разбор страхов',
        en: 'Before-and-after cases, the doctor’s answers to questions, fears explained',
      },
    },
    {
      stage: 's4',
      layer: 'l9',
      text: { ru: 'Заявки на консультацию', en: 'Consultation requests' },
    },
  ],
};
