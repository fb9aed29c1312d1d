// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import * as figmaPlugins from '@figma/eslint-plugin-figma-plugins';

/** Imports core may not make: it stays platform-neutral (docs/architecture.md, *Core is platform-neutral*). */
const platformImports = [
  { group: ['preact', 'preact/*'], message: 'core is UI-free: Preact belongs to the panels.' },
  { group: ['node:*', 'fs', 'path', 'process'], message: 'core runs in browsers and plugin sandboxes: no Node APIs.' },
  { group: ['@mirohq/*', '@figma/plugin-typings'], message: 'core knows no platform SDK: adapters live in miro-app/ and figma-plugin/.' },
  { group: ['**/miro-app/**', '**/figma-plugin/**', '**/cli/**'], message: 'core may not import the layers above it.' },
];

/**
 * Everything outside core reaches it through `core/index.ts`, its one public API: a deep import
 * would make an internal file part of the API without anyone deciding so. Core's own tests
 * (test/core, test/support) test the internals and may import them.
 */
const deepCoreImports = [
  {
    group: ['**/core/**', '!**/core/index.ts'],
    message: 'Import core through core/index.ts (its public API); if something is missing there, export it from core/index.ts.',
  },
];

/** The shared panel knows no platform: each plugin wires its own (docs/architecture.md, *One public API*). */
const uiImports = [
  { group: ['**/miro-app/**', '**/figma-plugin/**', '**/playground/**', '**/cli/**'], message: 'ui/ is shared by both panels: it may import core, never a plugin, the playground or the CLI.' },
  { group: ['@mirohq/*', '@figma/*'], message: 'ui/ knows no platform SDK: the plugin that uses it wires its platform.' },
  { group: ['node:*'], message: 'ui/ runs in a browser panel: no Node APIs.' },
];

/** A plugin may import core and ui/, never the other plugin. These blocks come after the deep-import block and repeat its patterns: a later block's options replace an earlier one's. */
const miroImports = [{ group: ['**/figma-plugin/**', '@figma/*'], message: 'The Miro app never imports the Figma plugin: share through core or ui/.' }];
const figmaImports = [{ group: ['**/miro-app/**', '@mirohq/*'], message: 'The Figma plugin never imports the Miro app: share through core or ui/.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: platformImports }],
      'no-restricted-globals': ['error', 'window', 'document', 'miro', 'figma', 'fetch', 'process', 'setTimeout', 'setInterval'],
      'no-console': 'error',
    },
  },
  {
    // The Figma plugin: Figma's own typed rules (deprecated sync APIs under dynamic-page,
    // dynamic-page-only patterns, awaited async calls).
    files: ['figma-plugin/**/*.ts'],
    plugins: { '@figma/figma-plugins': figmaPlugins },
    rules: { ...figmaPlugins.flatConfigs.recommended.rules },
  },
  {
    // Everything above core reaches it through core/index.ts only. (One block per area: a later
    // 'no-restricted-imports' replaces an earlier one, so each area lists all its patterns.)
    files: ['cli/**/*.ts', 'bench/**/*.ts', 'playground/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    ignores: ['test/core/**', 'test/support/**', 'test/fixtures/**', 'test/architecture.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: deepCoreImports }] },
  },
  {
    files: ['ui/**/*.ts', 'ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiImports, ...deepCoreImports] }],
      'no-restricted-globals': ['error', 'miro', 'figma', 'parent'],
    },
  },
  {
    files: ['miro-app/**/*.ts', 'miro-app/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...miroImports, ...deepCoreImports] }] },
  },
  {
    files: ['figma-plugin/**/*.ts', 'figma-plugin/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...figmaImports, ...deepCoreImports] }] },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
