import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local emulation of the two REST APIs `cjm` reads, on 127.0.0.1 (Node's http), reached through
 * `CJM_MIRO_API` / `CJM_FIGMA_API`. It behaves as docs/remote-apis.md records:
 *
 * - Miro `GET /v2/boards/{id}/items?limit&cursor`: `Authorization: Bearer`, `limit` 10–50
 *   (default 10), items in a stable order, an opaque cursor naming the last item served (so a
 *   board edited between pages shifts under it, as a real cursor does), the last page without
 *   `cursor` or `links.next`, `X-RateLimit-*` headers on every answer, errors as
 *   `{ status, code, message, type: 'error' }`.
 * - Figma `GET /v1/files/:key` and `/v1/files/:key/nodes?ids=`: `X-Figma-Token`, 403
 *   `Invalid token` for an unknown token (Figma sends no 401 here), shared plugin data only with
 *   `plugin_data=shared`, `null` for node ids not in the file, errors as `{ status, err }`.
 *
 * Error codes and message wording not in the docs are illustrative: `cjm` relies on the status,
 * and shows the message text only as the API's own words.
 */
export class ApiEmulator {
  /** `http://127.0.0.1:PORT`, once started. */
  url = '';
  /** Every request, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Miro boards: id → items (in the listing's order). */
  readonly miroBoards = new Map<string, Record<string, unknown>[]>();
  /** Figma files: key → the file JSON as `GET /v1/files/:key?plugin_data=shared` returns it. */
  readonly figmaFiles = new Map<string, Record<string, unknown>>();
  /** Token → the scopes it was granted. */
  readonly tokens = new Map<string, readonly string[]>();
  /** Misbehaviours, each used by the next `times` requests it matches. */
  readonly faults: Fault[] = [];
  /** Called before a Miro page is served (1-based page of the current pass): lets a test edit the board meanwhile. */
  onMiroPage: ((boardId: string, page: number) => void) | undefined;
  /**
   * How the Miro listing is ordered and what its cursor holds. Miro documents neither, so both
   * cases a client must survive are here: `id` (a stable order and a cursor naming the last item
   * served: items added or removed behind it shift nothing) and `modified` (most recently changed
   * last, and a cursor that is an offset: an item edited between pages is listed twice).
   */
  miroOrder: 'id' | 'modified' = 'id';
  /** Put the caller's token into what is served, as a misbehaving proxy might: the client must not pass it on. */
  echoToken = false;

  private server: Server | undefined;
  private readonly pagesServed = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  /** Starts listening on a free port of 127.0.0.1. */
  async start(): Promise<this> {
    const server = createServer((request, response) => void this.handle(request, response));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  /** Stops, dropping connections a slow answer still holds. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests to one API, in order. */
  requestsTo(api: 'miro' | 'figma'): RecordedRequest[] {
    return this.requests.filter((request) => request.api === api);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const api = url.pathname.startsWith('/v2/') ? 'miro' : 'figma';
    this.requests.push({ api, path: url.pathname, query: url.searchParams, headers: request.headers });
    const fault = this.takeFault(api);
    if (fault?.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, fault.delayMs);
        this.timers.add(timer);
      });
      if (request.socket.destroyed) return;
    }
    if (fault?.reset) {
      request.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      const body = fault.body ?? (api === 'miro' ? miroError(fault.status, 'simulated', 'Simulated failure') : { status: fault.status, err: 'Simulated failure' });
      send(response, fault.status, body, { ...(fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter }), ...fault.headers });
      return;
    }
    const answer = api === 'miro' ? this.serveMiro(url, request) : this.serveFigma(url, request);
    const text = this.echoToken ? JSON.stringify(answer.body).replace('"type"', `"echo":${JSON.stringify(request.headers['authorization'] ?? request.headers['x-figma-token'] ?? '')},"type"`) : JSON.stringify(answer.body);
    if (fault?.truncate) {
      // Announce the whole length, send half, hang up: a connection cut mid-answer.
      const bytes = Buffer.from(text);
      response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.byteLength, ...answer.headers });
      response.write(bytes.subarray(0, Math.floor(bytes.byteLength / 2)), () => request.socket.destroy());
      return;
    }
    if (fault?.cutJson) {
      // A chunked answer ended cleanly but early: the HTTP is whole, the JSON is not.
      response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers });
      response.end(text.slice(0, Math.floor(text.length / 2)));
      return;
    }
    sendText(response, answer.status, text, answer.headers);
  }

  private takeFault(api: 'miro' | 'figma'): Fault | undefined {
    const index = this.faults.findIndex((fault) => fault.api === undefined || fault.api === api);
    if (index < 0) return undefined;
    const fault = this.faults[index];
    if (!fault) return undefined;
    const times = fault.times ?? 1;
    if (times <= 1) this.faults.splice(index, 1);
    else this.faults[index] = { ...fault, times: times - 1 };
    return fault;
  }

  private serveMiro(url: URL, request: IncomingMessage): Answer {
    const headers = miroRateHeaders();
    const auth = request.headers['authorization'];
    if (typeof auth !== 'string' || !auth.startsWith('Bearer ')) {
      return { status: 401, body: miroError(401, 'tokenNotProvided', 'No authorization token was found in the Authorization header'), headers };
    }
    const scopes = this.tokens.get(auth.slice('Bearer '.length));
    if (!scopes) return { status: 401, body: miroError(401, 'tokenNotFound', 'Authorization failed: the token is invalid or expired'), headers };
    const match = /^\/v2\/boards\/([^/]+)\/items$/u.exec(url.pathname);
    if (!match?.[1]) return { status: 404, body: miroError(404, 'notFound', 'Resource not found'), headers };
    if (!scopes.includes('boards:read')) return { status: 403, body: miroError(403, 'insufficientPermissions', 'Not enough permissions to perform this action'), headers };
    const boardId = decodeURIComponent(match[1]);
    const board = this.miroBoards.get(boardId);
    if (!board) return { status: 404, body: miroError(404, 'boardNotFound', `Board ${boardId} not found`), headers };

    const limitText = url.searchParams.get('limit') ?? '10';
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 10 || limit > 50) {
      return { status: 400, body: miroError(400, 'invalidParameters', 'limit must be a number between 10 and 50'), headers };
    }
    const cursor = url.searchParams.get('cursor');
    // Pages are counted per pass: a request without a cursor starts one.
    const page = cursor === null ? 1 : (this.pagesServed.get(boardId) ?? 0) + 1;
    this.pagesServed.set(boardId, page);
    this.onMiroPage?.(boardId, page);
    const items = orderItems(this.miroBoards.get(boardId) ?? [], this.miroOrder);
    let start = 0;
    if (cursor !== null) {
      const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
      start = this.miroOrder === 'id' ? items.filter((item) => String(item.id) <= decoded).length : Number(decoded);
    }
    const data = items.slice(start, start + limit);
    const last = data[data.length - 1];
    const more = start + limit < items.length && last !== undefined;
    const next = more ? Buffer.from(this.miroOrder === 'id' ? String(last.id) : String(start + limit)).toString('base64url') : undefined;
    const self = `https://api.miro.com/v2/boards/${encodeURIComponent(boardId)}/items?limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`;
    return {
      status: 200,
      headers,
      body: {
        data,
        total: items.length,
        size: data.length,
        limit,
        ...(next === undefined ? {} : { cursor: next }),
        links: { self, ...(next === undefined ? {} : { next: `https://api.miro.com/v2/boards/${encodeURIComponent(boardId)}/items?limit=${limit}&cursor=${next}` }) },
        type: 'cursor-list',
      },
    };
  }

  private serveFigma(url: URL, request: IncomingMessage): Answer {
    const token = request.headers['x-figma-token'];
    if (typeof token !== 'string' || token === '') return { status: 403, body: { status: 403, err: 'No token provided' } };
    const scopes = this.tokens.get(token);
    if (!scopes) return { status: 403, body: { status: 403, err: 'Invalid token' } };
    const match = /^\/v1\/files\/([^/]+)(\/nodes)?$/u.exec(url.pathname);
    if (!match?.[1]) return { status: 404, body: { status: 404, err: 'Not found' } };
    if (!scopes.includes('file_content:read') && !scopes.includes('files:read')) {
      return { status: 403, body: { status: 403, err: 'Invalid scope(s): this endpoint requires the file_content:read scope' } };
    }
    const file = this.figmaFiles.get(decodeURIComponent(match[1]));
    if (!file) return { status: 404, body: { status: 404, err: 'Not found' } };
    const shared = (url.searchParams.get('plugin_data') ?? '').split(',').includes('shared');
    const served = shared ? file : stripSharedPluginData(file);
    if (!match[2]) return { status: 200, body: served };
    const ids = url.searchParams.get('ids');
    if (!ids) return { status: 400, body: { status: 400, err: 'Missing required parameter ids' } };
    const nodes: Record<string, unknown> = {};
    for (const id of ids.split(',')) {
      const node = findNode(served.document, id);
      nodes[id] = node ? { document: node, components: {}, componentSets: {}, schemaVersion: 0, styles: {} } : null;
    }
    const { document: _document, components: _components, componentSets: _sets, styles: _styles, ...meta } = served;
    return { status: 200, body: { ...meta, nodes } };
  }
}

/** One request as the emulation saw it. */
export interface RecordedRequest {
  readonly api: 'miro' | 'figma';
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
}

/** A misbehaviour of the next request(s) to `api` (either API when unset). */
export interface Fault {
  readonly api?: 'miro' | 'figma';
  /** How many requests it applies to. Default 1. */
  readonly times?: number;
  /** Answer with this status (and `body`, else the API's error shape) instead. */
  readonly status?: number;
  readonly body?: unknown;
  readonly retryAfter?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Send half the body of the real answer, then drop the connection. */
  readonly truncate?: boolean;
  /** End the real answer halfway through its JSON, without an error at the HTTP level. */
  readonly cutJson?: boolean;
  /** Drop the connection without answering. */
  readonly reset?: boolean;
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

function orderItems(items: readonly Record<string, unknown>[], order: 'id' | 'modified'): Record<string, unknown>[] {
  const key = (item: Record<string, unknown>) => (order === 'id' ? String(item.id) : `${typeof item.modifiedAt === 'string' ? item.modifiedAt : ''} ${String(item.id)}`);
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function miroError(status: number, code: string, message: string): Record<string, unknown> {
  return { status, code, message, type: 'error' };
}

/** Miro's credit headers: a budget per minute, what is left, and the UNIX time it refills. */
function miroRateHeaders(): Record<string, string> {
  return { 'X-RateLimit-Limit': '100000', 'X-RateLimit-Remaining': '99900', 'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + 60) };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  sendText(response, status, JSON.stringify(body), headers);
}

function sendText(response: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>> = {}): void {
  const bytes = Buffer.from(text);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.byteLength, ...headers });
  response.end(bytes);
}

/** A copy of a file without `sharedPluginData` anywhere: what Figma returns without `plugin_data=shared`. */
function stripSharedPluginData(file: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(file), (key, value: unknown) => (key === 'sharedPluginData' ? undefined : value)) as Record<string, unknown>;
}

function findNode(root: unknown, id: string): unknown {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as { id?: unknown; children?: unknown } | undefined;
    if (!node || typeof node !== 'object') continue;
    if (node.id === id) return node;
    if (Array.isArray(node.children)) stack.push(...(node.children as unknown[]));
  }
  return undefined;
}
