import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LUMUS_MAP } from '../../support/lumus-map.ts';
import { ApiEmulator } from './api-emulator.ts';
import { FIGJAM_KEY, FIGMA_TOKEN, figjamFileOf, runRemote, virtualClock } from './remote-cli.ts';
import type { RemoteRunOptions } from './remote-cli.ts';

let api: ApiEmulator;
let file: Record<string, unknown>;

const BOARD_LINK = `https://www.figma.com/board/${FIGJAM_KEY}/Lumus-CJM?node-id=0-1&t=AbCdEf-1`;
const FILE_LINK = `https://www.figma.com/board/${FIGJAM_KEY}/Lumus-CJM`;

beforeEach(async () => {
  api = await new ApiEmulator().start();
  file = figjamFileOf(LUMUS_MAP);
  api.figmaFiles.set(FIGJAM_KEY, file);
  api.tokens.set(FIGMA_TOKEN, ['file_content:read']);
});

afterEach(async () => {
  await api.close();
});

function env(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { FIGMA_TOKEN, CJM_FIGMA_API: api.url, ...extra };
}

function cli(argv: readonly string[], options: RemoteRunOptions = {}) {
  return runRemote(argv, { env: env(), ...options });
}

/** The map's section: the first node of the file's page. */
function sectionOf(json: Record<string, unknown>): { id: string; children: { name?: string; type: string; characters?: string }[] } {
  const document = json.document as { children: { children: { id: string; children: { type: string; characters?: string }[] }[] }[] };
  const section = document.children[0]?.children[0];
  if (!section) throw new Error('no section');
  return section;
}

describe('cjm with a Figma or FigJam link', () => {
  it('reads the whole file with shared plugin data and gives the map the saved export gives', async () => {
    const live = await cli(['read', FILE_LINK, '--json', '--save', 'board.json']);
    expect(live.stderr).toBe('');
    expect(live.code).toBe(0);
    const [request, ...others] = api.requestsTo('figma');
    expect(others).toHaveLength(0);
    expect(request?.path).toBe(`/v1/files/${FIGJAM_KEY}`);
    expect(request?.query.get('plugin_data')).toBe('shared');
    expect(request?.headers['x-figma-token']).toBe(FIGMA_TOKEN);
    expect(request?.headers.authorization).toBeUndefined();

    const offline = await cli(['read', 'board.json', '--json'], { files: { 'board.json': live.written.get('board.json') ?? '' } });
    expect(offline.stdout).toBe(live.stdout);
    const original = await cli(['read', 'original.json', '--json'], { files: { 'original.json': JSON.stringify(file) } });
    expect(original.stdout).toBe(live.stdout);
    expect((JSON.parse(live.stdout) as { notes: unknown[] }).notes).toHaveLength(LUMUS_MAP.notes.length);
  });

  it('asks for shared plugin data, so a map the plugin made is read by its markers', async () => {
    // A layer header renamed beyond recognition: only its marker still says it is the goal layer.
    const header = sectionOf(file).children.find((node) => node.characters === 'Цель');
    expect(header).toBeDefined();
    if (header) header.characters = 'Что-то своё';
    const live = await cli(['read', FILE_LINK, '--json']);
    const layers = (JSON.parse(live.stdout) as { layers: { kind: string; title: string }[] }).layers;
    expect(layers.find((layer) => layer.title === 'Что-то своё')?.kind).toBe('goal');

    const withoutMarkers = JSON.parse(JSON.stringify(file), (key, value: unknown) => (key === 'sharedPluginData' ? undefined : value)) as unknown;
    const plain = await cli(['read', 'plain.json', '--json'], { files: { 'plain.json': JSON.stringify(withoutMarkers) } });
    expect(plain.stdout).not.toBe(live.stdout);
  });

  it('reads one node through /nodes when the link names it', async () => {
    const sectionId = sectionOf(file).id;
    const link = `https://www.figma.com/design/${FIGJAM_KEY}/Lumus?node-id=${sectionId.replace(':', '-')}&m=dev`;
    const live = await cli(['audit', link, '--format', 'json', '--save', 'node.json']);
    expect(live.code).toBeLessThan(2);
    const [request] = api.requestsTo('figma');
    expect(request?.path).toBe(`/v1/files/${FIGJAM_KEY}/nodes`);
    expect(request?.query.get('ids')).toBe(sectionId);
    expect(request?.query.get('plugin_data')).toBe('shared');
    const saved = JSON.parse(live.written.get('node.json') ?? '{}') as { nodes?: Record<string, unknown> };
    expect(Object.keys(saved.nodes ?? {})).toEqual([sectionId]);
    const offline = await cli(['audit', 'node.json', '--format', 'json'], { files: { 'node.json': live.written.get('node.json') ?? '' } });
    expect(offline.stdout).toBe(live.stdout);
  });

  it('says when the linked node is not in the file', async () => {
    const link = `https://www.figma.com/board/${FIGJAM_KEY}/Lumus?node-id=99-99`;
    const result = await cli(['read', link]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cjm: ${link}: node 99:99 is not in this file (deleted, or the link is from another file): link the file without ?node-id= to read all of it\n`);
  });

  it('takes /file/ links and reads a branch link as the branch', async () => {
    api.figmaFiles.set('BranchKey123', file);
    expect((await cli(['read', `https://figma.com/file/${FIGJAM_KEY}/Old-style-link`])).code).toBe(0);
    expect((await cli(['read', `https://www.figma.com/design/${FIGJAM_KEY}/branch/BranchKey123/Lumus`])).code).toBe(0);
    expect(api.requestsTo('figma').map((request) => request.path)).toEqual([`/v1/files/${FIGJAM_KEY}`, '/v1/files/BranchKey123']);
  });

  it('shows how much has arrived on a terminal', async () => {
    const result = await cli(['read', FILE_LINK], { ttyStderr: true });
    expect(result.code).toBe(0);
    expect(result.stderr.startsWith('\rFigma: ')).toBe(true);
    expect(result.stderr).toMatch(/^\rFigma: \d+ kB received/u);
    expect(result.stderr).toContain(' kB received\u001b[K');
    expect(result.stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});

describe('Figma errors and retries', () => {
  it('treats 403 "Invalid token" as a refused token and names the scope', async () => {
    const result = await runRemote(['read', FILE_LINK], { env: env({ FIGMA_TOKEN: 'figd_revoked-0000000' }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `cjm: ${FILE_LINK}: FIGMA_TOKEN was refused by the Figma API (403: Invalid token): it must be a Figma personal access token with the file_content:read scope (Figma: Settings → Security → Personal access tokens)\n`,
    );
  });

  it('names the missing scope for a token without it', async () => {
    api.tokens.set(FIGMA_TOKEN, ['file_comments:read']);
    const result = await cli(['read', FILE_LINK]);
    expect(result.stderr).toBe(
      `cjm: ${FILE_LINK}: no access to this file (403: Invalid scope(s): this endpoint requires the file_content:read scope): the token needs the file_content:read (or the older files:read) scope, and its user must be able to open the file\n`,
    );
    api.tokens.set(FIGMA_TOKEN, ['files:read']);
    expect((await cli(['read', FILE_LINK])).code).toBe(0);
  });

  it('says a file was not found', async () => {
    const link = 'https://www.figma.com/design/NoSuchFile000/x';
    const result = await cli(['read', link]);
    expect(result.stderr).toBe(`cjm: ${link}: file not found (404: Not found): check the link, and that the token's user can open the file\n`);
  });

  it('waits out a short rate limit, and gives up at once on a long one', async () => {
    api.faults.push({ api: 'figma', status: 429, retryAfter: '2', headers: { 'X-Figma-Rate-Limit-Type': 'high', 'X-Figma-Plan-Tier': 'pro' } });
    const clock = virtualClock();
    expect((await cli(['read', FILE_LINK], { clock })).code).toBe(0);
    expect(clock.waits).toEqual([2000]);

    // A View seat on a Starter file: a few requests a month, so Figma asks for days.
    api.faults.push({ api: 'figma', status: 429, retryAfter: String(3 * 24 * 3600), headers: { 'X-Figma-Rate-Limit-Type': 'low' } });
    const long = virtualClock();
    const result = await cli(['read', FILE_LINK], { clock: long });
    expect(result.code).toBe(2);
    expect(long.waits).toEqual([]);
    expect(result.stderr).toBe(`cjm: ${FILE_LINK}: rate limited by the Figma API: it asks to wait 72 h, longer than cjm waits (60 s); try again later\n`);
  });

  it('retries a server error and a cut-off download', async () => {
    api.faults.push({ api: 'figma', status: 500 }, { api: 'figma', truncate: true });
    const clock = virtualClock();
    const result = await cli(['read', FILE_LINK, '--json'], { clock });
    expect(result.code).toBe(0);
    expect(clock.waits).toHaveLength(2);
    expect(api.requestsTo('figma')).toHaveLength(3);
  });

  it('refuses links that name no file', async () => {
    const proto = await cli(['read', `https://www.figma.com/proto/${FIGJAM_KEY}/x`]);
    expect(proto.stderr).toBe(
      `cjm: https://www.figma.com/proto/${FIGJAM_KEY}/x: this Figma link opens a prototype view; link the file itself (figma.com/design/<key>/… or figma.com/board/<key>/…)\n`,
    );
    const other = await cli(['read', 'https://example.com/board.json']);
    expect(other.stderr).toContain('only Miro board links (miro.com/app/board/…) and Figma or FigJam file links');
    expect(api.requests).toHaveLength(0);
  });

  it('never shows the token, even when the API echoes it', async () => {
    api.echoToken = true;
    // The link names the page (node 0:1): read through /nodes.
    const read = await cli(['read', BOARD_LINK, '--json', '--save', 'board.json'], { ttyStderr: true });
    expect(read.code).toBe(0);
    expect(api.requestsTo('figma')[0]?.path).toBe(`/v1/files/${FIGJAM_KEY}/nodes`);
    expect(read.written.get('board.json')).toContain('[token removed]');
    api.faults.push({ api: 'figma', status: 400, body: { status: 400, err: `Bad token ${FIGMA_TOKEN}` } });
    const error = await cli(['read', FILE_LINK]);
    expect(error.stderr).toContain('Bad token [token removed]');
    for (const run of [read, error]) expect(run.everything).not.toContain(FIGMA_TOKEN);
  });
});
