import type { CjmMap, Rect } from '../core/index.ts';
import type { PlacedFinding } from './panel-host.ts';

/** How to bring one finding into view, the same in both panels. */
export interface FindingFocus {
  /** Board items to select: the notes in the finding's cell, or what the finding is about. */
  readonly itemIds: readonly string[];
  /** The area to show. Absent: fit the view to `itemIds` instead. */
  readonly rect?: Rect;
}

/**
 * What "show me" on a finding brings into view. A finding's `where.itemIds` lists the notes in
 * its cell **and** the headers of its stage and layer, so fitting the view to them would show
 * the whole column from its header down, not the cell. Instead:
 * - a finding about a cell (stage and layer) shows the cell's rectangle and selects the notes in
 *   it — none for an empty cell, whose rectangle alone is shown;
 * - a finding about a stage or a layer shows its band and selects its header (the finding is
 *   about the stage, e.g. a repeated name);
 * - a finding about the whole map shows the items it names (an orphan note) when it names any,
 *   else the map's grid.
 * Undefined when the finding has no place on the board.
 */
export function focusOfFinding(finding: PlacedFinding, map: CjmMap | undefined): FindingFocus | undefined {
  const where = finding.where;
  if (!where) return undefined;
  if (finding.stage !== undefined && finding.layer !== undefined) {
    const listed = new Set(where.itemIds);
    const notes = (map?.notes ?? []).filter((note) => note.stage === finding.stage && note.layer === finding.layer && note.source && listed.has(note.source.id));
    return { itemIds: notes.map((note) => note.source?.id ?? ''), rect: where.rect };
  }
  if (finding.stage !== undefined || finding.layer !== undefined) return { itemIds: where.itemIds, rect: where.rect };
  return where.itemIds.length > 0 ? { itemIds: where.itemIds } : { itemIds: [], rect: where.rect };
}
