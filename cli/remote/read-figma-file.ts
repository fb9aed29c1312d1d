import { InputError } from '../../core/index.ts';
import type { FigmaFileLink } from './board-link.ts';
import { downloadProgress } from './progress-words.ts';
import type { RemoteSession } from './remote-session.ts';
import type { JsonAnswer } from './remote-client.ts';

/**
 * Reads a Figma design file or FigJam board through the REST API: `GET /v1/files/:key`, or
 * `GET /v1/files/:key/nodes?ids=…` when the link names a node, always with
 * `plugin_data=shared`, so the markers the cjm-kit plugin leaves in shared plugin data come
 * along and the maps it generated are read exactly (docs/remote-apis.md, "Figma").
 *
 * @returns The answer as received: the JSON the importer reads and `--save` keeps.
 * @throws InputError when the link's node is not in the file, or the answer is no file.
 */
export async function readFigmaFile(link: FigmaFileLink, session: RemoteSession): Promise<JsonAnswer> {
  const key = encodeURIComponent(link.fileKey);
  const url =
    link.nodeId === undefined
      ? `${session.base}/v1/files/${key}?plugin_data=shared`
      : `${session.base}/v1/files/${key}/nodes?ids=${encodeURIComponent(link.nodeId)}&plugin_data=shared`;
  const answer = await session.getJson(url, (bytes) => session.progress.update(downloadProgress(session.locale, bytes)));
  const body = answer.json as { document?: unknown; nodes?: Record<string, unknown> | null } | null;
  if (link.nodeId === undefined) {
    if (typeof body?.document !== 'object' || body.document === null) throw new InputError('the Figma API answered without the file ("document" missing)', session.where);
    return answer;
  }
  // Ids that match no node come back as null (GET /v1/files/:key/nodes).
  const node = body?.nodes?.[link.nodeId];
  if (node === undefined || node === null) {
    throw new InputError(`node ${link.nodeId} is not in this file (deleted, or the link is from another file): link the file without ?node-id= to read all of it`, session.where);
  }
  return answer;
}
