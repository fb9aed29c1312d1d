import type { Phase } from '../model/phases.ts';
import type { LayerKind } from '../model/vocabulary.ts';
import { matchLayerKind, matchPhase, parsePersonaText } from '../text/index.ts';
import type { GridSkeleton, LayerHeading, StageHeading } from './grid-skeleton.ts';
import { groupAligned } from './group-aligned.ts';
import type { ReadItem } from './prepare-items.ts';
import { median } from './sorted-search.ts';
import type { WarningDraft } from './warnings.ts';

/**
 * Finds the grid of a hand-made map from its headers, by position only:
 *
 * 1. **Layer headings**: texts that name a layer kind (`matchLayerKind`), lined up in a column.
 *    The leftmost column holding at least half as many headings as the best one wins: headings
 *    run down the left, and a stray note that happens to say "Ideas" is outnumbered.
 * 2. **Header rows**, among the texts right of that column and above the first heading:
 *    phase bands (rows of texts naming RACE phases, above another row they span), then the
 *    stage headers (the top-most other row of two or more items; a single item when there is no
 *    such row), then a lane row when one sits directly under the stage headers, above the first
 *    layer, one label per stage column and with nothing in the heading column beside it.
 * 3. **Other headings**: texts in the heading column below the header rows that name no kind
 *    become layers of kind `other` (with a warning), if they look like the other headings
 *    (sticky headings: stickies of a heading colour; otherwise: not stickies) and the column
 *    doesn't break off before them.
 *
 * Returns undefined when no text names a layer: there is no grid to find.
 */
export function findGrid(items: readonly ReadItem[]): GridSkeleton | undefined {
  const texts = items.filter((item) => item.placeable && item.text !== '' && item.item.type !== 'frame');
  const kinds = new Map<ReadItem, LayerKind>();
  for (const item of texts) {
    const kind = matchLayerKind(item.text);
    if (kind !== undefined) kinds.set(item, kind);
  }
  const column = pickHeadingColumn([...kinds.keys()]);
  if (!column) return undefined;

  const colLeft = Math.min(...column.map((item) => item.left));
  const colRight = Math.max(...column.map((item) => item.right));
  const firstTop = Math.min(...column.map((item) => item.top));
  const inColumn = new Set<ReadItem>(column);
  const warnings: WarningDraft[] = [];

  // Header rows: right of the heading column (a title starting over it is not a stage) and above
  // the first heading. A persona block up there is not a header.
  const tolerance = 0.1 * (colRight - colLeft);
  const above = texts.filter(
    (item) => !inColumn.has(item) && item.left >= colRight - tolerance && item.cy < firstTop && parsePersonaText(item.text) === undefined,
  );
  const rows = groupAligned(above, 'y');
  const bandRows = findBandRows(rows);
  const plainRows = rows.filter((row) => !bandRows.has(row));
  const stageRow = plainRows.find((row) => row.length >= 2) ?? plainRows[0];
  const laneRow = stageRow ? findLaneRow(rows, stageRow, bandRows, firstTop, texts, inColumn, colLeft, colRight) : undefined;
  const bands = [...bandRows].flat();

  const headerItems = [...(stageRow ?? []), ...(laneRow ?? [])];
  const headerBottom = headerItems.length > 0 ? Math.max(...headerItems.map((item) => item.bottom)) : firstTop;
  const topItems = [...(stageRow ?? []), ...bands];
  const headerTop = topItems.length > 0 ? Math.min(...topItems.map((item) => item.top)) : headerBottom;

  const consumed = new Set<ReadItem>([...headerItems, ...bands]);
  const headings = [...column, ...findOtherHeadings(texts, column, consumed, headerBottom, colLeft, colRight)];
  const layers = groupAligned(headings, 'y').map((row): LayerHeading => {
    const ordered = [...row].sort((a, b) => a.top - b.top || a.left - b.left);
    const kind = ordered.map((item) => kinds.get(item)).find((k) => k !== undefined);
    const title = ordered.map((item) => item.text).join(' ');
    if (kind === undefined) warnings.push({ code: 'unknown-layer', params: { text: title }, itemId: ordered[0]?.id });
    return { items: ordered, id: undefined, title, kind: kind ?? 'other' };
  });
  if (!stageRow) warnings.push({ code: 'no-stage-headers' });

  const stages = (stageRow ?? []).map((item): StageHeading => ({ item, id: undefined, name: item.text }));
  return {
    stages,
    layers,
    lanes: laneRow ?? [],
    bands,
    headerColumn: { start: colLeft, end: colRight },
    headerTop,
    headerBottom,
    warnings,
  };
}

/** The column of layer headings: the leftmost holding at least half as many as the fullest. */
function pickHeadingColumn(matched: readonly ReadItem[]): ReadItem[] | undefined {
  const columns = groupAligned(matched, 'x');
  const most = Math.max(0, ...columns.map((c) => c.length));
  return columns.find((c) => c.length * 2 >= most);
}

/**
 * Rows that are phase bands: most of their texts name a phase and some lower row has an item
 * under each of them. A row of phase-like names with nothing under it is the stage row of a map
 * whose stages are called "Reach", "Act"…
 */
function findBandRows(rows: readonly ReadItem[][]): Set<ReadItem[]> {
  const bands = new Set<ReadItem[]>();
  rows.forEach((row, r) => {
    const phases = row.map((item) => matchPhase(item.text)).filter((p): p is Phase => p !== undefined);
    if (phases.length * 2 < row.length) return;
    const spansLowerRow = rows.slice(r + 1).some((lower) => row.every((band) => lower.some((item) => item.cx >= band.left && item.cx <= band.right)));
    if (spansLowerRow) bands.add(row);
  });
  return bands;
}

/**
 * The lane row: the row right under the stage row, touching it, ending above the first layer,
 * with at most one label per stage and no heading beside it (a row with a heading is a layer).
 */
function findLaneRow(
  rows: readonly ReadItem[][],
  stageRow: readonly ReadItem[],
  bandRows: ReadonlySet<ReadItem[]>,
  firstTop: number,
  texts: readonly ReadItem[],
  inColumn: ReadonlySet<ReadItem>,
  colLeft: number,
  colRight: number,
): ReadItem[] | undefined {
  const next = rows[rows.indexOf(stageRow as ReadItem[]) + 1];
  if (!next || bandRows.has(next)) return undefined;
  const stageBottom = Math.max(...stageRow.map((item) => item.bottom));
  const stageHeight = median(stageRow.map((item) => item.height));
  const top = Math.min(...next.map((item) => item.top));
  const bottom = Math.max(...next.map((item) => item.bottom));
  const tolerance = 0.25 * stageHeight;
  if (top < stageBottom - tolerance || top - stageBottom > stageHeight || bottom > firstTop + tolerance) return undefined;

  const used = new Set<ReadItem>();
  for (const lane of next) {
    const stage = nearestByX(stageRow, lane.cx);
    if (!stage || used.has(stage) || lane.cx < stage.left || lane.cx > stage.right) return undefined;
    used.add(stage);
  }
  const besideHeading = texts.some(
    (item) => !inColumn.has(item) && item.cx >= colLeft && item.cx <= colRight && item.bottom > top && item.top < bottom,
  );
  return besideHeading ? undefined : next;
}

/** Texts in the heading column that name no layer but sit where a heading would. */
function findOtherHeadings(
  texts: readonly ReadItem[],
  column: readonly ReadItem[],
  consumed: ReadonlySet<ReadItem>,
  headerBottom: number,
  colLeft: number,
  colRight: number,
): ReadItem[] {
  const inColumn = new Set(column);
  const stickies = column.filter((item) => item.item.type === 'sticky');
  const stickyHeadings = stickies.length * 2 > column.length;
  const headingColors = new Set(stickies.map((item) => item.item.color).filter((c) => c !== undefined));
  const looksLikeHeading = (item: ReadItem) => {
    if (stickyHeadings) return item.item.type === 'sticky' && (headingColors.size === 0 || headingColors.has(item.item.color ?? ''));
    return item.item.type !== 'sticky';
  };
  const overlapsHeading = (item: ReadItem) =>
    column.some((h) => (h.cy >= item.top && h.cy <= item.bottom) || (item.cy >= h.top && item.cy <= h.bottom));

  const candidates = texts
    .filter(
      (item) =>
        !inColumn.has(item) &&
        !consumed.has(item) &&
        item.cx >= colLeft &&
        item.cx <= colRight &&
        item.cy > headerBottom &&
        looksLikeHeading(item) &&
        !overlapsHeading(item),
    )
    .sort((a, b) => a.cy - b.cy);
  const lastBottom = Math.max(...column.map((item) => item.bottom));
  const centres = column.map((item) => item.cy).sort((a, b) => a - b);
  const pitch = centres.length > 1 ? median(centres.slice(1).map((c, i) => c - (centres[i] ?? c))) : (column[0]?.height ?? 0);

  // Above the last known heading everything counts; below it, only while the column continues.
  const found: ReadItem[] = [];
  let reach = lastBottom;
  for (const item of candidates) {
    if (item.cy <= lastBottom) found.push(item);
    else if (item.top - reach <= pitch) {
      found.push(item);
      reach = Math.max(reach, item.bottom);
    } else break;
  }
  return found;
}

function nearestByX(row: readonly ReadItem[], x: number): ReadItem | undefined {
  let best: ReadItem | undefined;
  for (const item of row) if (!best || Math.abs(item.cx - x) < Math.abs(best.cx - x)) best = item;
  return best;
}
