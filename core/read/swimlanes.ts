import type { LayerKind } from '../model/vocabulary.ts';

/** Parallel lanes drawn as blocks of layer rows, each under a lane label. */
export interface LaneBlocks {
  /**
   * Row index of each lane's label, top to bottom; undefined for a lane labelled beside its
   * rows (`lane-sides.ts`), whose label has no row of its own.
   */
  readonly labels: readonly (number | undefined)[];
  /** Row indexes of each lane's layers, in the same order as `labels`. */
  readonly blocks: readonly (readonly number[])[];
  /**
   * The layers of the map folded into one lane, in order: for each, the row that heads it first
   * (the first lane's rows, then each row only a later lane has, after the row it follows there).
   */
  readonly layers: readonly number[];
  /** Row index → lane and layer (index in `layers`), undefined for a label row. */
  readonly rowAt: readonly ({ readonly lane: number; readonly layer: number } | undefined)[];
}

/** A layer row as the lane finder sees it. */
export interface LaneRow {
  readonly kind: LayerKind;
  readonly title: string;
  /** How many notes landed in the row. */
  readonly notes: number;
  /** The row's heading is a wide bar across the grid (`lane-bars.ts`), not a text in the heading column. */
  readonly bar?: boolean;
  /** How its heading is drawn (type and colour), when known: lane labels are drawn alike. */
  readonly look?: string;
}

/**
 * Finds swimlanes in the rows of a map: "Онлайн" over Действия · Точки · Боли, then "Офлайн" over
 * Действия · Боли. A row is a lane label when its heading names no layer, is not empty and holds
 * no note — unless it is drawn like the layer headings and unlike the first label, or is the
 * last row: an empty row of unknown kind in a lane, which stays a row of it; the map is in lanes when such labels cut the rows into blocks, the first label above
 * the first block, every block naming a known layer kind, and
 *
 * - two blocks or more, each sharing half of its known kinds at least with the first block (the
 *   smaller of the two counts): lanes may differ — a row missing, in another order, one more —
 *   as lanes drawn by hand do, but blocks with nothing in common are rows of one map; or
 * - one block under a **bar** (`LaneRow.bar`): a single lane, drawn as lanes are. A label in the
 *   heading column over one block is an empty row of unknown kind, as it always was.
 *
 * The blocks' rows are matched to one set of layers (see {@link LaneBlocks.layers}): a row is
 * the layer of the same kind and title, else of the same kind (a known one), that its lane has
 * not matched yet; a row matching none is a layer of its own. A lane without a row of a layer has
 * no cell there: the audit sees that lane's stages without notes of that layer.
 *
 * Any other layout (an unknown row holding notes, a label under a block) is no lanes: a map with
 * one lane and no bar reads as before. O(r · l) for r rows and l layers.
 */
export function findLaneBlocks(rows: readonly LaneRow[], laneOfRow?: readonly number[]): LaneBlocks | undefined {
  if (laneOfRow) return findSideBlocks(rows, laneOfRow);
  const isLabel = (row: LaneRow) => row.kind === 'other' && row.title.trim() !== '' && row.notes === 0;
  const first = rows[0];
  if (rows.length < 2 || !first || !isLabel(first)) return undefined;
  const layerLooks = new Set(rows.flatMap((row) => (row.kind !== 'other' && row.look !== undefined ? [row.look] : [])));
  // An empty row of unknown kind inside a lane is a row of that lane, not one more label: it is
  // drawn like the layer headings and unlike the first label, or it is the map's last row (a
  // lane of no rows at the end is none). A label between two labels stays one: no lanes then.
  // Looks tell only when the first label is drawn unlike every layer heading: on lanes drawn as
  // coloured bands each label takes its band's colour, as the headings under it do.
  const looksTell = first.look !== undefined && !layerLooks.has(first.look);
  const isRowOfLane = (row: LaneRow, r: number) => (looksTell && row.look !== undefined && row.look !== first.look && layerLooks.has(row.look)) || r === rows.length - 1;
  const labels: number[] = [];
  const blocks: number[][] = [];
  rows.forEach((row, r) => {
    if (isLabel(row) && (r === 0 || !isRowOfLane(row, r))) {
      labels.push(r);
      blocks.push([]);
    } else blocks[blocks.length - 1]?.push(r);
  });
  if (blocks.some((block) => block.length === 0)) return undefined;
  if (blocks.length === 1 && first.bar !== true) return undefined;
  return checkBlocks(rows, labels, blocks);
}

/**
 * Lanes labelled beside their rows (`findLaneSides`): `laneOfRow[r]` is the lane of row `r`, the
 * same for a run of rows. Every row is in a block, no row is a label; the blocks are lanes on the
 * same terms as blocks under labels in the heading column ({@link findLaneBlocks}). A single
 * block is a lane (its label was found running along it).
 */
function findSideBlocks(rows: readonly LaneRow[], laneOfRow: readonly number[]): LaneBlocks | undefined {
  if (rows.length < 2 || laneOfRow.length !== rows.length) return undefined;
  const blocks: number[][] = [];
  rows.forEach((_, r) => {
    if (r === 0 || laneOfRow[r] !== laneOfRow[r - 1]) blocks.push([]);
    blocks[blocks.length - 1]?.push(r);
  });
  // A lane's rows are one run: a label seen again further on is no lane layout.
  if (new Set(laneOfRow).size !== blocks.length) return undefined;
  return checkBlocks(rows, blocks.map(() => undefined), blocks);
}

/** The blocks as lanes when each names a known kind and shares half of its kinds with the first. */
function checkBlocks(rows: readonly LaneRow[], labels: readonly (number | undefined)[], blocks: readonly (readonly number[])[]): LaneBlocks | undefined {
  const known = blocks.map((block) => new Set(block.flatMap((r) => (rows[r] && rows[r].kind !== 'other' ? [rows[r].kind] : []))));
  const base = known[0] ?? new Set<LayerKind>();
  if (known.some((kinds) => kinds.size === 0)) return undefined;
  for (const kinds of known.slice(1)) {
    const shared = [...kinds].filter((kind) => base.has(kind)).length;
    if (2 * shared < Math.min(kinds.size, base.size)) return undefined;
  }
  return { labels, blocks, ...matchLaneRows(rows, blocks) };
}

/**
 * Matches the rows of every lane block to one list of layers (see {@link findLaneBlocks}):
 * the first block's rows in order, then each unmatched row of a later block inserted after the
 * layer its block's previous row is. O(r · l).
 */
function matchLaneRows(rows: readonly LaneRow[], blocks: readonly (readonly number[])[]): Pick<LaneBlocks, 'layers' | 'rowAt'> {
  const titleOf = (r: number) => (rows[r]?.title ?? '').trim().toLowerCase().replace(/\s+/gu, ' ');
  // Each layer as the row that heads it first; rows of later lanes point at these entries.
  const layers: { readonly row: number }[] = [];
  const entryOf = new Map<number, { readonly row: number }>();
  blocks.forEach((block) => {
    const taken = new Set<{ readonly row: number }>();
    let after = -1;
    for (const r of block) {
      const kind = rows[r]?.kind;
      const free = layers.filter((entry) => !taken.has(entry) && rows[entry.row]?.kind === kind);
      const match = free.find((entry) => titleOf(entry.row) === titleOf(r)) ?? (kind === 'other' ? undefined : free[0]);
      const entry = match ?? { row: r };
      if (!match) layers.splice(after + 1, 0, entry);
      taken.add(entry);
      entryOf.set(r, entry);
      after = layers.indexOf(entry);
    }
  });
  const indexOf = new Map(layers.map((entry, j) => [entry, j]));
  const rowAt: ({ lane: number; layer: number } | undefined)[] = rows.map(() => undefined);
  blocks.forEach((block, lane) =>
    block.forEach((r) => {
      const entry = entryOf.get(r);
      if (entry) rowAt[r] = { lane, layer: indexOf.get(entry) ?? 0 };
    }),
  );
  return { layers: layers.map((entry) => entry.row), rowAt };
}

/**
 * The layer headings of one lane, for judging a grid by its headings before any note is placed:
 * when the headings fall into lane blocks (see {@link findLaneBlocks}, notes not counted), one
 * of each layer the lanes have; otherwise all of them. Lane labels name no layer, and a map in three lanes is
 * no less a grid for it. O(r).
 */
export function oneLaneHeadings<T extends { readonly kind: LayerKind; readonly title: string }>(layers: readonly T[]): readonly T[] {
  const lanes = findLaneBlocks(layers.map((layer) => ({ kind: layer.kind, title: layer.title, notes: 0 })));
  return lanes ? lanes.layers.flatMap((r) => (layers[r] ? [layers[r]] : [])) : layers;
}
