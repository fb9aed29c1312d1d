import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMapFromTemplate } from '../../core/index.ts';
import { auditBoard, generateMap, removeAbandonedRun, storageJournal } from '../../miro-app/adapter/index.ts';
import type { JournalStorage } from '../../miro-app/adapter/index.ts';
import { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';

/**
 * The panel closed mid-generation (issue #10): the page running the run dies, its rollback never
 * comes. The run's journal (in the panel's localStorage) lets the next run take back what it
 * left — the app's own items only; a person's item in the half-made frame stays.
 */

const listing = JSON.parse(readFileSync(new URL('../../examples/miro-board-ru.json', import.meta.url), 'utf8')) as unknown;
const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
const origin = { x: 30_000, y: 0 };

const MINUTE = 60_000;
/** The killed page's journal, written at time 0. */
const killedPage = (storage: JournalStorage) => storageJournal(storage, 'run:board-1', { owner: 'page-1', now: () => 0 });
/** The panel opened again later: another page, `minutes` on. */
const laterPage = (storage: JournalStorage, minutes = 20) => storageJournal(storage, 'run:board-1', { owner: 'page-2', now: () => minutes * MINUTE });

function memoryStorage(): JournalStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

/** Starts a generation and kills the panel page once `at` items exist; resolves when it is dead. */
async function killedRun(fake: FakeMiro, storage: JournalStorage, at: number): Promise<void> {
  let killed = false;
  void generateMap(fake.board, map, {
    origin,
    journal: killedPage(storage),
    onProgress: (done) => {
      if (done >= at && !killed) {
        killed = true;
        fake.killPage();
      }
    },
  });
  for (let i = 0; i < 200 && !killed; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(killed).toBe(true);
}

describe('the panel closed mid-generation', () => {
  for (const at of [1, 20, 60]) {
    it(`after ${at} items: the next generation first removes the half map, then draws a whole one`, async () => {
      const fake = new FakeMiro();
      loadMiroRest(fake, listing);
      const before = fake.dump();
      const storage = memoryStorage();
      await killedRun(fake, storage, at);
      // Half a map is on the board, and the journal knows it.
      expect([...fake.state.items.values()].some((item) => item.madeBy === 'app')).toBe(true);
      expect(storage.data.size).toBe(1);

      fake.reopen();
      // Another tab's run is not taken back while it may still be going…
      expect(await removeAbandonedRun(fake.board, laterPage(storage, 5))).toBe(0);
      expect(storage.data.size).toBe(1);
      // …but once its journal is stale, it is.
      const removed = await removeAbandonedRun(fake.board, laterPage(storage));
      expect(removed).toBeGreaterThanOrEqual(at);
      expect(fake.dump()).toEqual(before);
      expect(storage.data.size).toBe(0);
    });
  }

  it("a person's sticky dropped into the half-made frame stays; the next run cleans up and completes", async () => {
    const fake = new FakeMiro();
    const storage = memoryStorage();
    await killedRun(fake, storage, 30);
    fake.reopen();
    const theirs = fake.person.addSticky('mine', { x: origin.x + 50, y: origin.y + 50 });
    expect(fake.state.items.get(theirs)?.parentId).not.toBeNull();
    const made = await generateMap(fake.board, map, { origin: { x: 60_000, y: 0 }, journal: laterPage(storage) });
    const kept = fake.state.items.get(theirs);
    expect(kept?.parentId).toBeNull();
    expect(kept?.content).toBe('<p>mine</p>');
    // Only the new, whole map and the person's sticky are left.
    expect(fake.state.items.size).toBe(made.itemIds.length + 1);
    expect(storage.data.size).toBe(0);
    const audit = await auditBoard(fake.board);
    expect(audit.maps).toHaveLength(1);
  });

  it('a complete map is never taken back, even if its journal was left', async () => {
    const fake = new FakeMiro();
    const storage = memoryStorage();
    const made = await generateMap(fake.board, map, { origin, journal: killedPage(storage) });
    expect(storage.data.size).toBe(0);
    // As if the page died between saving the map's record and clearing the journal.
    killedPage(storage).write(made.itemIds);
    expect(await removeAbandonedRun(fake.board, laterPage(storage))).toBe(0);
    expect(fake.state.items.size).toBe(made.itemIds.length);
  });

  it("this page's own journal is never taken back: its run is the one going on", async () => {
    const fake = new FakeMiro();
    const storage = memoryStorage();
    const mine = storageJournal(storage, 'run:board-1', { owner: 'page-1', now: () => 60 * MINUTE });
    let removed = -1;
    await generateMap(fake.board, map, {
      origin,
      journal: mine,
      onProgress: (done) => {
        if (done === 30) void removeAbandonedRun(fake.board, mine).then((n) => (removed = n));
      },
    });
    expect(removed).toBe(0);
  });

  it('an empty journal costs no call', async () => {
    const fake = new FakeMiro();
    expect(await removeAbandonedRun(fake.board, storageJournal(memoryStorage(), 'k'))).toBe(0);
    expect(fake.calls).toHaveLength(0);
  });
});
