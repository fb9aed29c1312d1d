import { describe, expect, it } from 'vitest';
import { createMapFromTemplate, readBoard } from '../../core/index.ts';
import { generateMap, snapshotPage } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import { generatedMapEssence } from '../support/generated-map-essence.ts';

const noYield = () => Promise.resolve();

describe('fonts: each loaded once, a missing one falls back', () => {
  it('FigJam loads Inter Medium once for a whole map', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    await generateMap(fake.figma, createMapFromTemplate('ecommerce', 'ru', { examples: true }), { yieldToEditor: noYield });
    expect(fake.fonts.loadCalls).toEqual(['Inter Medium']);
  });

  it('a design file loads Inter Regular and Inter Bold once each', async () => {
    const fake = createFakeFigma({ editor: 'figma' });
    await generateMap(fake.figma, createMapFromTemplate('ecommerce', 'en', { examples: true }), { yieldToEditor: noYield });
    expect([...fake.fonts.loadCalls].sort()).toEqual(['Inter Bold', 'Inter Regular']);
  });

  it('FigJam without Inter Medium writes in another Inter style, says so, and reads back the same', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    fake.fonts.makeMissing({ family: 'Inter', style: 'Medium' });
    const map = createMapFromTemplate('clinic', 'ru', { examples: true });
    const result = await generateMap(fake.figma, map, { yieldToEditor: noYield });
    expect(result.fontFallbacks).toEqual([{ wanted: { family: 'Inter', style: 'Medium' }, used: { family: 'Inter', style: 'Regular' } }]);
    // The missing font was tried once, the fallback loaded once.
    expect(fake.fonts.loadCalls).toEqual(['Inter Medium', 'Inter Regular']);
    expect(fake.figma.hasMissingFont).toBe(false);
    const reading = readBoard(await snapshotPage(fake.figma));
    expect(generatedMapEssence(reading.maps[0]?.map ?? map)).toEqual(generatedMapEssence(map));
  });

  it('a design file without Inter at all falls back to Roboto, keeping bold headings bold', async () => {
    const fake = createFakeFigma({ editor: 'figma' });
    for (const style of ['Regular', 'Medium', 'Semi Bold', 'Bold']) fake.fonts.makeMissing({ family: 'Inter', style });
    const result = await generateMap(fake.figma, createMapFromTemplate('loyalty', 'en'), { yieldToEditor: noYield });
    expect(result.fontFallbacks).toEqual(
      expect.arrayContaining([
        { wanted: { family: 'Inter', style: 'Regular' }, used: { family: 'Roboto', style: 'Regular' } },
        { wanted: { family: 'Inter', style: 'Bold' }, used: { family: 'Roboto', style: 'Bold' } },
      ]),
    );
    const loads = fake.fonts.loadCalls;
    expect(new Set(loads).size).toBe(loads.length);
  });

  it('with no usable font at all it fails before creating anything', async () => {
    const fake = createFakeFigma({ editor: 'figjam', fonts: [] });
    await expect(generateMap(fake.figma, createMapFromTemplate('loyalty', 'en'), { yieldToEditor: noYield })).rejects.toThrow(/No font could be loaded/u);
    expect(fake.nodeCount()).toBe(0);
  });
});
