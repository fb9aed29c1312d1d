import { describe, expect, it } from 'vitest';
import type { SceneNode } from '@figma/plugin-typings/plugin-api-standalone';
import { createMapFromTemplate } from '../../core/index.ts';
import { generateMap } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';

/**
 * Someone else edits the page while a map is generated, then the run fails (issue #10): what the
 * run made goes — also a node of it a person moved or deleted — and a person's node dropped into
 * the new container meanwhile stays on the page, where they put it.
 */

const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
const noYield = () => Promise.resolve();

/** The run's container once it exists (the first SECTION or FRAME made on the page). */
function containerOf(fake: ReturnType<typeof createFakeFigma>, before: ReadonlySet<string>): SceneNode | undefined {
  return fake.figma.currentPage.children.find((node) => !before.has(node.id) && (node.type === 'SECTION' || node.type === 'FRAME'));
}

describe('a person edits the page mid-generation, then a step fails', () => {
  for (const editor of ['figjam', 'figma'] as const) {
    it(`${editor}: their node dropped into the new container stays, in place; the rest is removed`, async () => {
      const fake = createFakeFigma({ editor });
      const theirs = fake.person.addText('my idea', { x: 200, y: 200 });
      const existing = new Set([theirs.id]);
      let dropped = false;
      await expect(
        generateMap(fake.figma, map, {
          yieldToEditor: noYield,
          origin: { x: 0, y: 0 },
          onProgress: (_done, _total, phase) => {
            if (phase !== 'write' || dropped) return;
            const container = containerOf(fake, existing);
            if (!container) return;
            fake.person.dropInto(theirs.id, container.id);
            dropped = true;
            fake.faults.failAt(3);
          },
        }),
      ).rejects.toThrow(/Injected failure/u);
      expect(dropped).toBe(true);
      const left = fake.describe();
      expect(left.map((node) => node.text ?? node.name)).toEqual(['my idea']);
      expect(theirs.removed).toBe(false);
      expect(theirs.parent?.type).toBe('PAGE');
      expect(theirs.absoluteBoundingBox?.x).toBe(200);
      expect(theirs.absoluteBoundingBox?.y).toBe(200);
    });
  }

  it('a node of the run deleted or moved out by a person: the rollback takes the rest and does not fail', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    const before = fake.describe();
    const existing = new Set<string>();
    let edited = false;
    const failure = await generateMap(fake.figma, map, {
      yieldToEditor: noYield,
      onProgress: (done, _total, phase) => {
        if (phase !== 'write' || edited || done < 10) return;
        const container = containerOf(fake, existing);
        if (!container || !('children' in container)) return;
        const [first, second] = container.children;
        if (!first || !second) return;
        fake.person.remove(first.id);
        fake.person.moveTo(second.id, -5000, -5000);
        edited = true;
        fake.faults.failAt(2);
      },
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(edited).toBe(true);
    expect(String(failure)).toMatch(/Injected failure/u);
    expect((failure as Error).name).not.toBe('PlanRollbackError');
    expect(fake.describe()).toEqual(before);
  });
});
