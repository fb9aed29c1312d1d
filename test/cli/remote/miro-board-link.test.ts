import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RETRY_POLICY } from '../../../cli/remote/retry-policy.ts';
import { ApiEmulator } from './api-emulator.ts';
import { BIG_MAP, BOARD_ID, BOARD_LINK, MIRO_TOKEN, miroItemsOf, runRemote, virtualClock } from './remote-cli.ts';
import type { RemoteRunOptions } from './remote-cli.ts';

let api: ApiEmulator;
let items: Record<string, unknown>[];

beforeEach(async () => {
  api = await new ApiEmulator().start();
  items = miroItemsOf(BIG_MAP);
  api.miroBoards.set(BOARD_ID, items);
  api.tokens.set(MIRO_TOKEN, ['boards:read']);
});

afterEach(async () => {
  await api.close();
});

/** The environment of a run against the emulation, with the token. */
function env(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { MIRO_TOKEN, CJM_MIRO_API: api.url, ...extra };
}

function cli(argv: readonly string[], options: RemoteRunOptions = {}) {
  return runRemote(argv, { env: env(), ...options });
}

function byId(list: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return [...list].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
}

function byModified(list: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const key = (item: Record<string, unknown>) => `${String(item.modifiedAt)} ${String(item.id)}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

/** The board's listing as one saved file, the way a user exports it by hand: every page in one array. */
function exportedByHand(): string {
  const sorted = byId(items);
  return JSON.stringify([{ data: sorted, total: sorted.length, size: sorted.length, limit: 50, links: { self: 'x' }, type: 'cursor-list' }]);
}

describe('cjm with a Miro board link', () => {
  it('reads every page by cursor and gives the map a saved export gives', async () => {
    expect(items.length).toBeGreaterThan(100); // several pages of 50
    const live = await cli(['read', BOARD_LINK, '--json', '--save', 'board.json']);
    expect(live.stderr).toBe('');
    expect(live.code).toBe(0);

    const requests = api.requestsTo('miro');
    expect(requests).toHaveLength(Math.ceil(items.length / 50));
    expect(requests.every((request) => request.path === `/v2/boards/${encodeURIComponent(BOARD_ID)}/items` && request.query.get('limit') === '50')).toBe(true);
    expect(requests[0]?.query.has('cursor')).toBe(false);
    expect(requests.slice(1).every((request) => request.query.has('cursor'))).toBe(true);
    expect(requests.every((request) => request.headers.authorization === `Bearer ${MIRO_TOKEN}`)).toBe(true);

    const saved = live.written.get('board.json') ?? '';
    const offline = await cli(['read', 'board.json', '--json'], { files: { 'board.json': saved } });
    const byHand = await cli(['read', 'by-hand.json', '--json'], { files: { 'by-hand.json': exportedByHand() } });
    expect(offline.stdout).toBe(live.stdout);
    expect(byHand.stdout).toBe(live.stdout);
    const map = JSON.parse(live.stdout) as { notes: unknown[]; stages: unknown[] };
    expect(map.notes).toHaveLength(BIG_MAP.notes.length);
    expect(map.stages).toHaveLength(BIG_MAP.stages.length);
  });

  it('audits the live board as it audits the saved export, exit code included', async () => {
    const live = await cli(['audit', BOARD_LINK, '--format', 'json', '--save', 'board.json']);
    const offline = await cli(['audit', 'board.json', '--format', 'json'], { files: { 'board.json': live.written.get('board.json') ?? '' } });
    expect(live.code).toBe(offline.code);
    expect(live.stdout).toBe(offline.stdout);
    expect(live.stdout).toContain('"findings"');
  });

  it('accepts the link without a scheme, without the trailing slash, and for export and preview', async () => {
    const bare = await cli(['export', `miro.com/app/board/${BOARD_ID}`, '--format', 'csv']);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('Поиск решения');
    const preview = await cli(['preview', BOARD_LINK]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/^<svg/u);
  });

  it('shows a progress line on a terminal and clears it, and none in a log', async () => {
    const tty = await cli(['read', BOARD_LINK], { ttyStderr: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\rMiro: page 1 · 50 of');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    const log = await cli(['read', BOARD_LINK]);
    expect(log.stderr).toBe('');
  });

  it('speaks Russian on the progress line when the environment does', async () => {
    const tty = await runRemote(['read', BOARD_LINK], { env: env({ LANG: 'ru_RU.UTF-8' }), ttyStderr: true });
    expect(tty.stderr).toContain('Miro: страница 1 · 50 из');
  });

  it('reads the token from the variable --token-env names', async () => {
    const result = await runRemote(['read', BOARD_LINK, '--token-env', 'CLIENT_A_MIRO'], { env: { CJM_MIRO_API: api.url, CLIENT_A_MIRO: `${MIRO_TOKEN}\n` } });
    expect(result.code).toBe(0);
    const missing = await runRemote(['read', BOARD_LINK, '--token-env', 'CLIENT_B_MIRO'], { env: env() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`cjm: ${BOARD_LINK}: reading this board needs a token: set CLIENT_B_MIRO to an access token of a Miro app with the boards:read scope (developers.miro.com: your app → 'Install app and get OAuth token')\n`);
    const bad = await cli(['read', BOARD_LINK, '--token-env', 'not a name']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--token-env takes the name of an environment variable (like MIRO_TOKEN), got 'not a name'");
  });
});

describe('retries', () => {
  it('waits what Retry-After says on a 429 and carries on', async () => {
    api.faults.push({ api: 'miro', status: 429, retryAfter: '7', body: { status: 429, code: 'tooManyRequests', message: 'Rate limit exceeded', type: 'error' } });
    const clock = virtualClock();
    const result = await cli(['read', BOARD_LINK, '--json'], { clock });
    expect(result.code).toBe(0);
    expect(clock.waits).toEqual([7000]);
    expect(api.requestsTo('miro')).toHaveLength(Math.ceil(items.length / 50) + 1);
  });

  it('reads X-RateLimit-Reset when a 429 has no Retry-After', async () => {
    const clock = virtualClock();
    const reset = Math.round(Date.UTC(2026, 0, 15, 9, 0, 12) / 1000);
    api.faults.push({ api: 'miro', status: 429, headers: { 'X-RateLimit-Reset': String(reset), 'X-RateLimit-Remaining': '0' } });
    const result = await cli(['read', BOARD_LINK], { clock });
    expect(result.code).toBe(0);
    expect(clock.waits).toEqual([12_000]);
  });

  it('gives up a rate limit after a bounded number of tries, in bounded time', async () => {
    api.faults.push({ api: 'miro', status: 429, retryAfter: '30', times: 100 });
    const clock = virtualClock();
    const result = await cli(['audit', BOARD_LINK], { clock });
    expect(result.code).toBe(2);
    expect(api.requestsTo('miro')).toHaveLength(RETRY_POLICY.maxAttempts);
    expect(clock.waits).toEqual([30_000, 30_000, 30_000]);
    expect(clock.waited()).toBeLessThanOrEqual(RETRY_POLICY.budgetMs);
    expect(result.stderr).toBe(`cjm: ${BOARD_LINK}: rate limited by the Miro API (429, 4 tries): try again in a few minutes\n`);
  });

  it('does not wait when the server asks for longer than cjm waits', async () => {
    api.faults.push({ api: 'miro', status: 429, retryAfter: '3600' });
    const clock = virtualClock();
    const result = await cli(['read', BOARD_LINK], { clock });
    expect(result.code).toBe(2);
    expect(clock.waits).toEqual([]);
    expect(api.requestsTo('miro')).toHaveLength(1);
    expect(result.stderr).toBe(`cjm: ${BOARD_LINK}: rate limited by the Miro API: it asks to wait 60 min, longer than cjm waits (60 s); try again later\n`);
  });

  it('backs off exponentially on server errors without Retry-After', async () => {
    api.faults.push({ api: 'miro', status: 503, times: 2 });
    const clock = virtualClock();
    const result = await cli(['read', BOARD_LINK], { clock });
    expect(result.code).toBe(0);
    // Equal jitter at its middle: 3/4 of 1 s, then of 2 s.
    expect(clock.waits).toEqual([750, 1500]);
  });

  it('says the API keeps failing when 5xx outlasts the retries', async () => {
    api.faults.push({ api: 'miro', status: 502, times: 10, body: { status: 502, code: 'badGateway', message: 'Bad gateway', type: 'error' } });
    const result = await cli(['read', BOARD_LINK]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cjm: ${BOARD_LINK}: the Miro API keeps failing (502: Bad gateway, 4 tries): try again later\n`);
  });

  it('retries an answer cut off mid-body, and one whose JSON ends early', async () => {
    api.faults.push({ api: 'miro', truncate: true }, { api: 'miro', cutJson: true });
    const result = await cli(['read', BOARD_LINK, '--json', '--save', 'board.json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.written.get('board.json') ?? 'null')).toHaveLength(Math.ceil(items.length / 50));
  });

  it('says the answer broke off when it always does', async () => {
    api.faults.push({ api: 'miro', truncate: true, times: 10 });
    const result = await cli(['read', BOARD_LINK]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cjm: ${BOARD_LINK}: the answer of the Miro API broke off before its end (4 tries): check the network connection and try again\n`);
  });

  it('gives up a slow answer at the time limit, and retries it', async () => {
    api.faults.push({ api: 'miro', delayMs: 5000 });
    const once = await cli(['read', BOARD_LINK], { clock: virtualClock(300) });
    expect(once.code).toBe(0);

    api.faults.push({ api: 'miro', delayMs: 5000, times: 10 });
    const always = await cli(['read', BOARD_LINK], { clock: virtualClock(300) });
    expect(always.code).toBe(2);
    expect(always.stderr).toBe(`cjm: ${BOARD_LINK}: the Miro API did not answer within 0.3 s (4 tries): try again later, or allow more time with CJM_HTTP_TIMEOUT=SECONDS\n`);
  });

  it('waits for a slow answer within the time limit', async () => {
    api.faults.push({ api: 'miro', delayMs: 50 });
    const result = await cli(['read', BOARD_LINK], { clock: virtualClock(5000) });
    expect(result.code).toBe(0);
    expect(api.requestsTo('miro')).toHaveLength(Math.ceil(items.length / 50));
  });

  it('retries a dropped connection, and names an API it cannot reach', async () => {
    api.faults.push({ api: 'miro', reset: true });
    expect((await cli(['read', BOARD_LINK])).code).toBe(0);

    const closed = api.url;
    await api.close();
    const result = await runRemote(['read', BOARD_LINK], { env: env({ CJM_MIRO_API: closed }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cjm: ${BOARD_LINK}: cannot reach ${new URL(closed).host} (ECONNREFUSED, 4 tries): check the network connection\n`);
  });
});

describe('errors', () => {
  it('says the token was refused and which scope it needs, on 401', async () => {
    const result = await runRemote(['audit', BOARD_LINK], { env: env({ MIRO_TOKEN: 'expired-token-0000' }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `cjm: ${BOARD_LINK}: MIRO_TOKEN was refused by the Miro API (401: Authorization failed: the token is invalid or expired): it must be an access token of a Miro app with the boards:read scope (developers.miro.com: your app → 'Install app and get OAuth token')\n`,
    );
    expect(api.requestsTo('miro')).toHaveLength(1); // a refused token is not retried
  });

  it('names the missing scope on 403', async () => {
    api.tokens.set(MIRO_TOKEN, ['boards:write']);
    const result = await cli(['read', BOARD_LINK]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `cjm: ${BOARD_LINK}: no access to this board (403: Not enough permissions to perform this action): the token needs the boards:read scope, and its user must be able to open the board\n`,
    );
  });

  it('says a board was not found, on 404', async () => {
    const link = 'https://miro.com/app/board/uXjVGone00=/';
    const result = await cli(['read', link]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cjm: ${link}: board not found (404: Board uXjVGone00= not found): check the link, and that the token's user can open the board\n`);
  });

  it('asks for a token before sending anything', async () => {
    const result = await runRemote(['audit', BOARD_LINK], { env: { CJM_MIRO_API: api.url } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('reading this board needs a token: set MIRO_TOKEN to an access token of a Miro app with the boards:read scope');
    expect(result.stderr).toContain('or name another variable with --token-env NAME');
    expect(api.requests).toHaveLength(0);
  });

  it('refuses a link that is no board, and an API override that would send the token in the clear', async () => {
    const dashboard = await cli(['read', 'https://miro.com/app/dashboard/']);
    expect(dashboard.stderr).toBe('cjm: https://miro.com/app/dashboard/: not a Miro board link: expected https://miro.com/app/board/<board id>/ (open the board and copy its address)\n');
    const clear = await runRemote(['read', BOARD_LINK], { env: env({ CJM_MIRO_API: 'http://api.example.com' }) });
    expect(clear.code).toBe(2);
    expect(clear.stderr).toBe('cjm: CJM_MIRO_API: must be an https:// address (http:// only to 127.0.0.1 or localhost), so the token never travels unencrypted\n');
    expect(api.requests).toHaveLength(0);
  });

  it('audits the other boards when one link fails, and says which', async () => {
    const gone = 'https://miro.com/app/board/uXjVGone00=/';
    const result = await cli(['audit', BOARD_LINK, gone, '--format', 'md']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('uXjVKtest0=');
    expect(result.stdout).toContain('**Файл:**');
    expect(result.stdout).toContain('board not found (404');
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('checks --save against the inputs', async () => {
    const two = await cli(['audit', BOARD_LINK, 'https://miro.com/app/board/uXjVOther0=/', '--save', 'x.json']);
    expect(two.stderr).toBe("cjm audit: --save keeps one board; 2 links were given (run once per board) (see 'cjm audit --help')\n");
    const file = await cli(['read', 'board.json', '--save', 'x.json']);
    expect(file.stderr).toBe("cjm read: --save keeps what a board link returns; the inputs here are files already (see 'cjm read --help')\n");
    const unwritable = await cli(['read', BOARD_LINK, '--save', '/nonexistent/x.json']);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toBe('cjm: /nonexistent/x.json: cannot write (its folder does not exist)\n');
  });
});

describe('a board edited while it is read', () => {
  it('reads it again when the pages disagree, and gives the map of the board as it now is', async () => {
    const removed = byId(items).find((item) => item.type === 'sticky_note');
    let edited = false;
    api.onMiroPage = (_board, page) => {
      if (page !== 2 || edited || !removed) return;
      edited = true;
      // Someone deletes a sticky the first page already listed.
      const board = api.miroBoards.get(BOARD_ID) ?? [];
      board.splice(board.indexOf(removed), 1);
    };
    const removedText = String((removed?.data as { content?: string } | undefined)?.content).replace(/<[^>]+>/gu, '');
    const before = await cli(['read', 'by-hand.json', '--json'], { files: { 'by-hand.json': exportedByHand() } });
    expect(before.stdout).toContain(removedText);

    const live = await cli(['read', BOARD_LINK, '--json', '--save', 'board.json']);
    expect(live.code).toBe(0);
    expect(live.stderr).toBe(`cjm: ${BOARD_LINK}: warning: the board changed while its pages were read; reading it again (pass 2)\n`);
    expect(live.stdout).not.toContain(removedText);

    api.onMiroPage = undefined;
    const now = await cli(['read', 'by-hand.json', '--json'], { files: { 'by-hand.json': exportedByHand() } });
    expect(live.stdout).toBe(now.stdout);
    const offline = await cli(['read', 'board.json', '--json'], { files: { 'board.json': live.written.get('board.json') ?? '' } });
    expect(offline.stdout).toBe(live.stdout);
  });

  it('reads it again when an item is added behind the cursor', async () => {
    const template = items.find((item) => item.type === 'sticky_note');
    let added = false;
    api.onMiroPage = (_board, page) => {
      if (page !== 2 || added || !template) return;
      added = true;
      // An id that sorts before every listed one: the cursor has passed its place.
      (api.miroBoards.get(BOARD_ID) ?? []).push({ ...template, id: '1000000000000000001', data: { ...(template.data as object), content: '<p>Добавлено во время чтения</p>' } });
    };
    const live = await cli(['read', BOARD_LINK, '--json']);
    expect(live.code).toBe(0);
    expect(live.stderr).toContain('reading it again (pass 2)');
    expect(live.stdout).toContain('Добавлено во время чтения');
  });

  it('fails after a bounded number of passes when items keep changing between pages', async () => {
    api.miroOrder = 'modified';
    let edits = 0;
    api.onMiroPage = (_board, page) => {
      // On every pass someone edits a sticky the first page listed: it moves to the end of the
      // listing and is listed again, changed.
      if (page !== 2) return;
      const target = byModified(api.miroBoards.get(BOARD_ID) ?? []).find((item) => item.type === 'sticky_note');
      if (!target) return;
      edits++;
      target.modifiedAt = `2026-01-15T09:00:${String(edits).padStart(2, '0')}Z`;
      target.data = { ...(target.data as object), content: `<p>Правка ${edits}</p>` };
    };
    const result = await cli(['read', BOARD_LINK]);
    expect(result.code).toBe(2);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.slice(0, 2)).toEqual([
      `cjm: ${BOARD_LINK}: warning: the board changed while its pages were read; reading it again (pass 2)`,
      `cjm: ${BOARD_LINK}: warning: the board changed while its pages were read; reading it again (pass 3)`,
    ]);
    expect(lines[2]).toMatch(/: the board kept changing while it was read \(3 passes; item \d+ changed between pages\): read it again when nobody is editing it$/u);
    expect(lines).toHaveLength(3);
    expect(edits).toBe(3);
    expect(api.requestsTo('miro')).toHaveLength(3 * Math.ceil(items.length / 50));
  });

  it('reads a board edited once under an offset cursor exactly, on the second pass', async () => {
    api.miroOrder = 'modified';
    const moving = byModified(items).find((item) => item.type === 'sticky_note');
    let edited = false;
    api.onMiroPage = (_board, page) => {
      if (page !== 2 || edited || !moving) return;
      edited = true;
      moving.modifiedAt = '2026-01-15T09:00:00Z';
      moving.data = { ...(moving.data as object), content: '<p>Правка во время чтения</p>' };
    };
    const result = await cli(['read', BOARD_LINK, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('reading it again (pass 2)');
    expect(result.stdout).toContain('Правка во время чтения');
  });

  it('accepts a board whose count alone keeps moving, with a warning', async () => {
    let next = 0;
    api.onMiroPage = (_board, page) => {
      if (page !== 2) return;
      // A note added behind the cursor on every pass: listed items stay true, the count grows.
      const template = items.find((item) => item.type === 'sticky_note');
      if (!template) return;
      const board = api.miroBoards.get(BOARD_ID) ?? [];
      board.push({ ...template, id: `1${String(next++).padStart(18, '0')}` });
    };
    const result = await cli(['read', BOARD_LINK]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: the board kept changing through 3 passes; the map is read as the last pass found it');
  });
});

describe('the token', () => {
  it('appears in no output, no saved file and no error, even when the API echoes it', async () => {
    api.echoToken = true;
    const read = await cli(['read', BOARD_LINK, '--json', '--save', 'board.json'], { ttyStderr: true });
    expect(read.code).toBe(0);
    expect(read.written.get('board.json')).toContain('[token removed]');
    const audit = await cli(['audit', BOARD_LINK, '--format', 'md']);
    api.faults.push({ api: 'miro', status: 400, body: { status: 400, code: 'invalid', message: `bad header Bearer ${MIRO_TOKEN}`, type: 'error' } });
    const error = await cli(['read', BOARD_LINK]);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('bad header Bearer [token removed]');
    for (const run of [read, audit, error]) expect(run.everything).not.toContain(MIRO_TOKEN);
  });
});
