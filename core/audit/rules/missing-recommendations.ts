import type { Rule } from '../types.ts';
import { checkStageCoverage } from './stage-coverage.ts';

/** Every stage needs a recommendation: the map exists to say how to move the customer on. */
export const MISSING_RECOMMENDATIONS: Rule = {
  id: 'missing-recommendations',
  severity: 'error',
  title: { ru: 'Этап без рекомендаций', en: 'Stage without recommendations' },
  description: {
    ru: 'У каждого этапа должна быть хотя бы одна рекомендация в любом из слоёв рекомендаций (общие, SMM…): иначе карта не говорит, как провести клиента дальше.',
    en: 'Every stage needs at least one recommendation in any recommendations layer (general, SMM…): otherwise the map does not say how to move the customer on.',
  },
  check: (context) =>
    checkStageCoverage(context, 'recommendations', {
      noLayer: {
        message: {
          ru: 'На карте нет слоя рекомендаций: карта не говорит, что делать с каждым этапом',
          en: 'The map has no recommendations layer: it does not say what to do at each stage',
        },
        hint: {
          ru: 'Добавьте строку «Рекомендации» (можно две: общие — сайт, сервис, PR — и по каналам, например SMM) и заполните её, когда весь путь клиента описан.',
          en: 'Add a “Recommendations” row (or two: general ones — website, service, PR — and channel ones such as SMM) and fill it in once the whole path is described.',
        },
      },
      emptyStage: {
        message: (stage) => ({
          ru: `Этап ${stage.ru}: нет рекомендаций`,
          en: `Stage ${stage.en} has no recommendations`,
        }),
        hint: {
          ru: 'Запишите, как провести клиента на следующий шаг: что улучшить в компании (сайт, сервис, PR) и что сделать в каналах (контент, реклама, инфлюенсеры, дожим).',
          en: 'Write down how to move the customer to the next step: what the company should improve (website, service, PR) and what to do in the channels (content, ads, influencers, follow-ups).',
        },
      },
    }),
};
