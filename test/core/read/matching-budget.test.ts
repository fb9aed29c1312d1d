import { describe, expect, it, vi } from 'vitest';
import type { BoardSnapshot } from '../../../core/board/snapshot.ts';
import { readBoard } from '../../../core/read/index.ts';
import { buildBoard } from '../../../bench/synthetic-board.ts';
import type * as TextModule from '../../../core/text/index.ts';

/**
 * The reader's text-matching budget: phase matching is tolerant (every word of a text compared
 * with every phase alias), the costliest call of reading a big board after layer matching. The
 * grid finder looks at the same header-row texts again for every way a map may be drawn and
 * every row it tries, so each distinct text must be matched once per read (a band text twice at
 * most: as written and by its title line), however many times it is asked about — and again in
 * the next read, which must not lean on answers from an earlier one.
 */

const asked = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../core/text/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof TextModule>();
  return {
    ...original,
    matchPhase: (text: string) => {
      asked.set(text, (asked.get(text) ?? 0) + 1);
      return original.matchPhase(text);
    },
  };
});

/** The bench's synthetic board of `notes` notes, drawn vertically (every rectangle transposed). */
function verticalBoard(notes: number): BoardSnapshot {
  const { snapshot } = buildBoard(notes);
  return { ...snapshot, items: snapshot.items.map((item) => ({ ...item, rect: { x: item.rect.y, y: item.rect.x, width: item.rect.height, height: item.rect.width } })) };
}

/** How often the text asked about most often was matched, and how many calls there were. */
function tally(): { most: number; total: number } {
  let most = 0;
  let total = 0;
  for (const count of asked.values()) {
    most = Math.max(most, count);
    total += count;
  }
  return { most, total };
}

describe('reader matching budget', () => {
  it('matches each distinct text against the phases at most twice per read, on a vertical board that is looked at in several orientations', () => {
    const board = verticalBoard(1000);
    asked.clear();
    const reading = readBoard(board);
    expect(reading.maps[0]?.map.notes).toHaveLength(1000);
    const first = tally();
    expect(first.total).toBeGreaterThan(0);
    expect(first.most).toBeLessThanOrEqual(2);
    // A second read of the same board pays the same: nothing is remembered across reads.
    asked.clear();
    readBoard(board);
    expect(tally()).toEqual(first);
  });
});
