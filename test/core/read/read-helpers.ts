import { expect } from 'vitest';
import type { BoardSnapshot } from '../../../core/board/snapshot.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { readBoard } from '../../../core/read/index.ts';
import type { MapReading, ReadOptions } from '../../../core/read/index.ts';
import { linesOf, runCli } from '../../cli/fake-io.ts';

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

/** Stages, layers and each note's cell by the names of its stage and layer: a reading without ids or positions. */
export function namedCells(map: CjmMap) {
  const stage = new Map(map.stages.map((s, i) => [s.id, `${i}:${s.name}`]));
  const layer = new Map(map.layers.map((l) => [l.id, `${l.kind}:${l.title}`]));
  return {
    stages: map.stages.map((s) => ({ name: s.name, phase: s.phase, lane: s.lane })),
    layers: map.layers.map((l) => ({ kind: l.kind, title: l.title })),
    notes: map.notes.map((n) => `${stage.get(n.stage) ?? '?'} | ${layer.get(n.layer) ?? '?'} | ${n.text}`).sort(),
  };
}

/** The one map of a board that must hold exactly one. */
export function readOnlyMap(snapshot: BoardSnapshot): CjmMap {
  return readOne(snapshot).map;
}

/**
 * Reads an export through `cjm read --json` and `cjm audit` (both must succeed, the audit with
 * findings): the maps printed, and the audit's `missing-touchpoints` lines in order.
 */
export async function readAndAuditByCli(json: unknown): Promise<{ maps: CjmMap[]; gapLines: string[] }> {
  const files = { 'board.json': JSON.stringify(json) };
  const read = await runCli(['read', 'board.json', '--json'], { files });
  expect(read.code).toBe(0);
  const printed = JSON.parse(read.stdout) as CjmMap | CjmMap[];
  const audited = await runCli(['audit', 'board.json', '--locale', 'en'], { files });
  expect(audited.code).toBe(1);
  return { maps: Array.isArray(printed) ? printed : [printed], gapLines: linesOf(audited.stdout).filter((line) => /missing-touchpoints/u.test(line)) };
}
