import type { Localized } from '../i18n.ts';

/**
 * Why a text on the board belongs to no cell: the `reason` of an orphan. The codes are part of the
 * `cjm/1` output (the audit and reports read them): never rename one.
 *
 * - `outside-grid`: away from the grid (beside it, far below it, or in a header corner).
 * - `title`: a title-like text above the grid that was not taken as the map's title.
 * - `persona`: a persona-looking block that could not be parsed, or a second persona.
 * - `no-stage`: level with the layer rows, but left or right of every stage column.
 * - `no-layer`: inside a stage column, but in no layer row (under the grid, among the headers,
 *   or anywhere on a map whose layer headers were not found).
 * - `unreadable`: the item can't be placed at all (its position or size is not a number).
 */
export const ORPHAN_REASONS = ['outside-grid', 'title', 'persona', 'no-stage', 'no-layer', 'unreadable'] as const;

/** One reason an orphan has. */
export type OrphanReason = (typeof ORPHAN_REASONS)[number];

/** Each reason in words, for panels and reports. */
export const ORPHAN_REASON_TEXT: Readonly<Record<OrphanReason, Localized>> = {
  'outside-grid': { en: 'outside the grid', ru: 'вне сетки' },
  title: { en: 'an extra title', ru: 'лишний заголовок' },
  persona: { en: 'a persona block that could not be read', ru: 'блок персоны, который не удалось прочитать' },
  'no-stage': { en: 'in no stage column', ru: 'не попадает ни в один этап' },
  'no-layer': { en: 'in no layer row', ru: 'не попадает ни в один слой' },
  unreadable: { en: 'position unreadable', ru: 'не удалось определить положение' },
};
