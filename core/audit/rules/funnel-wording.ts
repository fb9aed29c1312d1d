import type { Localized } from '../../i18n.ts';
import type { CjmMap } from '../../model/map.ts';
import type { AuditContext } from '../context.ts';
import { localize, quoteStage } from '../wording.ts';

/**
 * Names the stage(s) a funnel step is compared with: «Выбор продукта», or «Оплата (онлайн)» +
 * «Оплата (офлайн)» where lanes join.
 */
export function quoteStages(context: AuditContext, ids: readonly string[]): Localized {
  const names = ids.map((id) => quoteStageById(context.map, context.stagePosition(id), id));
  return localize((locale) => names.map((name) => name[locale]).join(' + '));
}

function quoteStageById(map: CjmMap, position: number, id: string): Localized {
  const stage = map.stages[position];
  return stage ? quoteStage(stage, position) : localize(() => id);
}

/** "после этапа «Выбор продукта»" / "after “Choosing a product”" (plural where lanes join). */
export function sayAfter(context: AuditContext, ids: readonly string[]): Localized {
  const names = quoteStages(context, ids);
  return { ru: `после ${ids.length > 1 ? 'этапов' : 'этапа'} ${names.ru}`, en: `after ${names.en}` };
}
