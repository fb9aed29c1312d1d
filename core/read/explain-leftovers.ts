import type { Persona } from '../model/map.ts';
import { normalizeHeading, parsePersonaText, PERSONA_HEADINGS } from '../text/index.ts';
import { locate } from './axis-lines.ts';
import type { Grid } from './build-grid.ts';
import { maxOf, minOf } from './extremes.ts';
import { groupAligned } from './group-aligned.ts';
import type { OrphanReason } from './orphan-reasons.ts';
import { isUpright, onBoard, unturnBox } from './orient-map.ts';
import type { ReadItem } from './prepare-items.ts';
import { median } from './sorted-search.ts';

/** What the texts outside the cells are. */
export interface Leftovers {
  /** The item whose text is the map's title, if any. */
  readonly title: ReadItem | undefined;
  /** The persona and the item it was read from, if any. */
  readonly persona: { readonly item: ReadItem; readonly persona: Persona } | undefined;
  /** Everything else with text, and why it is in no cell. */
  readonly orphans: { readonly item: ReadItem; readonly reason: OrphanReason }[];
}

/** The title and persona items the markers name (generated maps); empty for hand-made maps. */
export interface MarkedParts {
  readonly titles: readonly ReadItem[];
  readonly personas: readonly ReadItem[];
}

/**
 * Sorts the texts that are in no cell into the title, the persona and the orphans.
 *
 * - An item that can't be placed is `unreadable`.
 * - The persona: the marked persona item, else the first block `parsePersonaText` reads (top
 *   left first); further persona blocks, and blocks that only start like one, are `persona` orphans,
 *   and so is the persona's own block when some of its lines fit no field of the persona.
 * - The title: the marked title item, else the top-most (then largest) text above the grid and
 *   level with it, not a sticky note; other such texts are `title` orphans.
 * - The rest by position: level with the rows but beside the columns within a column's width,
 *   `no-stage`; in a column among the header rows, or under the grid within a row's height,
 *   `no-layer`; anything further, `outside-grid`.
 *
 * With no grid (`grid` undefined: no layer headings), every text that is not the persona or a
 * marked title is a `no-layer` orphan.
 */
export function explainLeftovers(grid: Grid | undefined, rest: readonly ReadItem[], marked: MarkedParts, notes: readonly { readonly item: ReadItem }[] = []): Leftovers {
  const orphans: { item: ReadItem; reason: OrphanReason }[] = [];
  // Reading order on the board, whichever way the map was turned to be read.
  const byPosition = [...rest].sort((a, b) => onBoard(a).top - onBoard(b).top || onBoard(a).left - onBoard(b).left);

  let persona: Leftovers['persona'];
  const notPersona: ReadItem[] = [];
  for (const item of [...marked.personas, ...byPosition]) {
    const isMarked = marked.personas.includes(item);
    const ignored: string[] = [];
    const parsed = item.text === '' ? undefined : parsePersonaText(item.text, ignored);
    if (parsed && !persona) {
      persona = { item, persona: parsed };
      // Lines the persona has no field for (a role, a wish under the name): the block is kept
      // whole as an orphan too, so they are not lost.
      if (ignored.length > 0) orphans.push({ item, reason: 'persona' });
    } else if (parsed || isMarked || looksLikePersona(item.text)) {
      if (item.text !== '') orphans.push({ item, reason: 'persona' });
    } else notPersona.push(item);
  }

  const titles = [...marked.titles].sort((a, b) => a.top - b.top || a.left - b.left);
  let title: ReadItem | undefined = titles[0];
  for (const extra of titles.slice(1)) if (extra.text !== '') orphans.push({ item: extra, reason: 'title' });

  if (!grid) {
    for (const item of notPersona) orphans.push({ item, reason: item.placeable ? 'no-layer' : 'unreadable' });
    return { title, persona, orphans };
  }

  const zone = describeZone(grid);
  const titleLike: ReadItem[] = [];
  for (const item of notPersona) {
    if (!item.placeable) {
      orphans.push({ item, reason: 'unreadable' });
      continue;
    }
    const reason = zone.reasonFor(item);
    if (reason === 'title') {
      if (item.item.type === 'sticky') orphans.push({ item, reason: 'outside-grid' });
      else titleLike.push(item);
    } else orphans.push({ item, reason });
  }

  // A key to the notes above the grid (sample cards under "Legend") is no title.
  const key = titleLike.length < 2 ? new Set<ReadItem>() : findLegendAbove(titleLike, usualType(notes));
  if (key.size > 0) {
    for (const item of key) orphans.push({ item, reason: 'outside-grid' });
    titleLike.splice(0, titleLike.length, ...titleLike.filter((item) => !key.has(item)));
  }
  if (!title && titleLike.length > 0) {
    const topRow = groupAligned(titleLike.map(onBoard), 'y')[0] ?? [];
    title = topRow.map((item) => titleLike.find((turned) => onBoard(turned) === item) ?? item).reduce<ReadItem | undefined>((best, item) => (!best || item.width * item.height > best.width * best.height ? item : best), undefined);
  }
  for (const item of titleLike) if (item !== title) orphans.push({ item, reason: 'title' });
  return { title, persona, orphans };
}

/** The item type most notes share (more than half of them), if any. O(n). */
function usualType(notes: readonly { readonly item: ReadItem }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { item } of notes) counts.set(item.item.type, (counts.get(item.item.type) ?? 0) + 1);
  for (const [type, count] of counts) if (2 * count > notes.length) return type;
  return undefined;
}

/**
 * A legend above the grid: samples drawn as the notes are (their usual item type, when that is
 * a box — a card, a shape — not a plain text), two or more level with each other, and each text
 * lying right above them, within a sample's height and over their span: the key's label
 * ("Legend", «Условные обозначения»). They explain the notes' colours; none of them is the
 * map's title. No words are looked at. O(t log t) in the texts above the grid.
 */
function findLegendAbove(titleLike: readonly ReadItem[], noteType: string | undefined): Set<ReadItem> {
  const key = new Set<ReadItem>();
  if (noteType === undefined || noteType === 'text' || noteType === 'sticky') return key;
  const like = titleLike.filter((item) => item.item.type === noteType);
  if (like.length < 2) return key;
  for (const row of groupAligned(like.map(onBoard), 'y')) {
    if (row.length < 2) continue;
    const top = minOf(row, (item) => item.top);
    const left = minOf(row, (item) => item.left);
    const right = maxOf(row, (item) => item.right);
    const height = maxOf(row, (item) => item.height);
    for (const item of row) key.add(item);
    for (const item of titleLike) {
      const drawn = onBoard(item);
      if (drawn.bottom <= top && drawn.bottom >= top - height && drawn.cx >= left && drawn.cx <= right) key.add(item);
    }
  }
  // Items were grouped as drawn on the board: give back the items as read.
  return new Set(titleLike.filter((item) => key.has(onBoard(item)) || key.has(item)));
}

/**
 * The zones around a grid and the orphan reason each gives; `title` marks "above the grid" — on
 * the board, whichever way the map was turned to be read: above a vertical map is left of its
 * turned grid.
 */
function describeZone(grid: Grid): { reasonFor: (item: ReadItem) => OrphanReason } {
  const upright = describeTurnedZone(grid);
  const orientation = grid.orientation;
  if (!orientation || isUpright(orientation)) return upright;
  const { columns, rows } = grid;
  const box = unturnBox(
    { left: Math.min(grid.left, columns[0] ?? grid.left), top: grid.top, right: columns[columns.length - 1] ?? grid.left, bottom: rows[rows.length - 1] ?? grid.top },
    orientation,
  );
  const reach = Math.max(median(columns.slice(1).map((x, i) => x - (columns[i] ?? x))), median(rows.slice(1).map((y, i) => y - (rows[i] ?? y))));
  return {
    reasonFor(item) {
      const drawn = onBoard(item);
      if (drawn.cy < box.top && drawn.cx >= box.left - reach && drawn.cx <= box.right + reach) return 'title';
      const reason = upright.reasonFor(item);
      return reason === 'title' ? 'outside-grid' : reason;
    },
  };
}

/** The zones around a grid as it is read (turned upright). */
function describeTurnedZone(grid: Grid): { reasonFor: (item: ReadItem) => OrphanReason } {
  const { columns, rows } = grid;
  const stageCount = columns.length - 1;
  const layerCount = rows.length - 1;
  const first = columns[0] ?? 0;
  const right = columns[stageCount] ?? first;
  const top = rows[0] ?? 0;
  const bottom = rows[layerCount] ?? top;
  const left = Math.min(grid.left, first);
  const columnWidth = stageCount > 0 ? median(columns.slice(1).map((x, i) => x - (columns[i] ?? x))) : first - grid.left;
  const rowHeight = layerCount > 0 ? median(rows.slice(1).map((y, i) => y - (rows[i] ?? y))) : 0;

  return {
    reasonFor(item) {
      const stage = locate(columns, item.cx);
      const inColumns = stage >= 0 && stage < stageCount;
      const inRows = item.cy >= top && item.cy <= bottom;
      const nearSides = item.cx >= left - columnWidth && item.cx <= right + columnWidth;
      if (inRows) return nearSides ? 'no-stage' : 'outside-grid';
      if (item.cy > bottom) return inColumns && item.cy - bottom <= rowHeight ? 'no-layer' : 'outside-grid';
      if (item.cy >= grid.top) return inColumns ? 'no-layer' : 'outside-grid';
      return nearSides ? 'title' : 'outside-grid';
    },
  };
}

/** Words a persona heading has at most ("портрет персоны", "customer persona"). */
const MAX_PERSONA_HEADING_WORDS = Math.max(...[...PERSONA_HEADINGS].map((heading) => heading.split(' ').length));

/** The first words of the persona headings: a line holding none of them needs no closer look. */
const PERSONA_FIRST_WORDS = [...new Set([...PERSONA_HEADINGS].map((heading) => heading.split(' ')[0] ?? heading))];

/**
 * A block whose first line starts with a persona heading (`PERSONA_HEADINGS`: "Персона",
 * "Портрет клиента…", "Customer persona") even though it did not parse.
 */
function looksLikePersona(text: string): boolean {
  // Only the first words can be the heading: a long line is not normalized whole.
  const start = (text.split(/\r\n|\r|\n/u, 1)[0] ?? '').slice(0, 200);
  // Every orphan is asked: a cheap look for a heading's first word spares the rest most of them.
  const lower = start.toLowerCase();
  if (!PERSONA_FIRST_WORDS.some((word) => lower.includes(word))) return false;
  const words = normalizeHeading(start).split(' ');
  for (let count = 1; count <= Math.min(MAX_PERSONA_HEADING_WORDS, words.length); count++) {
    if (PERSONA_HEADINGS.has(words.slice(0, count).join(' '))) return true;
  }
  return false;
}
