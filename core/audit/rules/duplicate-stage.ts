import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { laneKey, normalizeName } from '../stage-keys.ts';
import { quoteStage } from '../wording.ts';

/**
 * Two stages with the same name in the same lane are one step drawn twice, or two steps that need
 * telling apart. The same name in different lanes is fine: that is how a branching path ("Оплата"
 * online and offline) is drawn. Names compare without case, "ё" and extra spaces; unnamed stages
 * are not compared.
 */
export const DUPLICATE_STAGE: Rule = {
  id: 'duplicate-stage',
  severity: 'warning',
  title: { ru: 'Повторяющийся этап', en: 'Duplicate stage' },
  description: {
    ru: 'Два этапа с одинаковым названием на одной дорожке. Этапы с одним названием на разных дорожках — параллельные варианты пути, это нормально.',
    en: 'Two stages with the same name in the same lane. Stages with one name in different lanes are parallel variants of the path, which is fine.',
  },
  check: checkDuplicates,
};

function checkDuplicates(context: AuditContext): RuleFinding[] {
  const firstSeen = new Map<string, number>();
  return context.map.stages.flatMap((stage, position) => {
    const name = normalizeName(stage.name);
    if (!name) return [];
    const key = `${name}\u0000${laneKey(stage) ?? ''}`;
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, position);
      return [];
    }
    const stageName = quoteStage(stage, position);
    return [
      {
        stage: stage.id,
        message: {
          // Not "appears twice": a third "Оплата" is reported too, each against the first.
          ru: `Этап ${stageName.ru} повторяет название этапа №${first + 1}`,
          en: `Stage ${stageName.en} has the same name as stage #${first + 1}`,
        },
        hint: {
          ru: 'Объедините этапы или переименуйте один из них. Если это параллельные варианты пути (сайт и офлайн-магазин), укажите для них разные дорожки.',
          en: 'Merge the stages or rename one of them. If they are parallel variants of the path (website and store), put them in different lanes.',
        },
      },
    ];
  });
}
