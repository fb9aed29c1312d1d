import { expect } from 'vitest';
import type { BoardSnapshot } from '../../../core/board/snapshot.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { readBoard } from '../../../core/read/index.ts';
import type { MapReading, ReadOptions } from '../../../core/read/index.ts';

/** Reads a board that must hold exactly one map. */
export function readOne(snapshot: BoardSnapshot, options?: ReadOptions): MapReading {
  const reading = readBoard(snapshot, options);
  expect(reading.maps).toHaveLength(1);
  const map = reading.maps[0];
  if (!map) throw new Error('no map');
  return map;
}

/** Notes as `stage/layer: text`, in the reader's order. */
export function cellsOf(map: CjmMap): string[] {
  return map.notes.map((note) => `${note.stage}/${note.layer}: ${note.text}`);
}

/** Orphans as `reason: text`, in the reader's order. */
export function orphansOf(map: CjmMap): string[] {
  return map.orphans.map((orphan) => `${orphan.reason}: ${orphan.text}`);
}

/** Every item with text got a role that keeps its text somewhere, and every item got a role. */
export function expectNothingDropped(snapshot: BoardSnapshot, readings: readonly MapReading[]): void {
  for (const item of snapshot.items) {
    const roles = readings.map((r) => r.roles.get(item.id)).filter((role) => role !== undefined);
    expect(roles, `item ${item.id} "${item.text}"`).toHaveLength(1);
    if (item.text.trim() !== '' && item.type !== 'frame') expect(roles[0], `item ${item.id} "${item.text}"`).not.toBe('decoration');
    if (item.text.trim() === '') expect(['cell', 'decoration', 'frame', 'title', 'stage-header', 'layer-header', 'persona', 'phase-band', 'lane-header']).toContain(roles[0]);
  }
}
