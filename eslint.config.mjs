// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports core may not make: it stays platform-neutral (STYLE.md, "Applied to this project" 1). */
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
    files: [
      'cli/**/*.ts',
      'bench/**/*.ts',
      'miro-app/**/*.{ts,tsx}',
      'figma-plugin/**/*.{ts,tsx}',
      'ui/**/*.{ts,tsx}',
      'playground/**/*.{ts,tsx}',
      'test/**/*.{ts,tsx}',
    ],
    ignores: ['test/core/**', 'test/support/**', 'test/fixtures/**', 'test/architecture.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: deepCoreImports }],
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
