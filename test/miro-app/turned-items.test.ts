import { describe, expect, it } from 'vitest';
import { importMiroRest } from '../../core/index.ts';
import { snapshotBoard } from '../../miro-app/adapter/index.ts';
import { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';

/**
 * Turned items (docs/miro-web-sdk.md, "Coordinates"): the Web SDK gives `rotation` apart from the
 * unturned `width`/`height`, as REST does; the live snapshot covers the same box as the REST
 * import of the same board.
 */
const listing = {
  data: [
    // A lane label written up a tall strip: 600 × 60 unturned, turned a quarter.
    { id: '1', type: 'text', data: { content: '<p>Онлайн</p>' }, position: { x: -400, y: 0, origin: 'center', relativeTo: 'canvas_center' }, geometry: { width: 600, height: 60, rotation: 270 } },
    { id: '2', type: 'shape', data: { content: '<p>Website</p>', shape: 'rectangle' }, position: { x: 0, y: 0, origin: 'center', relativeTo: 'canvas_center' }, geometry: { width: 200, height: 100, rotation: 45 } },
    { id: '3', type: 'shape', data: { content: '<p>Store</p>', shape: 'rectangle' }, position: { x: 300, y: 0, origin: 'center', relativeTo: 'canvas_center' }, geometry: { width: 200, height: 100, rotation: 180 } },
  ],
  total: 3,
  size: 3,
};

describe('turned Miro items', () => {
  it('are read as the box they cover on the board, live as from the REST export', async () => {
    const fake = new FakeMiro();
    loadMiroRest(fake, listing);
    const live = await snapshotBoard(fake.board);
    const rest = importMiroRest(listing);
    const rects = (items: readonly { id: string; rect: { x: number; y: number; width: number; height: number } }[]) =>
      Object.fromEntries(items.map((item) => [item.id, [item.rect.x, item.rect.y, item.rect.width, item.rect.height].map((v) => Math.round(v))]));
    expect(rects(live.items)).toEqual(rects(rest.items));
    expect(rects(live.items)['1']).toEqual([-430, -300, 60, 600]);
    // 45°: (200 + 100) × √½ each way; half a turn: the same box.
    expect(rects(live.items)['2']).toEqual([-106, -106, 212, 212]);
    expect(rects(live.items)['3']).toEqual([200, -50, 200, 100]);
  });

  it('keep their turn on the fake as the SDK gives it, and a person turning one is seen by the next snapshot', async () => {
    const fake = new FakeMiro();
    const label = await fake.board.createText({ content: '<p>Офлайн</p>', x: 0, y: 0, width: 400 });
    expect((label as { rotation?: number }).rotation).toBe(0);
    const before = (await snapshotBoard(fake.board)).items[0]?.rect;
    Object.assign(label, { rotation: 90 });
    await (label as unknown as { sync(): Promise<void> }).sync();
    const after = (await snapshotBoard(fake.board)).items[0]?.rect;
    expect([before?.width, after?.height]).toEqual([400, 400]);
    expect(after?.width).toBe(before?.height);
  });
});
