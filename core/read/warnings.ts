import type { Locale, Localized } from '../i18n.ts';
import type { BoardSide } from './orient-map.ts';
import type { ReadWarning } from './types.ts';

/**
 * The warnings the reader gives, by stable code. Programs switch on the code; people read the
 * message, worded in the map's locale.
 *
 * - `empty-board`: no item with text: there is no map to read.
 * - `no-layer-headers`: no row heading names a layer, so no cell can be found; every text is an orphan.
 * - `no-stage-headers`: layer rows were found but no row of stage headers above them.
 * - `unknown-layer`: a heading in the layer column names no known layer: read as a layer of kind `other`.
 * - `unknown-phase`: a phase band whose text names no RACE phase: its stages get no phase.
 * - `copied-stage` / `copied-layer`: two headers carry the same generated id (a copied column or
 *   row): the copy became a new stage or layer with a fresh id.
 * - `copied-map`: two frames carry the same generated map id (a copied map): read as two maps.
 * - `selection-outside`: the selection holds no item of any map: every map is returned.
 * - `unnamed-stage` / `unnamed-layer`: a column (row) of notes lines up with the grid but has no
 *   header, or an empty one: it is read as a stage with no name (a layer of kind `other` with no
 *   title), never merged into a neighbour. `params.id` is its place (1-based), `params.text` the
 *   names either side, joined by " | ".
 * - `unsure-stage` / `unsure-layer`: a note lies where a stage (layer) header may be missing, but
 *   nothing drawn there (no cell) tells it from one more note of its neighbour's — with two
 *   headers left, alone in an empty header's room past the end of headers that tile the axis
 *   (a row whose heading was deleted, or a note hanging below the last row), or level with no
 *   header in a gap between tiled ones too small for one: it is read there,
 *   and the warning says so rather than guess. `params.text` as for `unnamed-stage`.
 * - `duplicate-id`: several items of the snapshot share one id: each is read, but a map's `roles`
 *   can say what only one of them became.
 */
export const WARNING_CODES = [
  'empty-board',
  'no-layer-headers',
  'no-stage-headers',
  'unknown-layer',
  'unknown-phase',
  'copied-stage',
  'copied-layer',
  'copied-map',
  'selection-outside',
  'duplicate-id',
  'unnamed-stage',
  'unnamed-layer',
  'unsure-stage',
  'unsure-layer',
] as const;

/** One warning code. */
export type WarningCode = (typeof WARNING_CODES)[number];

/** What a message may quote: a name from the board, an id. */
export interface WarningParams {
  readonly text?: string;
  readonly id?: string;
  /** The places (0-based, drafted order) of the stages `text` names, joined by " | " ('' for none): how the map renames them as read. */
  readonly places?: string;
  /** Where the missing header belongs on the board (`unnamed-stage`, `unnamed-layer`); default upright. */
  readonly side?: BoardSide;
  /** The lane an unnamed layer's row lies in, in a map drawn in swimlanes (`unnamed-layer`). */
  readonly lane?: string;
}

type Wording = Localized<(p: WarningParams) => string>;

/**
 * Where to write a missing header, by the side its row of headers is on: a stage or layer is a
 * column when its header is above or below it, a row when it is left or right of it.
 */
const HEADER_PLACE: Localized<Readonly<Record<BoardSide, string>>> = {
  en: { above: 'above its column', below: 'below its column', left: 'left of its row', right: 'right of its row' },
  ru: { above: 'над его столбцом', below: 'под его столбцом', left: 'слева от его строки', right: 'справа от его строки' },
};

const quote = (text: string | undefined) => `«${text ?? ''}»`;
const enQuote = (text: string | undefined) => `"${text ?? ''}"`;

const WORDING: Readonly<Record<WarningCode, Wording>> = {
  'empty-board': {
    en: () => 'The board has no text: there is no map to read.',
    ru: () => 'На доске нет текста: читать нечего.',
  },
  'no-layer-headers': {
    en: () => 'No layer headings (Goal, Actions, Touchpoints…) were found down the left, so notes could not be put in cells: every text is listed as an orphan.',
    ru: () => 'Слева не найдены заголовки слоёв (Цель, Действия, Точки контакта…), поэтому заметки не разложены по ячейкам: весь текст записан как заметки вне ячеек.',
  },
  'no-stage-headers': {
    en: () => 'No row of stage headers was found above the layers: notes could not be put in stages.',
    ru: () => 'Над слоями не найдена строка с этапами: заметки не разложены по этапам.',
  },
  'unknown-layer': {
    en: (p) => `The row heading ${enQuote(p.text)} names no known layer: read as a layer of kind "other".`,
    ru: (p) => `Заголовок строки ${quote(p.text)} не похож ни на один известный слой: прочитан как слой вида «другое».`,
  },
  'unknown-phase': {
    en: (p) => `The phase band ${enQuote(p.text)} names no RACE phase: its stages get no phase.`,
    ru: (p) => `Полоса ${quote(p.text)} не называет фазу RACE: её этапы остались без фазы.`,
  },
  'copied-stage': {
    en: (p) => `The stage ${enQuote(p.text)} is a copy of another column: it became a new stage (${p.id ?? ''}).`,
    ru: (p) => `Этап ${quote(p.text)} — копия другого столбца: он прочитан как новый этап (${p.id ?? ''}).`,
  },
  'copied-layer': {
    en: (p) => `The layer ${enQuote(p.text)} is a copy of another row: it became a new layer (${p.id ?? ''}).`,
    ru: (p) => `Слой ${quote(p.text)} — копия другой строки: он прочитан как новый слой (${p.id ?? ''}).`,
  },
  'copied-map': {
    en: (p) => `The map ${enQuote(p.text)} is a copy of another map on the board: both are read separately.`,
    ru: (p) => `Карта ${quote(p.text)} — копия другой карты на доске: обе прочитаны по отдельности.`,
  },
  'selection-outside': {
    en: () => 'The selection is not inside any map: every map on the board was read.',
    ru: () => 'Выделение не попадает ни в одну карту: прочитаны все карты на доске.',
  },
  'unnamed-stage': {
    en: (p) => `Stage ${p.id ?? ''} has no header (${between(p.text, 'en')}): its notes are kept in a stage with no name. Write the stage's name ${HEADER_PLACE.en[p.side ?? 'above']}.`,
    ru: (p) => `У этапа ${p.id ?? ''} нет заголовка (${between(p.text, 'ru')}): его заметки оставлены в этапе без названия. Подпишите этап ${HEADER_PLACE.ru[p.side ?? 'above']}.`,
  },
  'unnamed-layer': {
    en: (p) => `Layer ${p.id ?? ''}${p.lane === undefined ? '' : ` of the lane ${enQuote(p.lane)}`} has no heading (${between(p.text, 'en')}): its notes are kept in a layer with no title, of kind "other". Write the layer's title ${HEADER_PLACE.en[p.side ?? 'left']}.`,
    ru: (p) => `У слоя ${p.id ?? ''}${p.lane === undefined ? '' : ` дорожки ${quote(p.lane)}`} нет заголовка (${between(p.text, 'ru')}): его заметки оставлены в слое без названия, вида «другое». Подпишите слой ${HEADER_PLACE.ru[p.side ?? 'left']}.`,
  },
  'unsure-stage': {
    en: (p) => `A note lies where a stage header may be missing (${between(p.text, 'en')}); the headers alone cannot tell, so it is read in the neighbouring stage. If it is a stage of its own, write its name ${HEADER_PLACE.en[p.side ?? 'above']}.`,
    ru: (p) => `Заметка лежит там, где, возможно, нет заголовка этапа (${between(p.text, 'ru')}); по одним заголовкам этого не понять, поэтому она прочитана в соседнем этапе. Если это отдельный этап, подпишите его ${HEADER_PLACE.ru[p.side ?? 'above']}.`,
  },
  'unsure-layer': {
    en: (p) => `A note lies where a layer heading may be missing (${between(p.text, 'en')}); the headings alone cannot tell, so it is read in the neighbouring layer. If it is a layer of its own, write its title ${HEADER_PLACE.en[p.side ?? 'left']}.`,
    ru: (p) => `Заметка лежит там, где, возможно, нет заголовка слоя (${between(p.text, 'ru')}); по одним заголовкам этого не понять, поэтому она прочитана в соседнем слое. Если это отдельный слой, подпишите его ${HEADER_PLACE.ru[p.side ?? 'left']}.`,
  },
  'duplicate-id': {
    en: (p) => `Several items on the board share the id ${enQuote(p.id)}: all their texts were read, but the list of item roles names only one of them.`,
    ru: (p) => `У нескольких элементов доски один и тот же id ${quote(p.id)}: текст каждого прочитан, но в списке ролей элементов указан только один из них.`,
  },
};

/** "between «A» and «B»" from the names either side (`A | B`, either may be empty). */
function between(text: string | undefined, locale: Locale): string {
  const [before = '', after = ''] = (text ?? '').split(' | ');
  if (locale === 'ru') {
    if (before && after) return `между ${quote(before)} и ${quote(after)}`;
    if (before) return `после ${quote(before)}`;
    return after ? `перед ${quote(after)}` : 'единственный';
  }
  if (before && after) return `between ${enQuote(before)} and ${enQuote(after)}`;
  if (before) return `after ${enQuote(before)}`;
  return after ? `before ${enQuote(after)}` : 'the only one';
}

/**
 * A warning before it is worded: the reader finds problems before it knows the map's locale
 * (the locale is guessed from the very headers being read), so it words them at the end.
 */
export interface WarningDraft {
  readonly code: WarningCode;
  readonly params?: WarningParams;
  readonly itemId?: string;
  /**
   * `unsure-*`: the notes the doubt is about (level with no header). The map reader keeps the
   * doubt only while one of them is read into a cell: a note that ends an orphan is reported as
   * one, and doubts nothing.
   */
  readonly notes?: readonly string[];
}

/** Words drafts in `locale`. */
export function wordWarnings(drafts: readonly WarningDraft[], locale: Locale): ReadWarning[] {
  return drafts.map((draft) => makeWarning(draft.code, locale, draft.params, draft.itemId));
}

/** Builds a warning with its message in `locale`. */
export function makeWarning(code: WarningCode, locale: Locale, params: WarningParams = {}, itemId?: string): ReadWarning {
  const message = WORDING[code][locale](params);
  return itemId === undefined ? { code, message } : { code, message, itemId };
}
