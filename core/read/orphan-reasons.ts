import type { Locale, Localized } from '../i18n.ts';

/**
 * Why a text on the board belongs to no cell: the `reason` of an orphan. The codes are part of the
 * `cjm/1` output (the audit and reports read them): never rename one.
 *
 * - `outside-grid`: away from the grid (beside it, far below it, or in a header corner).
 * - `title`: a title-like text above the grid that was not taken as the map's title, or the name
 *   of a frame or section that is not the map's own frame.
 * - `persona`: a persona-looking block that could not be parsed, or a second persona.
 * - `no-stage`: level with the layer rows, but left or right of every stage column.
 * - `no-layer`: inside a stage column, but in no layer row (under the grid, among the headers,
 *   or anywhere on a map whose layer headers were not found).
 * - `beyond-grid`: under the grid's last row, past a gap wider than the gaps between its rows and
 *   outside its drawn cells: a legend, sample stickies, a "how to use this template" note.
 * - `unreadable`: the item can't be placed at all (its position or size is not a number).
 */
export const ORPHAN_REASONS = ['outside-grid', 'title', 'persona', 'no-stage', 'no-layer', 'beyond-grid', 'unreadable'] as const;

/** One reason an orphan has. */
export type OrphanReason = (typeof ORPHAN_REASONS)[number];

/** How a reason is put to people: what it means and what to do about it. */
export interface OrphanReasonText {
  /** Why the note is in no cell, worded to follow "Заметка вне ячеек: «…» —" / "Note outside the cells: “…” —". */
  readonly description: Localized;
  /** What to do about it: a full sentence or two. */
  readonly hint: Localized;
}

/** What to do with a note that simply sits in the wrong place. */
const MOVE_INTO_CELL: Localized = {
  ru: 'Перенесите заметку в нужную ячейку (этап × слой) или удалите её: заметка вне ячеек не относится ни к одному этапу.',
  en: 'Move the note into its cell (stage × layer) or delete it: a note outside the cells counts for no stage.',
};

/** Each reason in words, for panels and reports: the one table of them. */
export const ORPHAN_REASON_TEXT: Readonly<Record<OrphanReason, OrphanReasonText>> = {
  'outside-grid': {
    description: { ru: 'лежит за пределами сетки карты', en: 'lies outside the map grid' },
    hint: MOVE_INTO_CELL,
  },
  title: {
    description: {
      ru: 'похожа на заголовок над сеткой, но заголовком карты выбран другой текст',
      en: 'looks like a heading above the grid, but another text is the map’s title',
    },
    hint: {
      ru: 'Если это название этапа или слоя, поставьте его в строку названий этапов или в столбец названий слоёв; если это лишний заголовок карты, удалите его; иначе перенесите текст в ячейку.',
      en: 'If it names a stage or a layer, put it in the row of stage names or the column of layer titles; if it is a spare map title, delete it; otherwise move the text into a cell.',
    },
  },
  persona: {
    description: { ru: 'похожа на описание персоны, но не вошла в него', en: 'looks like persona text but is not part of the persona' },
    hint: {
      ru: 'Перенесите текст в блок персоны (мотивы, сценарии, драйверы, барьеры) или в ячейку карты.',
      en: 'Move the text into the persona block (motives, scenarios, drivers, barriers) or into a cell of the map.',
    },
  },
  'no-stage': {
    description: { ru: 'не попадает ни в один этап (столбец)', en: 'falls in no stage column' },
    hint: MOVE_INTO_CELL,
  },
  'no-layer': {
    description: { ru: 'не попадает ни в один слой (строку)', en: 'falls in no layer row' },
    hint: MOVE_INTO_CELL,
  },
  'beyond-grid': {
    description: {
      ru: 'лежит под сеткой карты, за её краем (легенда, образцы стикеров, подсказка к шаблону)',
      en: 'lies under the map grid, past its edge (a legend, sample stickies, a note on using the template)',
    },
    hint: {
      ru: 'Если это заметка карты, перенесите её в нужную ячейку (этап × слой); если это легенда или подсказка, её можно оставить или удалить.',
      en: 'If it is a note of the map, move it into its cell (stage × layer); if it is a legend or a hint, keep it or delete it.',
    },
  },
  unreadable: {
    description: { ru: 'её положение или размер на доске заданы не числом', en: 'its position or size on the board is not a number' },
    hint: {
      ru: 'Элемент нельзя поместить ни в одну ячейку: у него нет числовых координат или размера. Так бывает с повреждённой или изменённой вручную выгрузкой доски: выгрузите доску заново или передвиньте элемент на доске.',
      en: 'The item cannot be placed in any cell: it has no numeric position or size. This happens with a damaged or hand-edited board export: export the board again or move the item on the board.',
    },
  },
};

/** True for a reason code this version knows; orphans from a newer reader may carry others. */
function isOrphanReason(reason: string): reason is OrphanReason {
  return (ORPHAN_REASONS as readonly string[]).includes(reason);
}

/**
 * Says in words why a note is outside the grid. A code this version does not know is returned as
 * is, so a map from a newer reader never makes a report fail.
 */
export function describeOrphanReason(reason: string, locale: Locale): string {
  return isOrphanReason(reason) ? ORPHAN_REASON_TEXT[reason].description[locale] : reason;
}

/** What to do about a note left out of the grid for `reason`; for an unknown code, to move it into its cell. */
export function suggestOrphanFix(reason: string): Localized {
  return isOrphanReason(reason) ? ORPHAN_REASON_TEXT[reason].hint : MOVE_INTO_CELL;
}
