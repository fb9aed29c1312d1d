import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMapFromTemplate } from '../../core/index.ts';
import { generateMap } from '../../miro-app/adapter/index.ts';
import { FakeMiro, FakeRateLimitError, loadMiroRest } from '../../miro-app/fake/index.ts';

/**
 * Fault injection beyond a single failed call (issue #10): someone else deletes or moves what the
 * run made while it runs, and rate-limit errors come in bursts. The board never keeps half a map,
 * and nothing a person made is changed or removed.
 */

afterEach(() => {
  vi.useRealTimers();
});

const listing = JSON.parse(readFileSync(new URL('../../examples/miro-board-ru.json', import.meta.url), 'utf8')) as unknown;
// A map with notes, a curve and its connector: every kind of item the app makes (65 items).
const map = createMapFromTemplate('b2b-saas', 'en', { examples: true });
const origin = { x: 30_000, y: 0 };

function handMadeBoard(): FakeMiro {
  const fake = new FakeMiro();
  loadMiroRest(fake, listing);
  return fake;
}

/** Ids of the items the app made that are on the board now, frames last. */
function appItems(fake: FakeMiro): { id: string; type: string }[] {
  return [...fake.state.items.values()].filter((record) => record.madeBy === 'app').sort((a, b) => Number(a.type === 'frame') - Number(b.type === 'frame'));
}

describe('someone else edits what the run made, then a call fails', () => {
  it('a created sticky deleted by a person: the rest is removed, the gone one is no error', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    let deleted: string | undefined;
    const failure = await generateMap(fake.board, map, {
      origin,
      onProgress: (done) => {
        if (done !== 45 || deleted) return;
        const sticky = appItems(fake).find((item) => item.type === 'sticky_note');
        deleted = sticky?.id;
        if (deleted) fake.person.remove(deleted);
        fake.failCall(3, new Error('Injected: network down'));
      },
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(deleted).toBeDefined();
    // The run's own failure, not a rollback failure: the gone item was simply done.
    expect((failure as Error).name).not.toBe('PlanRollbackError');
    expect((failure as Error).message).toMatch(/network down/);
    expect(fake.dump()).toEqual(before);
  });

  it('the map frame deleted by a person mid-run: the run stops, what is left of it is removed', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    let deleted = false;
    const failure = await generateMap(fake.board, map, {
      origin,
      onProgress: (done) => {
        if (done !== 15 || deleted) return;
        const frame = appItems(fake).find((item) => item.type === 'frame');
        if (frame) fake.person.remove(frame.id);
        deleted = frame !== undefined;
      },
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(deleted).toBe(true);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).name).not.toBe('PlanRollbackError');
    expect(fake.dump()).toEqual(before);
  });

  it('a created item moved out of the frame by a person is still the app’s: removed with the rest', async () => {
    const fake = handMadeBoard();
    const before = fake.dump();
    let moved: string | undefined;
    await expect(
      generateMap(fake.board, map, {
        origin,
        onProgress: (done) => {
          if (done !== 45 || moved) return;
          moved = appItems(fake).find((item) => item.type === 'sticky_note')?.id;
          if (moved) fake.person.move(moved, { x: -90_000, y: -90_000 });
          fake.failCall(2);
        },
      }),
    ).rejects.toThrow();
    expect(moved).toBeDefined();
    expect(fake.dump()).toEqual(before);
  });

  it("a person's item moved into the new frame meanwhile stays, where the person put it", async () => {
    const fake = handMadeBoard();
    const theirs = [...fake.state.items.values()].find((record) => record.type === 'sticky_note' && record.parentId === null);
    expect(theirs).toBeDefined();
    if (!theirs) return;
    let movedTo: { x: number; y: number } | undefined;
    await expect(
      generateMap(fake.board, map, {
        origin,
        onProgress: (done) => {
          if (done !== 10 || movedTo) return;
          movedTo = { x: origin.x + 60, y: origin.y + 60 };
          fake.person.move(theirs.id, movedTo);
          fake.failCall(2);
        },
      }),
    ).rejects.toThrow();
    const kept = fake.state.items.get(theirs.id);
    expect(kept).toBeDefined();
    expect(kept?.parentId).toBeNull();
    expect(kept?.content).toBe(theirs.content);
    expect(appItems(fake)).toEqual([]);
  });
});

describe('rate-limit errors in bursts', () => {
  it('several in a row at random points, then recovery: the map is complete, nothing doubled', async () => {
    vi.useFakeTimers();
    const fake = handMadeBoard();
    const before = fake.state.items.size;
    // Bursts of 6 refused calls starting at calls 5, 40 and 90 (of about 130), each with Miro's status.
    const bursts = new Set([5, 40, 90].flatMap((start) => Array.from({ length: 6 }, (_, i) => start + i)));
    let refused = 0;
    fake.failWhen((call) => {
      if (!bursts.has(call.index)) return undefined;
      refused++;
      return new FakeRateLimitError('Rate limit exceeded');
    });
    const run = generateMap(fake.board, map, { origin });
    await vi.runAllTimersAsync();
    const made = await run;
    expect(refused).toBe(18);
    expect(made.itemIds.length).toBe(fake.state.items.size - before);
    expect(new Set(made.itemIds).size).toBe(made.itemIds.length);
    expect(appItems(fake).length).toBe(made.itemIds.length);
  });

  it('a burst that outlasts every retry: rolled back whole, the board as before', async () => {
    vi.useFakeTimers();
    const fake = handMadeBoard();
    const before = fake.dump();
    let creates = 0;
    // From the 30th create on, every create is refused for good; removals still go through.
    fake.failWhen((call) => (call.method.startsWith('createStickyNote') && ++creates >= 10 ? new FakeRateLimitError('Rate limit exceeded') : undefined));
    const run = generateMap(fake.board, map, { origin }).then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.runAllTimersAsync();
    expect((await run) as Error).toBeInstanceOf(Error);
    expect(fake.dump()).toEqual(before);
  });
});
