import { describe, expect, it } from 'vitest';
import { FREE_SPACE_GAP } from '../../core/index.ts';
import type { Rect } from '../../core/index.ts';
import { FakeMiro } from '../../miro-app/fake/index.ts';
import { generate } from '../../miro-app/panel/engine.ts';

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const options = () => ({ signal: new AbortController().signal, onProgress: () => undefined });
const request = { source: { kind: 'template', templateId: 'loyalty', examples: true }, locale: 'ru', title: '', persona: '' } as const;

/** The panel places new maps by core's `findFreeOrigin`, the rule the Figma plugin uses too. */
describe('Miro panel: where a new map goes', () => {
  function frameRect(fake: FakeMiro): Rect {
    const frame = [...fake.state.items.values()].find((record) => record.type === 'frame' && record.madeBy === 'app');
    if (!frame) throw new Error('no map frame');
    return fake.state.absoluteRect(frame);
  }

  it('centres the map on the view when that is free', async () => {
    const fake = new FakeMiro();
    fake.person.setViewport({ x: 4000, y: 2000, width: 1920, height: 1080 });
    await generate(fake.board, request, options());
    const box = frameRect(fake);
    expect(Math.abs(box.x + box.width / 2 - (4000 + 960))).toBeLessThanOrEqual(1);
    expect(Math.abs(box.y + box.height / 2 - (2000 + 540))).toBeLessThanOrEqual(1);
  });

  it('moves the map right past what a person put in the view, clear of it by the shared gap', async () => {
    const fake = new FakeMiro();
    const view = { x: -960, y: -540, width: 1920, height: 1080 };
    fake.person.setViewport(view);
    const ids = [fake.person.addSticky('идея', { x: 0, y: 0 }), fake.person.addSticky('ещё идея', { x: 900, y: 200 })];
    await generate(fake.board, request, options());
    const box = frameRect(fake);
    const grown = { x: box.x - FREE_SPACE_GAP, y: box.y - FREE_SPACE_GAP, width: box.width + 2 * FREE_SPACE_GAP, height: box.height + 2 * FREE_SPACE_GAP };
    const mine = ids.map((id) => fake.state.absoluteRect(fake.state.items.get(id) as never));
    expect(mine.filter((r) => overlaps(r, grown))).toEqual([]);
    // Same band as the view: only moved sideways.
    expect(Math.abs(box.y + box.height / 2)).toBeLessThanOrEqual(1);
    // And no further than that (the adapter rounds the frame's centre to whole units).
    expect(Math.abs(box.x - (Math.max(...mine.map((r) => r.x + r.width)) + FREE_SPACE_GAP))).toBeLessThanOrEqual(1);
  });
});
