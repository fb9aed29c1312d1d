import { extname, join, normalize, sep } from 'node:path';

/** What a request path is served from: a file under `dist/` or `examples/`, maybe rewritten. */
export interface Route {
  /** Absolute path of the file. */
  readonly file: string;
  readonly contentType: string;
  /** `app.html` for the playground: Miro's SDK replaced by the playground's fake. */
  readonly playgroundPanel?: boolean;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** The address of Miro's SDK in app.html, and what the playground loads in its place. */
export const MIRO_SDK_URL = 'https://miro.com/app/static/sdk/v2/miro.js';
export const PLAYGROUND_SDK_URL = '/playground/miro-sdk-shim.js';

/**
 * Maps a request to a file, or `undefined` (404). The Miro app is served at the root, as its
 * manifest's `sdkUri` says: `/` its headless entry, `/app.html` its panel; `/playground/` the
 * playground; `/figma-plugin/…` the Figma plugin's files; `/examples/…` the example boards.
 * A path that would leave its folder (`..`, encoded or not) is refused.
 *
 * @param root the repository: `dist/` and `examples/` are under it.
 */
export function resolveRoute(root: string, url: string): Route | undefined {
  let path: string;
  let query: URLSearchParams;
  try {
    const parsed = new URL(url, 'http://localhost');
    path = decodeURIComponent(parsed.pathname);
    query = parsed.searchParams;
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const under = (dir: string, rest: string): string | undefined => {
    const base = join(root, dir);
    const file = normalize(join(base, rest));
    return file === base || file.startsWith(base + sep) ? file : undefined;
  };
  let file: string | undefined;
  if (path === '/' || path === '/index.html') file = under('dist/miro-app', 'index.html');
  else if (path === '/playground' || path === '/playground/') file = under('dist/playground', 'index.html');
  else if (path.startsWith('/playground/')) file = under('dist/playground', path.slice('/playground/'.length));
  else if (path.startsWith('/figma-plugin/')) file = under('dist/figma-plugin', path.slice('/figma-plugin/'.length));
  else if (path.startsWith('/examples/') && path.endsWith('.json')) file = under('examples', path.slice('/examples/'.length));
  else file = under('dist/miro-app', path.slice(1));
  if (!file) return undefined;
  const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  return path === '/app.html' && query.has('playground') ? { file, contentType, playgroundPanel: true } : { file, contentType };
}

/** app.html with Miro's SDK script replaced by the playground's fake (same page, same panel code). */
export function toPlaygroundPanel(html: string): string {
  if (!html.includes(MIRO_SDK_URL)) throw new Error(`app.html does not load ${MIRO_SDK_URL}: the playground cannot put its fake in its place`);
  return html.replace(MIRO_SDK_URL, PLAYGROUND_SDK_URL);
}
