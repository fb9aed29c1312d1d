import type { TemplateLayer } from './types.ts';

/** A layer without the parts each template decides for itself. */
type LayerPreset = Omit<TemplateLayer, 'id' | 'required'>;

/**
 * The two kinds of recommendations (docs/domain.md, *How a map is filled*, 8): general ones are what the company itself must
 * change (site, service, PR), SMM ones are what social media can do. Templates made for
 * social-media promotion use both rows; a single row would mix two owners' to-do lists.
 */
export const GENERAL_RECOMMENDATIONS: LayerPreset = {
  kind: 'recommendations',
  title: { ru: 'Рекомендации (общие)', en: 'Recommendations (general)' },
  prompt: {
    ru: 'Что улучшить на уровне компании: сайт, сервис, PR?',
    en: 'What should the company improve: website, service, PR?',
  },
};

/** SMM recommendations: content that retains, ads, influencers (docs/domain.md, *How a map is filled*, 8). */
export const SMM_RECOMMENDATIONS: LayerPreset = {
  kind: 'recommendations',
  title: { ru: 'Рекомендации SMM', en: 'SMM recommendations' },
  prompt: {
    ru: 'Чем помогут соцсети: удерживающий контент, реклама, инфлюенсеры?',
    en: 'How can social media help: content that retains, ads, influencers?',
  },
};
