import { createMapFromTemplate, listTemplates } from '../core/index.ts';
import type { Locale } from '../core/index.ts';
import type { TemplateChoice } from './panel-host.ts';

/** Every template of core's library in `locale`, with the stages and layers the preview draws. */
export function listTemplateChoices(locale: Locale): TemplateChoice[] {
  return listTemplates(locale).map((summary) => {
    // The empty map core would create: its stages and layers are exactly what will be drawn.
    const map = createMapFromTemplate(summary.id, locale);
    return {
      id: summary.id,
      name: summary.name,
      description: summary.description,
      hasExamples: summary.hasExamples,
      stages: map.stages.map(({ name, phase, lane }) => ({ name, ...(phase ? { phase } : {}), ...(lane ? { lane } : {}) })),
      layers: map.layers.map((layer) => ({ title: layer.title, required: layer.required === true })),
    };
  });
}
