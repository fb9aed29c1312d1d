import type { LayerKind } from '../model/vocabulary.ts';

/** Parallel lanes drawn as repeated blocks of layer rows, each under a lane label. */
export interface LaneBlocks {
  /** Row index of each lane's label, top to bottom. */
  readonly labels: readonly number[];
  /** Row indexes of each lane's layers, in the same order as `labels`. */
  readonly blocks: readonly (readonly number[])[];
  /** Row index → lane and layer (index in a block), undefined for a label row. */
  readonly rowAt: readonly ({ readonly lane: number; readonly layer: number } | undefined)[];
}

/** A layer row as the lane finder sees it. */
export interface LaneRow {
  readonly kind: LayerKind;
  readonly title: string;
  /** How many notes landed in the row. */
  readonly notes: number;
}

/**
 * Finds swimlanes in the rows of a map: "Онлайн" over Действия · Боли, then "Офлайн" over
 * Действия · Боли again. A row is a lane label when its heading names no layer, is not empty and
 * holds no note; the map is in lanes when such labels cut the rows into two or more blocks, the
 * first label above the first block, every block naming the same layer kinds in the same order
 * and at least one known kind. Any other layout (one block, blocks that differ, an unknown row
 * holding notes) is no lanes: a map with one lane reads as before. O(r) for r rows.
 */
export function findLaneBlocks(rows: readonly LaneRow[]): LaneBlocks | undefined {
  const isLabel = (row: LaneRow) => row.kind === 'other' && row.title.trim() !== '' && row.notes === 0;
  if (rows.length < 4 || !rows[0] || !isLabel(rows[0])) return undefined;
  const labels: number[] = [];
  const blocks: number[][] = [];
  rows.forEach((row, r) => {
    if (isLabel(row)) {
      labels.push(r);
      blocks.push([]);
    } else blocks[blocks.length - 1]?.push(r);
  });
  if (blocks.length < 2 || blocks.some((block) => block.length === 0)) return undefined;
  const kinds = (block: readonly number[]) => block.map((r) => rows[r]?.kind).join('|');
  const first = kinds(blocks[0] ?? []);
  if (blocks.some((block) => kinds(block) !== first)) return undefined;
  if ((blocks[0] ?? []).every((r) => rows[r]?.kind === 'other')) return undefined;
  const rowAt: ({ lane: number; layer: number } | undefined)[] = rows.map(() => undefined);
  blocks.forEach((block, lane) => block.forEach((r, layer) => (rowAt[r] = { lane, layer })));
  return { labels, blocks, rowAt };
}

/**
 * The layer headings of one lane, for judging a grid by its headings before any note is placed:
 * when the headings fall into lane blocks (see {@link findLaneBlocks}, notes not counted), the
 * first block's; otherwise all of them. Lane labels name no layer, and a map in three lanes is
 * no less a grid for it. O(r).
 */
export function oneLaneHeadings<T extends { readonly kind: LayerKind; readonly title: string }>(layers: readonly T[]): readonly T[] {
  const lanes = findLaneBlocks(layers.map((layer) => ({ kind: layer.kind, title: layer.title, notes: 0 })));
  return lanes ? (lanes.blocks[0] ?? []).flatMap((r) => (layers[r] ? [layers[r]] : [])) : layers;
}
