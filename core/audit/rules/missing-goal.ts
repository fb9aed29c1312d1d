import type { Rule } from '../types.ts';
import { checkStageCoverage } from './stage-coverage.ts';

/** Every stage needs the customer's goal: actions, expectations and metrics follow from it. */
export const MISSING_GOAL: Rule = {
  id: 'missing-goal',
  severity: 'warning',
  title: { ru: 'Этап без цели', en: 'Stage without a goal' },
  description: {
    ru: 'У каждого этапа должна быть цель клиента: с неё начинается заполнение этапа, от неё зависят действия, ожидания и метрики.',
    en: 'Every stage needs the customer’s goal: filling a stage starts there, and actions, expectations and metrics follow from it.',
  },
  check: (context) =>
    checkStageCoverage(context, 'goal', {
      noLayer: {
        message: {
          ru: 'На карте нет слоя с целями клиента',
          en: 'The map has no goal layer',
        },
        hint: {
          ru: 'Добавьте строку «Цель» и для каждого этапа сформулируйте, чего клиент хочет добиться: от цели зависят его действия, ожидания и то, что стоит измерять.',
          en: 'Add a “Goal” row and, for every stage, state what the customer wants to achieve: their actions, expectations and what is worth measuring follow from it.',
        },
      },
      emptyStage: {
        message: (stage) => ({
          ru: `Этап ${stage.ru}: не указана цель клиента`,
          en: `Stage ${stage.en} has no customer goal`,
        }),
        hint: {
          ru: 'Сформулируйте одной фразой от лица клиента, чего он хочет добиться на этом этапе, например: «Найти продукт, который быстро решит проблему».',
          en: 'State in one sentence, in the customer’s words, what they want to achieve at this stage, e.g. “Find a product that solves the problem quickly”.',
        },
      },
    }),
};
