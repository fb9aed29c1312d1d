import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findGapCells } from '../../core/index.ts';
import { auditBoard, placeGapMarkers, removeGapMarkers } from '../../miro-app/adapter/index.ts';
import { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';

/**
 * Gap markers when someone else edits the board between the audit's read and the marker write or
 * removal (issue #10): nothing a person made is changed or removed, and what the app leaves is
 * cleaned by the next audit's removal.
 */

const listing = JSON.parse(readFileSync(new URL('../../examples/miro-board-ru.json', import.meta.url), 'utf8')) as unknown;

async function boardWithGaps() {
  const fake = new FakeMiro();
  loadMiroRest(fake, listing);
  const audit = await auditBoard(fake.board);
  const cells = audit.maps.flatMap((m) => findGapCells(m.reading));
  expect(cells.length).toBeGreaterThan(2);
  const before = (fake.dump() as { items: unknown }).items;
  return { fake, cells, before };
}

afterEach(() => {
  vi.useRealTimers();
});

const itemsOf = (fake: FakeMiro) => (fake.dump() as { items: unknown }).items;

describe('gap markers and a person editing meanwhile', () => {
  it('a marker a person deleted before the removal: the rest go, no error', async () => {
    const { fake, cells, before } = await boardWithGaps();
    const ids = await placeGapMarkers(fake.board, cells);
    const gone = ids[1];
    if (gone === undefined) throw new Error('no marker');
    fake.person.remove(gone);
    expect(await removeGapMarkers(fake.board)).toBe(ids.length - 1);
    expect(itemsOf(fake)).toEqual(before);
  });

  it('a marker a person moved elsewhere is still the app’s (its text unchanged): removed, nothing else', async () => {
    const { fake, cells, before } = await boardWithGaps();
    const ids = await placeGapMarkers(fake.board, cells);
    const moved = ids[0];
    if (moved === undefined) throw new Error('no marker');
    fake.person.move(moved, { x: -50_000, y: -50_000 });
    expect(await removeGapMarkers(fake.board)).toBe(ids.length);
    expect(itemsOf(fake)).toEqual(before);
  });

  it("a cell filled by a person after the audit's read: the marker lands beside their note, which is kept; the next removal takes only the markers", async () => {
    const { fake, cells } = await boardWithGaps();
    const cell = cells[0];
    if (!cell) throw new Error('no cell');
    const theirs = fake.person.addSticky('Telegram', { x: cell.rect.x + 20, y: cell.rect.y + 20 });
    const theirsBefore = structuredClone(fake.state.items.get(theirs));
    const ids = await placeGapMarkers(fake.board, cells);
    expect(ids).toHaveLength(cells.length);
    expect(await removeGapMarkers(fake.board)).toBe(ids.length);
    expect(fake.state.items.get(theirs)).toEqual(theirsBefore);
    for (const id of ids) expect(fake.state.items.has(id)).toBe(false);
  });

  it('the frame holding the cells deleted by a person while markers are placed: all or none, nothing of the app left', async () => {
    const { fake, cells } = await boardWithGaps();
    const frame = [...fake.state.items.values()].find((item) => item.type === 'frame');
    if (!frame) throw new Error('no frame');
    let deleted = false;
    fake.failWhen((call) => {
      // Just before the first marker joins its frame, the person deletes the frame (with its content).
      if (!deleted && call.method === 'frame.add') {
        deleted = true;
        fake.person.remove(frame.id);
      }
      return undefined;
    });
    await expect(placeGapMarkers(fake.board, cells)).rejects.toThrow();
    expect(deleted).toBe(true);
    expect([...fake.state.items.values()].filter((item) => item.madeBy === 'app')).toEqual([]);
    // Nothing left to remove, and the removal says so without failing.
    expect(await removeGapMarkers(fake.board)).toBe(0);
  });

  it('a removal cut off half-way (removals fail for good): the next one removes the rest', async () => {
    const { fake, cells, before } = await boardWithGaps();
    const ids = await placeGapMarkers(fake.board, cells);
    vi.useFakeTimers();
    let broken = true;
    let removals = 0;
    // From the third removal on, every removal fails while `broken` — past every retry.
    fake.failWhen((call) => (broken && call.method === 'remove' && ++removals >= 3 ? new Error('Injected: network down') : undefined));
    const first = removeGapMarkers(fake.board).then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.runAllTimersAsync();
    expect(await first).toBeInstanceOf(Error);
    expect(removals).toBeGreaterThan(3);
    const left = ids.filter((id) => fake.state.items.has(id));
    expect(left.length).toBeGreaterThan(0);
    broken = false;
    vi.useRealTimers();
    expect(await removeGapMarkers(fake.board)).toBe(left.length);
    expect(itemsOf(fake)).toEqual(before);
  });
});
