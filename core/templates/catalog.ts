import { B2B_SAAS } from './b2b-saas.ts';
import { CLINIC } from './clinic.ts';
import { ECOMMERCE } from './ecommerce.ts';
import { LOYALTY } from './loyalty.ts';
import { O2O_RETAIL } from './o2o-retail.ts';
import { RACE_BASIC } from './race-basic.ts';
import type { Template } from './types.ts';

/**
 * Every template, in the order UIs list them: the general canvas first, then the agencies'
 * canvases for intangible and tangible products, then the narrower ones.
 */
export const TEMPLATES: readonly Template[] = [RACE_BASIC, B2B_SAAS, ECOMMERCE, O2O_RETAIL, CLINIC, LOYALTY];

/** The template with this id, or `undefined` when there is none. */
export function getTemplate(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
