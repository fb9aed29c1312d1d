/** How many SDK calls the Miro adapter makes to read a board of many items (the fake board). */
import { snapshotBoard } from '../miro-app/adapter/index.ts';
import { FakeMiro } from '../miro-app/fake/index.ts';

/** SDK calls of reading a board. */
export interface MiroReadCalls {
  readonly items: number;
  /** Calls of the first read of the board. */
  readonly firstRead: number;
  /** Calls of a later read (the map index already written). */
  readonly laterRead: number;
  readonly byMethod: Record<string, number>;
}

/** A hand-made board of `items` items (20 frames, the rest sticky notes in them and around), read twice. */
export async function miroReadCalls(items: number): Promise<MiroReadCalls> {
  const fake = new FakeMiro();
  const frames = 20;
  for (let f = 0; f < frames; f++) fake.person.add('frame', { x: f * 5000 + 2000, y: 2000, width: 4000, height: 4000, title: `Workshop ${f + 1}` });
  for (let i = 0; i < items - frames; i++) {
    const f = i % (frames + 1);
    const k = Math.floor(i / (frames + 1));
    fake.person.addSticky(`idea ${i}`, { x: f * 5000 + 300 + (k % 15) * 250, y: 300 + Math.floor(k / 15) * 250 });
  }
  const before = fake.calls.length;
  const snapshot = await snapshotBoard(fake.board);
  const firstRead = fake.calls.length - before;
  if (snapshot.items.length !== items) throw new Error(`bench: read ${snapshot.items.length} of ${items} items`);
  const middle = fake.calls.length;
  await snapshotBoard(fake.board);
  const laterRead = fake.calls.length - middle;
  return { items, firstRead, laterRead, byMethod: fake.callCounts() };
}
