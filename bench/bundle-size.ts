/**
 * Gzipped sizes of what each panel ships, from the built dist/ (`node esbuild.config.mjs`):
 * the Miro panel's first load (app.html, app.js, app.css — its engine loads on first use and is
 * listed apart), the Figma UI (one ui.html) and the Figma main thread (main.js).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of each bundle (level 9, as the budget tests measure). */
export interface BundleGzipBytes {
  readonly miroPanel: number;
  readonly miroEngine: number;
  readonly figmaUi: number;
  readonly figmaMain: number;
}

const gzipped = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** Reads the sizes from `dist/` under the current directory. */
export function bundleGzipBytes(dist = resolve(process.cwd(), 'dist')): BundleGzipBytes {
  const miro = join(dist, 'miro-app');
  const figma = join(dist, 'figma-plugin');
  const need = (path: string) => {
    if (!existsSync(path)) throw new Error(`bench: ${path} is missing; run \`node esbuild.config.mjs\` first (found: ${existsSync(figma) ? readdirSync(figma).join(', ') : 'nothing'})`);
    return path;
  };
  return {
    miroPanel: gzipped(need(join(miro, 'app.html'))) + gzipped(need(join(miro, 'app.js'))) + gzipped(need(join(miro, 'app.css'))),
    miroEngine: gzipped(need(join(miro, 'engine.js'))),
    figmaUi: gzipped(need(join(figma, 'ui.html'))),
    figmaMain: gzipped(need(join(figma, 'main.js'))),
  };
}
