// Builds everything into dist/ with one command: `node esbuild.config.mjs`.
//   dist/cjm.mjs    the `cjm` command line (Node)
//   dist/bench.mjs  the benchmark behind `npm run bench`
//   dist/core.mjs   core as one ES module, for anyone embedding it
// The Miro app and the Figma plugin add their entries here as they land.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

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

await Promise.all(builds.map((options) => build(options)));
