// The browser builds: the Miro app, the Figma plugin and the playground. esbuild.config.mjs
// builds them into dist/; test/bundle-size.test.ts builds them into a temporary folder and weighs
// what each ships, so the budgets are measured on exactly what `npm run build` produces.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { purgeCss } from './purge-css.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = (path) => join(root, path);

/**
 * core has no module-level side effects (it is pure by design: docs/architecture.md, *Core is
 * platform-neutral*), but esbuild cannot know that zod schema calls at module level are pure. Saying so
 * lets a panel that imports two functions from core/index.ts ship only those.
 */
export const coreIsPure = {
  name: 'core-is-pure',
  setup(b) {
    b.onResolve({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith('.')) return undefined;
      const path = resolve(args.resolveDir, args.path);
      return path.startsWith(at('core') + '/') ? { path, sideEffects: false } : undefined;
    });
  },
};

/** Every source text of these folders (or files), for the CSS purge to find the class names used. */
function sourcesOf(...paths) {
  const out = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (!statSync(path).isDirectory()) {
      if (/\.(tsx?|html)$/u.test(path)) out.push(readFileSync(path, 'utf8'));
      return;
    }
    for (const entry of readdirSync(path)) walk(join(path, entry));
  };
  paths.forEach((path) => walk(at(path)));
  return out;
}

/** Mirotone without its remote font @import and without the rules the panel never uses. */
const purgeMirotone = {
  name: 'purge-mirotone',
  setup(b) {
    b.onLoad({ filter: /mirotone[\\/]dist[\\/]styles\.css$/ }, (args) => ({
      contents: purgeCss(readFileSync(args.path, 'utf8'), sourcesOf('ui', 'miro-app/panel', 'miro-app/app.html')),
      loader: 'css',
    }));
  },
};

const browser = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [coreIsPure],
  jsx: 'automatic',
  jsxImportSource: 'preact',
};

/** True when every source file exists (a checkout that lacks a part still builds the rest). */
const have = (...paths) => paths.every((path) => existsSync(at(path)));

/**
 * The Miro app into `outdir`: index.html + index.js (headless), app.html + app.js + app.css (the
 * panel; its engine, core and the adapter, is a chunk the panel loads on first use), the manifest.
 */
export async function buildMiroApp(outdir) {
  if (!have('miro-app/index.ts', 'miro-app/panel/main.tsx')) return;
  mkdirSync(outdir, { recursive: true });
  await Promise.all([
    build({ ...browser, entryPoints: ['miro-app/index.ts'], outfile: join(outdir, 'index.js'), format: 'iife', target: 'es2020' }),
    build({ ...browser, entryPoints: { app: 'miro-app/panel/main.tsx' }, outdir, format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]', target: 'es2020' }),
    build({ ...browser, entryPoints: { app: 'miro-app/panel/app.css' }, outdir, plugins: [purgeMirotone] }),
  ]);
  for (const file of ['index.html', 'app.html', 'app-manifest.yaml']) copyFileSync(at(join('miro-app', file)), join(outdir, file));
}

/**
 * The Figma plugin into `outdir`: manifest.json, main.js for the sandbox (es2017, no DOM, no
 * Node: docs/architecture.md, *Build targets*) and ui.html, one file with the UI's script and styles
 * inlined (Figma loads the UI from one string, `__html__`).
 */
export async function buildFigmaPlugin(outdir) {
  mkdirSync(outdir, { recursive: true });
  const tasks = [];
  if (have('figma-plugin/manifest.json')) copyFileSync(at('figma-plugin/manifest.json'), join(outdir, 'manifest.json'));
  if (have('figma-plugin/main.ts')) {
    tasks.push(
      build({
        ...browser,
        platform: 'neutral',
        mainFields: ['module', 'main'],
        target: 'es2017',
        format: 'iife',
        entryPoints: ['figma-plugin/main.ts'],
        outfile: join(outdir, 'main.js'),
      }),
    );
  }
  if (have('figma-plugin/ui/main.tsx')) tasks.push(buildFigmaUi(outdir));
  await Promise.all(tasks);
}

/** Inlines the UI's script and styles into figma-plugin/ui/ui.html. */
async function buildFigmaUi(outdir) {
  const [script, styles] = await Promise.all([
    build({ ...browser, entryPoints: ['figma-plugin/ui/main.tsx'], format: 'iife', target: 'es2017', write: false, outfile: 'ui.js' }),
    build({ ...browser, entryPoints: ['figma-plugin/ui/figma-theme.css'], write: false, outfile: 'ui.css' }),
  ]);
  // A `</script` inside the script (a string in a dependency) would end the element early.
  const js = script.outputFiles[0].text.replace(/<\/script/giu, '<\\/script');
  const css = styles.outputFiles[0].text.replace(/<\/style/giu, '<\\/style');
  const template = readFileSync(at('figma-plugin/ui/ui.html'), 'utf8');
  // Function replacers: `$&` and friends inside the bundle must not be read as patterns.
  writeFileSync(join(outdir, 'ui.html'), template.replace('/*__CJM_STYLES__*/', () => css).replace('/*__CJM_SCRIPT__*/', () => js));
}
