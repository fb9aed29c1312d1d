import { InputError } from '../../core/index.ts';
import { findListingChanges, hasChanges } from './listing-changes.ts';
import { listingProgress, rereadWarning, unsettledWarning } from './progress-words.ts';
import type { RemoteSession } from './remote-session.ts';

/** Miro's largest page (`limit` is 10–50, default 10): fewest requests, fewest credits. */
export const MIRO_PAGE_LIMIT = 50;

/** Full listings tried while the board keeps changing under the cursor. */
export const MIRO_MAX_PASSES = 3;

/** Pages one listing may have (2.5 million items): a cursor that never ends is a bug, not a board. */
const MAX_PAGES = 50_000;

/** One page of `GET /v2/boards/{id}/items`, as far as paging needs it. */
interface ListingPage {
  readonly data: readonly unknown[];
  readonly total?: unknown;
  readonly cursor?: unknown;
  readonly [key: string]: unknown;
}

/**
 * Reads every item of a Miro board through REST API v2: `GET /v2/boards/{id}/items?limit=50`,
 * then again with each `cursor` the answer returns until one returns none. The listing holds
 * frames and their children (with `parent.id` and frame-relative positions), which is all the
 * reader needs; tags are not fetched, as the reader places notes by geometry and text alone.
 *
 * A board edited while its pages are fetched can come out torn (items missed or listed twice),
 * and Miro does not document how its cursor meets edits (docs/remote-apis.md, "Miro"): when a
 * listing shows a tear ({@link findListingChanges}), the board is read again from the first page,
 * up to {@link MIRO_MAX_PASSES} times.
 *
 * @returns The pages of the last pass, in order: the JSON array of pages the importer reads and
 *   `--save` keeps.
 * @throws InputError when an answer is not an item listing, the cursor loops, or the board kept
 *   listing an item two ways through every pass.
 */
export async function readMiroBoard(boardId: string, session: RemoteSession): Promise<ListingPage[]> {
  for (let pass = 1; ; pass++) {
    const pages = await listOnce(boardId, session);
    const changes = findListingChanges(pages);
    if (!hasChanges(changes)) return pages;
    if (pass >= MIRO_MAX_PASSES) {
      if (changes.conflicts.length > 0) {
        throw new InputError(
          `the board kept changing while it was read (${MIRO_MAX_PASSES} passes; item ${changes.conflicts[0]} changed between pages): read it again when nobody is editing it`,
          session.where,
        );
      }
      // Only the count moved: every item listed is real, and the importer accepts a last page
      // whose `total` is off. Say so rather than fail a nightly job over one sticky.
      session.warn(unsettledWarning(session.locale, pass));
      return pages;
    }
    session.warn(rereadWarning(session.locale, pass + 1));
  }
}

async function listOnce(boardId: string, session: RemoteSession): Promise<ListingPage[]> {
  const pages: ListingPage[] = [];
  const cursors = new Set<string>();
  let items = 0;
  let cursor: string | undefined;
  do {
    const query = `limit=${MIRO_PAGE_LIMIT}${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const url = `${session.base}/v2/boards/${encodeURIComponent(boardId)}/items?${query}`;
    const { json } = await session.getJson(url);
    const page = asPage(json, pages.length + 1, session.where);
    pages.push(page);
    items += page.data.length;
    session.progress.update(listingProgress(session.locale, pages.length, items, typeof page.total === 'number' ? page.total : undefined), pages.length === 1);
    cursor = nextCursor(page);
    if (cursor !== undefined) {
      if (cursors.has(cursor) || pages.length >= MAX_PAGES) {
        throw new InputError(`the Miro API keeps returning more pages (cursor repeated after page ${pages.length}): report this board to Miro support`, session.where);
      }
      cursors.add(cursor);
    }
  } while (cursor !== undefined);
  return pages;
}

function asPage(json: unknown, number: number, where: string): ListingPage {
  if (typeof json === 'object' && json !== null && Array.isArray((json as { data?: unknown }).data)) return json as ListingPage;
  throw new InputError(`page ${number} from the Miro API is not an item listing ({ "data": [...] } expected)`, where);
}

/** The cursor of the next page: absent or empty on the last one. */
function nextCursor(page: ListingPage): string | undefined {
  return typeof page.cursor === 'string' && page.cursor !== '' ? page.cursor : undefined;
}
