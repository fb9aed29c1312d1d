import type { Rule } from '../types.ts';
import { checkStageCoverage } from './stage-coverage.ts';

/** Every stage needs a touchpoint: where nobody can reach the customer, the map cannot act. */
export const MISSING_TOUCHPOINTS: Rule = {
  id: 'missing-touchpoints',
  severity: 'error',
  title: { ru: 'Этап без точек контакта', en: 'Stage without touchpoints' },
  description: {
    ru: 'У каждого этапа должна быть хотя бы одна точка контакта: где клиента можно встретить и повести дальше. Каналы (источники трафика) точку контакта не заменяют.',
    en: 'Every stage needs at least one touchpoint: a place where we can meet the customer and move them on. Channels (traffic sources) do not count as touchpoints.',
  },
  check: (context) =>
    checkStageCoverage(context, 'touchpoints', {
      noLayer: {
        message: {
          ru: 'На карте нет слоя «Точки контакта»: не видно, где можно встретить клиента',
          en: 'The map has no touchpoints layer: it does not show where we can reach the customer',
        },
        hint: {
          ru: 'Добавьте строку «Точки контакта» и для каждого этапа запишите, где клиент может встретить бренд: сайт, соцсети, рассылка, мессенджеры, реклама, форумы.',
          en: 'Add a “Touchpoints” row and, for every stage, note where the customer can meet the brand: website, social media, newsletter, messengers, ads, forums.',
        },
      },
      emptyStage: {
        message: (stage) => ({
          ru: `Этап ${stage.ru}: нет ни одной точки контакта`,
          en: `Stage ${stage.en} has no touchpoints`,
        }),
        hint: {
          ru: 'Добавьте, где клиент может встретить бренд: сайт, соцсети, рассылка, мессенджеры, реклама, форумы… Без точки контакта клиента на этом этапе нечем удержать.',
          en: 'Add where the customer can meet the brand: website, social media, newsletter, messengers, ads, forums… Without a touchpoint nothing holds the customer at this stage.',
        },
      },
    }),
};
