import type { SnapshotWarning, SnapshotWarningOutcome } from '../board/snapshot.ts';
import type { Locale, Localized } from '../i18n.ts';
import type { ReadWarning } from '../read/types.ts';

/**
 * The warning code of an import warning (`ReadWarning.code`): an item of a board export the
 * importer could not fully understand. The outcome says what it did, the message says where.
 */
export const IMPORT_WARNING_CODE = 'import-item';

/** What the importer did, in words, after the path and the problem. */
const OUTCOME: Readonly<Record<SnapshotWarningOutcome, Localized>> = {
  'kept-other': { ru: 'элемент прочитан как прочий, его текст сохранён', en: 'read as an "other" item, its text kept' },
  'kept-unplaced': { ru: 'текст сохранён, но положение элемента неизвестно: он в списке заметок вне ячеек', en: 'its text is kept, but its place is unknown: it is listed among the notes outside the cells' },
  assumed: { ru: 'прочитано со значением по умолчанию', en: 'read with a default' },
  dropped: { ru: 'в элементе нет текста, он пропущен', en: 'it holds no text and was left out' },
  more: { ru: 'остальные не перечислены', en: 'not listed one by one' },
};

/** How the message starts: the technical detail stays in English, like the file's own field names. */
const LEAD: Localized = { ru: 'Элемент экспорта прочитан не полностью', en: 'An item of the export was not fully understood' };

/**
 * An importer's warnings as reader warnings, for the same lists, reports and stderr lines:
 * `Элемент экспорта прочитан не полностью (data[3].position.x: expected a number, got "12"): …`.
 */
export function importWarningsToRead(warnings: readonly SnapshotWarning[] | undefined, locale: Locale): ReadWarning[] {
  return (warnings ?? []).map((warning) => {
    const detail = warning.path ? `${warning.path}: ${warning.problem}` : warning.problem;
    const message = warning.outcome === 'more' ? `${LEAD[locale]}: ${detail} — ${OUTCOME.more[locale]}` : `${LEAD[locale]} (${detail}) — ${OUTCOME[warning.outcome][locale]}.`;
    return { code: IMPORT_WARNING_CODE, message, ...(warning.itemId !== undefined ? { itemId: warning.itemId } : {}) };
  });
}
