import type { Locale, Localized } from '../i18n.ts';

/**
 * The words for why the board reader left a note out of the grid (`Orphan.reason`). The reader
 * stores codes; reports show these. A code this table does not know is shown as is, so a newer
 * reader never makes an older report fail.
 */
const REASONS: Readonly<Record<string, { readonly reason: Localized; readonly hint?: Localized }>> = {
  'outside-grid': {
    reason: { ru: 'лежит за пределами сетки карты', en: 'lies outside the map grid' },
  },
  title: {
    reason: { ru: 'похожа на заголовок, но не называет ни этап, ни слой', en: 'looks like a heading but names no stage or layer' },
    hint: {
      ru: 'Если это название этапа или слоя, поставьте его в строку названий этапов или в столбец названий слоёв; иначе перенесите текст в ячейку или удалите.',
      en: 'If it names a stage or a layer, put it in the row of stage names or the column of layer titles; otherwise move it into a cell or delete it.',
    },
  },
  persona: {
    reason: { ru: 'похожа на описание персоны, но не вошла в него', en: 'looks like persona text but is not part of the persona' },
    hint: {
      ru: 'Перенесите текст в блок персоны (мотивы, сценарии, драйверы, барьеры) или в ячейку карты.',
      en: 'Move the text into the persona block (motives, scenarios, drivers, barriers) or into a cell of the map.',
    },
  },
  'no-stage': {
    reason: { ru: 'не попадает ни в один этап (столбец)', en: 'falls in no stage column' },
  },
  'no-layer': {
    reason: { ru: 'не попадает ни в один слой (строку)', en: 'falls in no layer row' },
  },
  unreadable: {
    reason: { ru: 'текст не удалось прочитать', en: 'its text could not be read' },
    hint: {
      ru: 'Проверьте элемент на доске: возможно, это картинка или пустой стикер. Впишите текст или удалите элемент.',
      en: 'Check the item on the board: it may be an image or an empty sticky note. Type the text in or delete the item.',
    },
  },
};

const DEFAULT_HINT: Localized = {
  ru: 'Перенесите заметку в нужную ячейку (этап × слой) или удалите её: заметку вне ячеек не видят ни аудит, ни экспорт.',
  en: 'Move the note into its cell (stage × layer) or delete it: neither the audit nor the exports see notes outside the cells.',
};

/** Says in words why a note is outside the grid; an unknown reason code is returned as is. */
export function describeOrphanReason(reason: string, locale: Locale): string {
  return REASONS[reason]?.reason[locale] ?? reason;
}

/** What to do about a note left out of the grid for `reason`. */
export function suggestOrphanFix(reason: string): Localized {
  return REASONS[reason]?.hint ?? DEFAULT_HINT;
}
