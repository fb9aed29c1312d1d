import { InputError } from '../../core/index.ts';

/** A Miro board named by its link (`https://miro.com/app/board/<id>/`). */
export interface MiroBoardLink {
  readonly platform: 'miro';
  /** The board id as Miro's REST API takes it (`uXjVOfjkmAk=`), decoded from the link. */
  readonly boardId: string;
}

/** A Figma design file or FigJam board named by its link, maybe down to one node. */
export interface FigmaFileLink {
  readonly platform: 'figma';
  /** The file key (or the branch key of a branch link): what `GET /v1/files/:key` takes. */
  readonly fileKey: string;
  /** The node the link points at, in the API's form (`12:34`); links write it `12-34`. */
  readonly nodeId?: string;
}

/** A board or file link `cjm` can read through its platform's REST API. */
export type BoardLink = MiroBoardLink | FigmaFileLink;

/**
 * Anything that starts like a web address: such an argument is never taken for a file name.
 * A scheme-less `miro.com/…` or `figma.com/…` counts too, as people paste links without it.
 */
const WEB_ADDRESS = /^(?:https?:\/\/|(?:www\.)?(?:miro|figma)\.com\/)/iu;

/** Miro board ids: letters, digits and the `=`, `-`, `_` of their base64 alphabet. */
const MIRO_BOARD_ID = /^[A-Za-z0-9=_-]+$/u;

/** Figma file keys are alphanumeric. */
const FIGMA_KEY = /^[A-Za-z0-9]+$/u;

/**
 * A node id in a Figma link: `12-34`, or `12:34` (older links, percent-decoded), possibly an
 * instance sublayer (`I12-34;56-78`).
 */
const FIGMA_NODE_ID = /^I?\d+[-:]\d+(?:;\d+[-:]\d+)*$/u;

/** Figma's link kinds that are files `GET /v1/files/:key` reads (design files, FigJam boards). */
const FIGMA_FILE_KINDS = new Set(['file', 'design', 'board']);

/**
 * Figma link kinds that name something else: a prototype view, slides, a Make, a community page.
 * Their keys may still be file keys, but saying so is clearer than guessing.
 */
const FIGMA_OTHER_KINDS: Readonly<Record<string, string>> = {
  proto: 'a prototype view',
  slides: 'a Slides deck',
  deck: 'a Slides deck',
  make: 'a Figma Make file',
  site: 'a Figma Sites file',
  community: 'a Community page',
  files: 'the file browser',
};

/**
 * Reads a command-line argument as a Miro board link or a Figma/FigJam file link.
 *
 * Accepted:
 * - `https://miro.com/app/board/<id>/`, with or without the trailing slash and any query
 *   (`?share_link_id=…`, `?moveToWidget=…`);
 * - `https://www.figma.com/{file|design|board}/<key>/<title>?node-id=12-34` (title and node
 *   optional), and branch links `…/design/<key>/branch/<branchKey>/…`, read as the branch.
 *
 * @returns undefined when the argument is no web address (a file name or `-`).
 * @throws InputError for a web address that is not such a link, naming what is wrong with it.
 */
export function parseBoardLink(argument: string): BoardLink | undefined {
  const text = argument.trim();
  if (!WEB_ADDRESS.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//iu.test(text) ? text : `https://${text}`);
  } catch {
    throw new InputError('not a valid web address', argument);
  }
  const host = url.hostname.toLowerCase().replace(/^www\./u, '');
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (host === 'miro.com') return parseMiroLink(segments, argument);
  if (host === 'figma.com') return parseFigmaLink(segments, url.searchParams, argument);
  throw new InputError(`only Miro board links (miro.com/app/board/…) and Figma or FigJam file links (figma.com/design/…, figma.com/board/…) can be read, not ${host} addresses`, argument);
}

function parseMiroLink(segments: readonly string[], argument: string): MiroBoardLink {
  const [app, board, rawId] = segments;
  if (app !== 'app' || board !== 'board' || rawId === undefined) {
    throw new InputError('not a Miro board link: expected https://miro.com/app/board/<board id>/ (open the board and copy its address)', argument);
  }
  const boardId = decodeSegment(rawId);
  if (boardId === undefined || !MIRO_BOARD_ID.test(boardId)) throw new InputError(`"${boardId ?? rawId}" is not a Miro board id`, argument);
  return { platform: 'miro', boardId };
}

function parseFigmaLink(segments: readonly string[], query: URLSearchParams, argument: string): FigmaFileLink {
  const [kind = '', key, branch, branchKey] = segments;
  const other = FIGMA_OTHER_KINDS[kind];
  if (other) throw new InputError(`this Figma link opens ${other}; link the file itself (figma.com/design/<key>/… or figma.com/board/<key>/…)`, argument);
  if (!FIGMA_FILE_KINDS.has(kind) || key === undefined) {
    throw new InputError('not a Figma file link: expected https://www.figma.com/design/<file key>/… or https://www.figma.com/board/<file key>/…', argument);
  }
  const isBranch = branch === 'branch' && branchKey !== undefined;
  const fileKey = isBranch ? branchKey : key;
  if (!FIGMA_KEY.test(fileKey)) throw new InputError(`"${fileKey}" is not a Figma file key`, argument);
  const node = query.get('node-id');
  if (node === null || node === '') return { platform: 'figma', fileKey };
  if (!FIGMA_NODE_ID.test(node)) throw new InputError(`node-id "${node}" is not a Figma node id (like 12-34)`, argument);
  return { platform: 'figma', fileKey, nodeId: node.replace(/-/gu, ':') };
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
