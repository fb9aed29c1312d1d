/**
 * What the app itself does on a board: the ids of the items it created or removed, and how many
 * of its writes are running. The live audit tells the app's own edits (a map being written, gap
 * markers replaced) from a person's with it, so it does not re-run on its own work.
 */
interface Activity {
  readonly ids: Set<string>;
  busy: number;
}

const activities = new WeakMap<object, Activity>();

function activityOf(board: object): Activity {
  let activity = activities.get(board);
  if (!activity) {
    activity = { ids: new Set(), busy: 0 };
    activities.set(board, activity);
  }
  return activity;
}

/** The ids the app made or removed on `board`. */
export function ownItemIds(board: object): Set<string> {
  return activityOf(board).ids;
}

/** True while one of the app's writes runs on `board` (its ids may not all be known yet). */
export function isAppWriting(board: object): boolean {
  return activityOf(board).busy > 0;
}

/** Runs one of the app's writes on `board`, marked as running. */
export async function asAppWrite<T>(board: object, write: () => Promise<T>): Promise<T> {
  const activity = activityOf(board);
  activity.busy++;
  try {
    return await write();
  } finally {
    activity.busy--;
  }
}
