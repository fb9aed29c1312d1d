/**
 * The RACE template library: typed canvases of stages and layers, each in Russian and English,
 * and the functions a command line or a panel calls to list them and start a map from one.
 */
export type {
  Template,
  TemplateCellPrompt,
  TemplateExampleNote,
  TemplateExamples,
  TemplateLayer,
  TemplateStage,
  TemplateSummary,
} from './types.ts';
export { TEMPLATES, getTemplate } from './catalog.ts';
export { listTemplates } from './list-templates.ts';
export { createMapFromTemplate } from './create-map-from-template.ts';
export type { CreateMapOptions } from './create-map-from-template.ts';
export { getLayerTitle } from './layer-title.ts';
export { getLayerPrompt } from './layer-prompt.ts';
export { LAYER_PROMPTS } from './layer-prompts.ts';
