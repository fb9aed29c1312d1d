import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';

/**
 * A map is a grid of stages × layers (docs/domain.md, *What a map is*): without stages or without layers there is no
 * cell to check, and every other rule would pass it. An audit never passes a map it could not
 * read, so this is an error — usually the reader found no headers on the board.
 */
export const MISSING_STAGES_OR_LAYERS: Rule = {
  id: 'missing-stages-or-layers',
  severity: 'error',
  title: { ru: 'Карта без этапов или слоёв', en: 'Map without stages or layers' },
  description: {
    ru: 'Карта — это таблица: этапы пути клиента по столбцам, слои по строкам. Без этапов или без слоёв в ней нет ни одной ячейки, и проверить её нельзя.',
    en: 'A map is a table: the customer’s stages as columns, the layers as rows. Without stages or without layers it has no cell, so nothing in it can be checked.',
  },
  check: checkGrid,
};

const HINT = {
  ru: 'Подпишите этапы заголовками над столбцами, а слои («Цель», «Точки контакта», «Рекомендации»…) — заголовками слева от строк, или начните с шаблона.',
  en: 'Label the stages with headers above the columns and the layers (“Goal”, “Touchpoints”, “Recommendations”…) with headers left of the rows, or start from a template.',
};

function checkGrid(context: AuditContext): RuleFinding[] {
  const { stages, layers } = context.map;
  if (stages.length > 0 && layers.length > 0) return [];
  if (stages.length === 0 && layers.length === 0) {
    return [{ message: { ru: 'На карте нет ни этапов, ни слоёв: проверять нечего', en: 'The map has no stages and no layers: there is nothing to check' }, hint: HINT }];
  }
  if (stages.length === 0) {
    return [{ message: { ru: 'На карте нет этапов: слои не относятся ни к одному шагу пути клиента', en: 'The map has no stages: its layers belong to no step of the customer’s path' }, hint: HINT }];
  }
  return [{ message: { ru: 'На карте нет слоёв: этапы ничего не говорят о клиенте', en: 'The map has no layers: its stages say nothing about the customer' }, hint: HINT }];
}
