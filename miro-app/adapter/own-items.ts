/**
 * Ids of the items this app created or removed on a board, so the live audit can tell its own
 * edits (a map being written, gap markers replaced) from a person's and not re-run on them.
 */
const own = new WeakMap<object, Set<string>>();

/** The ids the app made or removed on `board`. */
export function ownItemIds(board: object): Set<string> {
  let ids = own.get(board);
  if (!ids) {
    ids = new Set();
    own.set(board, ids);
  }
  return ids;
}
