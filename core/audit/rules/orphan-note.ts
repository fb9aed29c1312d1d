import type { AuditContext } from '../context.ts';
import { describeOrphanReason, suggestOrphanFix as suggestReaderFix } from '../../read/orphan-reasons.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { localize, quoteNote } from '../wording.ts';

/**
 * A note that belongs to no cell counts for no stage, so no other rule sees it: say so, once per
 * note, quoting it so that it can be found on the board. (The Markdown reports do list such notes,
 * in a table of their own, so the wording never claims that nothing shows them.)
 */
export const ORPHAN_NOTE: Rule = {
  id: 'orphan-note',
  severity: 'warning',
  title: { ru: 'Заметка вне ячеек', en: 'Note outside the cells' },
  description: {
    ru: 'Текст на доске, который не удалось отнести ни к одной ячейке (этап × слой): он не относится ни к одному этапу, и остальные правила аудита его не проверяют.',
    en: 'Text on the board that belongs to no cell (stage × layer): it counts for no stage, and the other audit rules do not check it.',
  },
  check: checkOrphans,
};

/** What to do about a note left out of the grid for `reason` (the board reader's hint). */
export const suggestOrphanFix = suggestReaderFix;

function checkOrphans(context: AuditContext): RuleFinding[] {
  return context.map.orphans.map((orphan) => {
    const text = quoteNote(orphan.text);
    const reason = localize((locale) => describeOrphanReason(orphan.reason, locale));
    return {
      ...(orphan.source ? { itemIds: [orphan.source.id] } : {}),
      message: {
        ru: `Заметка вне ячеек: ${text.ru} — ${reason.ru}`,
        en: `Note outside the cells: ${text.en} — ${reason.en}`,
      },
      hint: suggestOrphanFix(orphan.reason),
    };
  });
}
