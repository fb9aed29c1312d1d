import type { MiroItem } from './board-api.ts';

/**
 * A create call that was sent and whose answer has not come back yet: what the item will look
 * like on the board. The run journal keeps these so that an item Miro created after the panel
 * died (its id never reached the app; docs/miro-web-sdk.md, "Closing the panel") can still be
 * found and taken back: a loose item of that type, made since the run began, exactly there.
 */
export interface SentCreate {
  /** Miro item type: `frame`, `shape`, `text`, `sticky_note`, `connector`. */
  readonly type: string;
  /** Centre, as sent (board coordinates: the item is not in a frame yet). */
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  /** Only for items whose height is given (frames, shapes). */
  readonly height?: number;
  /** Connector ends: the ids of the items joined. */
  readonly start?: string;
  readonly end?: string;
}

/** How far a position or size may be off and still be the same item (Miro may round to a pixel). */
const TOLERANCE = 1;
/** Clock skew allowed between this browser (the journal's time) and Miro (`createdAt`). */
const SKEW_MS = 10 * 60_000;

/**
 * The items on the board that are these sent creates: same type, no parent, created since
 * `since` (this browser's clock; a skew of minutes allowed), and exactly at the sent place and
 * size (a connector: between the same two items). Each sent create matches at most one item and
 * `known` ids (already journalled) are never matched twice.
 */
export function findSentCreates(items: readonly MiroItem[], sent: readonly SentCreate[], known: ReadonlySet<string>, since: number | undefined): MiroItem[] {
  const taken = new Set(known);
  const found: MiroItem[] = [];
  for (const create of sent) {
    const match = items.find((item) => !taken.has(item.id) && isSentCreate(item, create, since));
    if (!match) continue;
    taken.add(match.id);
    found.push(match);
  }
  return found;
}

/** The Miro item types of these sent creates (for `board.get({ type })`). */
export function sentTypes(sent: readonly SentCreate[]): string[] {
  return [...new Set(sent.map((create) => create.type))];
}

function isSentCreate(item: MiroItem, create: SentCreate, since: number | undefined): boolean {
  if (item.type !== create.type) return false;
  if (item.parentId !== undefined && item.parentId !== null) return false;
  if (since !== undefined && item.createdAt !== undefined) {
    const created = Date.parse(item.createdAt);
    if (!Number.isNaN(created) && created < since - SKEW_MS) return false;
  }
  if (create.type === 'connector') {
    const ends = item as { readonly start?: { readonly item?: unknown }; readonly end?: { readonly item?: unknown } };
    return create.start !== undefined && ends.start?.item === create.start && ends.end?.item === create.end;
  }
  return near(item.x, create.x) && near(item.y, create.y) && near(item.width, create.width) && (create.height === undefined || near(item.height, create.height));
}

function near(actual: number | undefined, expected: number | undefined): boolean {
  if (expected === undefined) return true;
  return actual !== undefined && Math.abs(actual - expected) <= TOLERANCE;
}
