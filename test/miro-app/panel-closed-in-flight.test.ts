import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMapFromTemplate } from '../../core/index.ts';
import { auditBoard, generateMap, removeAbandonedRun, storageJournal } from '../../miro-app/adapter/index.ts';
import type { JournalStorage } from '../../miro-app/adapter/index.ts';
import { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';
import type { FakeCall } from '../../miro-app/fake/index.ts';

/**
 * The panel closed while calls were in flight, and Miro carried them out with the answers lost
 * (docs/miro-web-sdk.md, "Closing the panel"): items the dead page never heard of. The journal
 * notes each create as it is sent, so the next run finds those too — by type and place, made
 * since the run began — and a map whose record was saved while its last adds were in flight is
 * kept only if every add was done.
 */

const listing = JSON.parse(readFileSync(new URL('../../examples/miro-board-ru.json', import.meta.url), 'utf8')) as unknown;
const origin = { x: 30_000, y: 0 };
const MINUTE = 60_000;

function memoryStorage(): JournalStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const killedPage = (storage: JournalStorage) => storageJournal(storage, 'run:board-1', { owner: 'page-1', now: () => 0 });
const laterPage = (storage: JournalStorage) => storageJournal(storage, 'run:board-1', { owner: 'page-2', now: () => 20 * MINUTE });

/**
 * Starts a generation and kills its page when the call `when` picks is sent: that call and the
 * ones in flight are carried out by Miro, their answers never come; nothing after is sent.
 */
async function killedRun(fake: FakeMiro, storage: JournalStorage, map: ReturnType<typeof createMapFromTemplate>, when: (call: FakeCall) => boolean): Promise<void> {
  let killed = false;
  fake.failWhen((call) => {
    if (!killed && when(call)) {
      killed = true;
      fake.killPage({ applyInFlight: true });
    }
    return undefined;
  });
  void generateMap(fake.board, map, { origin, journal: killedPage(storage) });
  for (let i = 0; i < 200 && !killed; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  // Let the dead page's last microtasks (the journal write) run, as the page would before dying.
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(killed).toBe(true);
  fake.reopen();
}

function appItems(fake: FakeMiro): number {
  return [...fake.state.items.values()].filter((record) => record.madeBy === 'app').length;
}

describe('the panel closed with creates in flight', () => {
  for (const map of [createMapFromTemplate('race-basic', 'en', { examples: true }), createMapFromTemplate('b2b-saas', 'ru', { examples: true })]) {
    it(`${map.title}: killed as the creates go out, no answer back — the next run finds every item and removes it`, async () => {
      const fake = new FakeMiro();
      loadMiroRest(fake, listing);
      const before = fake.dump();
      const storage = memoryStorage();
      // Killed as the 12th create is sent: 12 items are made, the page knows none of their ids.
      let creates = 0;
      await killedRun(fake, storage, map, (call) => call.method.startsWith('create') && ++creates === 12);
      expect(appItems(fake)).toBe(12);
      expect(storage.data.size).toBe(1);
      const removed = await removeAbandonedRun(fake.board, laterPage(storage));
      expect(removed).toBe(12);
      expect(fake.dump()).toEqual(before);
      expect(storage.data.size).toBe(0);
    });
  }

  it("a person's sticky dropped where the map was being drawn stays: only the sent creates are matched", async () => {
    const fake = new FakeMiro();
    const storage = memoryStorage();
    let creates = 0;
    await killedRun(fake, storage, createMapFromTemplate('b2b-saas', 'en', { examples: true }), (call) => call.method.startsWith('create') && ++creates === 30);
    const theirs = fake.person.addSticky('mine', { x: origin.x + 300, y: origin.y + 300 });
    await removeAbandonedRun(fake.board, laterPage(storage));
    expect([...fake.state.items.keys()]).toEqual([theirs]);
  });

  it('killed with the connector in flight: the connector is found by the dots it joins', async () => {
    const fake = new FakeMiro();
    loadMiroRest(fake, listing);
    const before = fake.dump();
    const storage = memoryStorage();
    await killedRun(fake, storage, createMapFromTemplate('b2b-saas', 'en', { examples: true }), (call) => call.method === 'createConnector');
    expect([...fake.state.items.values()].some((record) => record.type === 'connector' && record.madeBy === 'app')).toBe(true);
    await removeAbandonedRun(fake.board, laterPage(storage));
    expect(fake.dump()).toEqual(before);
  });

  it('killed as the record goes out with adds still to send: the record is no proof, the half map and the record go', async () => {
    const fake = new FakeMiro();
    loadMiroRest(fake, listing);
    const before = fake.dump();
    const storage = memoryStorage();
    await killedRun(fake, storage, createMapFromTemplate('race-basic', 'en', { examples: true }), (call) => call.method === 'storage.set');
    // The record was saved, but some items never made it into the frame.
    expect(fake.state.storage.get('cjm-kit')?.size).toBe(1);
    const loose = [...fake.state.items.values()].filter((record) => record.madeBy === 'app' && record.type !== 'frame' && record.parentId === null);
    expect(loose.length).toBeGreaterThan(0);
    await removeAbandonedRun(fake.board, laterPage(storage));
    expect(fake.dump()).toEqual(before);
  });

  it('killed as the very last call goes out (every add and the record done, answers lost): the whole map stays', async () => {
    const probe = new FakeMiro();
    const map = createMapFromTemplate('race-basic', 'en', { examples: true });
    await generateMap(probe.board, map, { origin });
    const last = probe.calls.length;
    const fake = new FakeMiro();
    const storage = memoryStorage();
    await killedRun(fake, storage, map, (call) => call.index === last);
    expect(await removeAbandonedRun(fake.board, laterPage(storage))).toBe(0);
    expect(storage.data.size).toBe(0);
    const audit = await auditBoard(fake.board);
    expect(audit.maps).toHaveLength(1);
    expect(audit.maps[0]?.reading.map.stages.map((stage) => stage.name)).toEqual(map.stages.map((stage) => stage.name));
  });

  it('a journal in the earlier format (the ids alone, the frame first) is still taken back', async () => {
    const fake = new FakeMiro();
    loadMiroRest(fake, listing);
    const before = fake.dump();
    const storage = memoryStorage();
    let creates = 0;
    await killedRun(fake, storage, createMapFromTemplate('race-basic', 'en'), (call) => call.method.startsWith('create') && ++creates === 8);
    const ids = [...fake.state.items.values()].filter((record) => record.madeBy === 'app').sort((a, b) => Number(b.type === 'frame') - Number(a.type === 'frame')).map((record) => record.id);
    storage.data.clear();
    killedPage(storage).write(ids);
    expect(await removeAbandonedRun(fake.board, laterPage(storage))).toBe(8);
    expect(fake.dump()).toEqual(before);
  });

  it('a journal another page is still writing is left alone, in-flight creates and all', async () => {
    const fake = new FakeMiro();
    const storage = memoryStorage();
    let creates = 0;
    await killedRun(fake, storage, createMapFromTemplate('race-basic', 'en'), (call) => call.method.startsWith('create') && ++creates === 5);
    const soon = storageJournal(storage, 'run:board-1', { owner: 'page-2', now: () => 5 * MINUTE });
    const calls = fake.calls.length;
    expect(await removeAbandonedRun(fake.board, soon)).toBe(0);
    expect(fake.calls.length).toBe(calls);
    expect(appItems(fake)).toBe(5);
  });
});
