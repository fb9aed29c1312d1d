import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';

/**
 * Orphans placed by position (not the title or persona leftovers) that outnumber the notes in
 * cells, at least this many: most of the board was not read.
 */
const MIN_LOST = 3;

/**
 * An audit must never pass a map it could not read: when most of its texts are outside the
 * cells, or when stage or layer headers are missing (the reader kept their notes under an
 * unnamed stage or layer, or could not tell whether a note stands under a missing one:
 * `AuditOptions.unsure`), every other rule looks
 * at a map that is not the board, so this one says so as an error. Reasons are given together,
 * in one finding about the whole map. A map with no grid at all is `missing-stages-or-layers`.
 */
export const UNREADABLE_MAP: Rule = {
  id: 'unreadable-map',
  severity: 'error',
  title: { ru: 'Карту не удалось прочитать уверенно', en: 'The map could not be read with confidence' },
  description: {
    ru: 'Большая часть заметок вне ячеек или у этапов и слоёв нет заголовков: остальные проверки смотрят не на ту карту, что на доске.',
    en: 'Most notes are outside the cells, or stages and layers lack headers: the other checks look at a map that is not what the board shows.',
  },
  check: checkReadable,
};

function checkReadable(context: AuditContext): RuleFinding[] {
  const { map } = context;
  const reasons: { ru: string; en: string }[] = [];
  const lost = map.orphans.filter((orphan) => orphan.reason !== 'title' && orphan.reason !== 'persona').length;
  if (lost >= MIN_LOST && lost > map.notes.length) {
    reasons.push({ ru: `вне ячеек больше заметок (${lost}), чем в ячейках (${map.notes.length})`, en: `more notes are outside the cells (${lost}) than in them (${map.notes.length})` });
  }
  const unnamedStages = map.stages.filter((stage) => stage.name.trim() === '').length;
  const unnamedLayers = map.layers.filter((layer) => layer.title.trim() === '').length;
  if (unnamedStages > 0) reasons.push({ ru: `этапов без заголовка: ${unnamedStages}`, en: `stages without a header: ${unnamedStages}` });
  if (unnamedLayers > 0) reasons.push({ ru: `слоёв без заголовка: ${unnamedLayers}`, en: `layers without a heading: ${unnamedLayers}` });
  const { unsure } = context;
  if (unsure.stages > 0) reasons.push({ ru: `заметок, которые, возможно, стоят в этапе без заголовка: ${unsure.stages}`, en: `notes that may stand in a stage without a header: ${unsure.stages}` });
  if (unsure.layers > 0) reasons.push({ ru: `заметок, которые, возможно, стоят в слое без заголовка: ${unsure.layers}`, en: `notes that may stand in a layer without a heading: ${unsure.layers}` });
  if (reasons.length === 0) return [];
  return [
    {
      message: {
        ru: `Карту не удалось прочитать уверенно: ${reasons.map((r) => r.ru).join('; ')}.`,
        en: `The map could not be read with confidence: ${reasons.map((r) => r.en).join('; ')}.`,
      },
      hint: {
        ru: 'Подпишите каждый этап над его столбцом и каждый слой слева от его строки (Цель, Действия, Точки контакта…) и перенесите заметки в ячейки; затем проверьте карту снова.',
        en: 'Give every stage a header above its column and every layer a heading beside its row (Goal, Actions, Touchpoints…), move the notes into the cells, then audit again.',
      },
    },
  ];
}
