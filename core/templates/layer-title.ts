import type { Locale } from '../i18n.ts';
import { pick } from '../i18n.ts';
import { LAYER_VOCABULARY } from '../model/vocabulary.ts';
import type { TemplateLayer } from './types.ts';

/**
 * The title a template layer shows in `locale`: its own title when the template names the row
 * differently ("Рекомендации SMM"), otherwise the vocabulary's title for its kind, so that a
 * change of wording in the vocabulary reaches every template.
 */
export function getLayerTitle(layer: TemplateLayer, locale: Locale): string {
  return pick(layer.title ?? LAYER_VOCABULARY[layer.kind].title, locale);
}
