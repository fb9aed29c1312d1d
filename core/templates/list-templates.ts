import type { Locale } from '../i18n.ts';
import { pick } from '../i18n.ts';
import { PHASES } from '../model/phases.ts';
import { TEMPLATES } from './catalog.ts';
import type { TemplateSummary } from './types.ts';

/** Every template summarised in `locale`, in catalogue order: all a template picker needs. */
export function listTemplates(locale: Locale): TemplateSummary[] {
  return TEMPLATES.map((template) => {
    const used = new Set(template.stages.map((stage) => stage.phase));
    return {
      id: template.id,
      name: pick(template.name, locale),
      description: pick(template.description, locale),
      stageCount: template.stages.length,
      layerCount: template.layers.length,
      // Funnel order, not stage order, so a UI can draw the same phase chips for every template.
      phases: PHASES.filter((phase) => used.has(phase)),
      hasExamples: (template.examples?.notes.length ?? 0) > 0,
    };
  });
}
