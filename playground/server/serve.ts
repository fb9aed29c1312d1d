/**
 * `npm start`: serves the built Miro app, the Figma plugin and the playground with Node's own
 * `http` on http://localhost:3000 (Miro's development convention: the manifest's `sdkUri`), or
 * the next free port when 3000 is taken. Nothing is fetched from the network.
 *
 *   node dist/serve.mjs [--port N]      (PORT=N works too)
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveRoute, toPlaygroundPanel } from './routes.ts';

/** How many ports after the wanted one are tried before the system picks any free one. */
const PORT_TRIES = 10;

/** Serves `root` (the repository: `dist/` and `examples/` under it); resolves once listening. */
export async function startServer(root: string, wantedPort: number): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const route = resolveRoute(root, request.url ?? '/');
    if (!route || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(route ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(route ? 'Method not allowed\n' : 'Not found\n');
      return;
    }
    readFile(route.file).then(
      (bytes) => {
        const body = route.playgroundPanel ? toPlaygroundPanel(bytes.toString('utf8')) : bytes;
        // No caching: after `npm run build` a reload shows the new build.
        response.writeHead(200, { 'content-type': route.contentType, 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found (did `npm run build` run?)\n'),
    );
  });
  for (let attempt = 0; attempt <= PORT_TRIES; attempt++) {
    const port = attempt === PORT_TRIES ? 0 : wantedPort + attempt;
    const listening = await new Promise<number | undefined>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(undefined) : reject(error));
      server.once('error', onError);
      server.listen(port, 'localhost', () => {
        server.off('error', onError);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
    if (listening !== undefined) return { server, port: listening };
  }
  throw new Error('no free port found');
}

function portFromArgs(argv: readonly string[]): number {
  const flag = argv.indexOf('--port');
  const raw = flag >= 0 ? argv[flag + 1] : process.env.PORT;
  const port = raw === undefined ? 3000 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected a port number, got "${raw}"`);
  return port;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  // dist/serve.mjs → the repository is one folder up.
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const wanted = portFromArgs(process.argv.slice(2));
    const { port } = await startServer(root, wanted);
    const base = `http://localhost:${port}`;
    if (port !== wanted) console.log(`Port ${wanted} is taken; using ${port}.`);
    console.log(`cjm-kit is served on ${base}/`);
    console.log(`  Playground (no Miro or Figma account needed): ${base}/playground/`);
    console.log(`  Miro app: ${base}/ (sdkUri in miro-app/app-manifest.yaml), panel ${base}/app.html`);
    console.log(`  Figma plugin: import dist/figma-plugin/manifest.json in Figma (Plugins → Development)`);
    console.log('Stop with Ctrl+C.');
  } catch (error) {
    console.error(`cjm-kit: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
