import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * Size budgets for what the Miro panel and the Figma plugin will ship: core, minified. Sizes are
 * deterministic for a given lockfile, so they are asserted here (timings live in `npm run bench`).
 */
const CORE_BUDGET_BYTES = 260_000;
const ZOD_BUDGET_BYTES = 40_000;

describe('bundle size', () => {
  it('keeps core, minified, within budget and zod (mini) small inside it', async () => {
    const result = await build({
      entryPoints: ['core/index.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0];
    expect(output).toBeDefined();
    if (!output) return;
    const zodBytes = Object.entries(output.inputs)
      .filter(([path]) => path.startsWith('node_modules/zod/'))
      .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    expect(output.bytes).toBeLessThan(CORE_BUDGET_BYTES);
    expect(zodBytes).toBeGreaterThan(0);
    expect(zodBytes).toBeLessThan(ZOD_BUDGET_BYTES);
  });
});
