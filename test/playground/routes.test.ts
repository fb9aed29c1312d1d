import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIRO_SDK_URL, PLAYGROUND_SDK_URL, resolveRoute, toPlaygroundPanel } from '../../playground/server/routes.ts';
import { startServer } from '../../playground/server/serve.ts';

describe('resolveRoute', () => {
  const root = '/repo';
  it('serves the Miro app at the root, the playground, the Figma plugin and the examples', () => {
    expect(resolveRoute(root, '/')).toEqual({ file: '/repo/dist/miro-app/index.html', contentType: 'text/html; charset=utf-8' });
    expect(resolveRoute(root, '/app.html')?.file).toBe('/repo/dist/miro-app/app.html');
    expect(resolveRoute(root, '/app.html')?.playgroundPanel).toBeUndefined();
    expect(resolveRoute(root, '/app.html?playground&latency=40')?.playgroundPanel).toBe(true);
    expect(resolveRoute(root, '/engine.js')?.contentType).toBe('text/javascript; charset=utf-8');
    expect(resolveRoute(root, '/playground/')?.file).toBe('/repo/dist/playground/index.html');
    expect(resolveRoute(root, '/playground')?.file).toBe('/repo/dist/playground/index.html');
    expect(resolveRoute(root, '/playground/playground.js')?.file).toBe('/repo/dist/playground/playground.js');
    expect(resolveRoute(root, '/figma-plugin/ui.html')?.file).toBe('/repo/dist/figma-plugin/ui.html');
    expect(resolveRoute(root, '/examples/miro-board-ru.json')?.file).toBe('/repo/examples/miro-board-ru.json');
  });

  it('refuses paths that leave their folder, encoded or not', () => {
    for (const url of ['/../package.json', '/..%2f..%2fetc/passwd', '/playground/../../package.json', '/examples/..%2f..%2fpackage.json', '/figma-plugin/%2e%2e/%2e%2e/x', '/a%00b', '/%E0%A4%A']) {
      const route = resolveRoute(root, url);
      if (route) expect(route.file.startsWith('/repo/dist/') || route.file.startsWith('/repo/examples/')).toBe(true);
    }
    // URL rules resolve `..` before routing: it never climbs out of dist/.
    expect(resolveRoute(root, '/examples/../package.json')?.file).toBe('/repo/dist/miro-app/package.json');
    expect(resolveRoute(root, '/%E0%A4%A')).toBeUndefined();
    expect(resolveRoute(root, '/examples/notes.txt')?.file).not.toBe('/repo/examples/notes.txt');
  });
});

describe('toPlaygroundPanel', () => {
  it('puts the fake where app.html loads Miro’s SDK, and refuses a page without it', () => {
    expect(toPlaygroundPanel(`<script src="${MIRO_SDK_URL}"></script>`)).toBe(`<script src="${PLAYGROUND_SDK_URL}"></script>`);
    expect(() => toPlaygroundPanel('<script src="other.js"></script>')).toThrow(/does not load/u);
  });
});

describe('startServer', () => {
  let root = '';
  let blocker: ReturnType<typeof createServer> | undefined;
  const servers: Server[] = [];
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cjm-serve-'));
    mkdirSync(join(root, 'dist/miro-app'), { recursive: true });
    writeFileSync(join(root, 'dist/miro-app/index.html'), '<p>headless</p>');
    writeFileSync(join(root, 'dist/miro-app/app.html'), `<script src="${MIRO_SDK_URL}"></script>`);
  });
  afterAll(async () => {
    for (const server of servers) await new Promise((done) => server.close(done));
    blocker?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the files, swaps the SDK for the playground, answers 404 and moves on from a taken port', async () => {
    blocker = createServer();
    const taken = await new Promise<number>((resolve) => blocker?.listen(0, 'localhost', () => resolve((blocker?.address() as { port: number }).port)));
    const { server, port } = await startServer(root, taken);
    servers.push(server);
    expect(port).not.toBe(taken);
    const get = (path: string) => fetch(`http://localhost:${port}${path}`);
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<p>headless</p>');
    expect(await (await get('/app.html')).text()).toContain(MIRO_SDK_URL);
    expect(await (await get('/app.html?playground')).text()).toContain(PLAYGROUND_SDK_URL);
    expect((await get('/nothing.js')).status).toBe(404);
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await fetch(`http://localhost:${port}/`, { method: 'POST' })).status).toBe(405);
  });
});
