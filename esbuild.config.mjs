// Builds everything into dist/ with one command: `node esbuild.config.mjs`.
//   dist/cjm.mjs           the `cjm` command line (Node)
//   dist/bench.mjs         the benchmark behind `npm run bench`
//   dist/core.mjs          core as one ES module, for anyone embedding it
//   dist/serve.mjs         the `npm start` server (playground/serve.ts)
//   dist/miro-app/         the Miro app (scripts/build/browser-targets.mjs)
//   dist/figma-plugin/     the Figma plugin, its UI inlined into one ui.html
//   dist/playground/       the playground's page and the fakes it draws
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { buildFigmaPlugin, buildMiroApp } from './scripts/build/browser-targets.mjs';

const node = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
};

const builds = [
  { ...node, entryPoints: ['cli/main.ts'], outfile: 'dist/cjm.mjs', banner: { js: '#!/usr/bin/env node' } },
  { ...node, entryPoints: ['bench/run.ts'], outfile: 'dist/bench.mjs' },
  { ...node, entryPoints: ['playground/serve.ts'], outfile: 'dist/serve.mjs' },
  {
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    target: 'es2020',
    minify: true,
    entryPoints: ['core/index.ts'],
    outfile: 'dist/core.mjs',
    logLevel: 'warning',
  },
].filter((options) => options.entryPoints.every((entry) => existsSync(entry)));

await Promise.all([...builds.map((options) => build(options)), buildMiroApp('dist/miro-app'), buildFigmaPlugin('dist/figma-plugin')]);
