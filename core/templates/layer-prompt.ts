import type { Locale } from '../i18n.ts';
import { pick } from '../i18n.ts';
import { LAYER_PROMPTS } from './layer-prompts.ts';
import type { TemplateLayer } from './types.ts';

/**
 * The question a template layer asks in `locale`: its own prompt when the template asks something
 * more specific ("Чем помогут соцсети…" for SMM recommendations), otherwise the shared question of
 * its kind (`LAYER_PROMPTS`), so that the same row asks the same question in every template.
 */
export function getLayerPrompt(layer: Pick<TemplateLayer, 'kind' | 'prompt'>, locale: Locale): string {
  return pick(layer.prompt ?? LAYER_PROMPTS[layer.kind], locale);
}
