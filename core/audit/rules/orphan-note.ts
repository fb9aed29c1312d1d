import type { AuditContext } from '../context.ts';
import { describeOrphanReason, suggestOrphanFix } from '../../read/orphan-reasons.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { localize, quoteNote } from '../wording.ts';

/**
 * A note that belongs to no cell is invisible to every other rule and to the exports: say so,
 * once per note, quoting it so that it can be found on the board.
 */
export const ORPHAN_NOTE: Rule = {
  id: 'orphan-note',
  severity: 'warning',
  title: { ru: 'Заметка вне ячеек', en: 'Note outside the cells' },
  description: {
    ru: 'Текст на доске, который не удалось отнести ни к одной ячейке (этап × слой): его не учитывают ни аудит, ни экспорт.',
    en: 'Text on the board that belongs to no cell (stage × layer): neither the audit nor the exports take it into account.',
  },
  check: checkOrphans,
};

function checkOrphans(context: AuditContext): RuleFinding[] {
  return context.map.orphans.map((orphan) => {
    const text = quoteNote(orphan.text);
    const reason = localize((locale) => describeOrphanReason(orphan.reason, locale));
    return {
      message: {
        ru: `Заметка вне ячеек: ${text.ru} — ${reason.ru}`,
        en: `Note outside the cells: ${text.en} — ${reason.en}`,
      },
      hint: suggestOrphanFix(orphan.reason),
    };
  });
}
