/** Signs, in a complete Miro item listing, that the board changed while its pages were fetched. */
export interface ListingChanges {
  /** The pages disagree on the board's item count (`total`): items came or went meanwhile. */
  readonly totalChanged: boolean;
  /** Ids listed twice with different content: an item edited or moved between two pages that both hold it. */
  readonly conflicts: readonly string[];
  /** The last page's `total` differs from the items listed: some were skipped or listed stale. */
  readonly countMismatch: boolean;
}

/**
 * Checks the pages of one pass of `GET /v2/boards/{id}/items` for a board that moved under the
 * cursor. Any sign means the pass may have missed items or kept deleted ones (a frame created
 * meanwhile changes `total` too, so its children's missing parent shows here); an id listed twice
 * with different content would even stop the importer, which refuses it.
 *
 * Not every change shows: with a cursor that names the last item served, a sticky deleted
 * behind it while another is added ahead leaves every count right. Such a pass keeps the deleted
 * sticky, which is what the board held a moment before.
 */
export function findListingChanges(pages: readonly { readonly data: readonly unknown[]; readonly total?: unknown }[]): ListingChanges {
  const totals = new Set(pages.map((page) => page.total).filter((total) => typeof total === 'number'));
  const seen = new Map<string, string>();
  const conflicts = new Set<string>();
  for (const page of pages) {
    for (const item of page.data) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' && typeof id !== 'number') continue;
      const key = String(id);
      const content = JSON.stringify(item);
      const before = seen.get(key);
      if (before !== undefined && before !== content) conflicts.add(key);
      seen.set(key, content);
    }
  }
  const lastTotal = pages[pages.length - 1]?.total;
  const countMismatch = typeof lastTotal === 'number' && lastTotal !== seen.size;
  return { totalChanged: totals.size > 1, conflicts: [...conflicts], countMismatch };
}

/** True when the listing shows any sign of change. */
export function hasChanges(changes: ListingChanges): boolean {
  return changes.totalChanged || changes.conflicts.length > 0 || changes.countMismatch;
}
