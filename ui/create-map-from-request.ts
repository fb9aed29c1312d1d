import { createMapFromTemplate } from '../core/index.ts';
import type { CjmMap } from '../core/index.ts';
import type { NewMapRequest } from './panel-host.ts';

/**
 * The map a "New map" form describes: the template's (with its example notes when asked) or the
 * imported file's, with the form's title and persona when they are filled in. An imported map's
 * own locale stays: its stage and layer names are already in it.
 *
 * @throws InputError for an unknown template id.
 */
export function createMapFromRequest(request: NewMapRequest): CjmMap {
  const base =
    request.source.kind === 'template'
      ? createMapFromTemplate(request.source.templateId, request.locale, { examples: request.source.examples })
      : structuredClone(request.source.map);
  const title = request.title.trim();
  const persona = request.persona.trim();
  if (title) base.title = title;
  if (persona) {
    base.persona = base.persona ? { ...base.persona, name: persona } : { name: persona, motives: [], scenarios: [], drivers: [], barriers: [] };
  }
  return base;
}
