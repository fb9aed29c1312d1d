import { describe, expect, it } from 'vitest';
import type { LayerKind } from '../../../core/model/vocabulary.ts';
import { findLaneBlocks } from '../../../core/read/swimlanes.ts';

/** `findLaneBlocks` on rows alone: which layouts are lanes, and how their rows fold into one set of layers. */
describe('lane blocks that differ', () => {
  const row = (kind: LayerKind, title: string, notes = 1) => ({ kind, title, notes });
  const label = (title: string) => row('other', title, 0);

  it('folds a lane that misses a row: the layers are the first lane’s, the short lane’s rows point at them', () => {
    const lanes = findLaneBlocks([label('Онлайн'), row('actions', 'Действия'), row('touchpoints', 'Точки'), row('recommendations', 'Рекомендации'), label('Офлайн'), row('actions', 'Действия'), row('touchpoints', 'Точки')]);
    expect(lanes?.labels).toEqual([0, 4]);
    expect(lanes?.blocks).toEqual([[1, 2, 3], [5, 6]]);
    expect(lanes?.layers).toEqual([1, 2, 3]);
    expect(lanes?.rowAt).toEqual([undefined, { lane: 0, layer: 0 }, { lane: 0, layer: 1 }, { lane: 0, layer: 2 }, undefined, { lane: 1, layer: 0 }, { lane: 1, layer: 1 }]);
  });

  it('matches rows drawn in another order by kind and title, never by position', () => {
    const lanes = findLaneBlocks([label('Website'), row('actions', 'Actions'), row('touchpoints', 'Touchpoints'), row('barriers', 'Pains'), label('Store'), row('barriers', 'Pains'), row('actions', 'Actions'), row('touchpoints', 'Touchpoints')]);
    expect(lanes?.layers).toEqual([1, 2, 3]);
    expect([5, 6, 7].map((r) => lanes?.rowAt[r])).toEqual([{ lane: 1, layer: 2 }, { lane: 1, layer: 0 }, { lane: 1, layer: 1 }]);
  });

  it('puts a row only a later lane has after the row it follows there', () => {
    const lanes = findLaneBlocks([label('A'), row('actions', 'Actions'), row('touchpoints', 'Touchpoints'), label('B'), row('actions', 'Actions'), row('channels', 'Channels'), row('touchpoints', 'Touchpoints')]);
    expect(lanes?.layers).toEqual([1, 5, 2]);
    expect(lanes?.rowAt[6]).toEqual({ lane: 1, layer: 2 });
  });

  it('tells two rows of one kind apart by their titles, and matches a renamed row of a kind by its kind', () => {
    const lanes = findLaneBlocks([
      label('A'), row('recommendations', 'SMM recommendations'), row('recommendations', 'Рекомендации'), row('touchpoints', 'Точки контакта'),
      label('B'), row('recommendations', 'Рекомендации'), row('recommendations', 'SMM recommendations'), row('touchpoints', 'Каналы и точки'),
    ]);
    expect(lanes?.layers).toEqual([1, 2, 3]);
    expect([5, 6, 7].map((r) => lanes?.rowAt[r]?.layer)).toEqual([1, 0, 2]);
  });

  it('keeps unknown rows apart by title: an "other" row is matched only by its title', () => {
    const lanes = findLaneBlocks([label('A'), row('actions', 'Actions'), row('other', 'Mood board'), label('B'), row('actions', 'Actions'), row('other', 'Staff')]);
    expect(lanes?.layers).toEqual([1, 5, 2]);
  });

  it('reads one block under a bar as one lane, and one under a label in the heading column as no lanes', () => {
    const rows = [{ ...label('Онлайн'), bar: true }, row('actions', 'Действия'), row('touchpoints', 'Точки')];
    expect(findLaneBlocks(rows)).toEqual({ labels: [0], blocks: [[1, 2]], layers: [1, 2], rowAt: [undefined, { lane: 0, layer: 0 }, { lane: 0, layer: 1 }] });
    expect(findLaneBlocks([label('Онлайн'), row('actions', 'Действия'), row('touchpoints', 'Точки')])).toBeUndefined();
    // A bar over rows that name no layer is no lane.
    expect(findLaneBlocks([{ ...label('Legend'), bar: true }, row('other', 'x')])).toBeUndefined();
  });

  it('finds no lanes in blocks with too little in common, a block naming no layer, or an empty block', () => {
    expect(findLaneBlocks([label('A'), row('actions', 'x'), row('goal', 'g'), label('B'), row('barriers', 'y'), row('emotions', 'e')])).toBeUndefined();
    expect(findLaneBlocks([label('A'), row('actions', 'x'), row('touchpoints', 't'), row('goal', 'g'), label('B'), row('actions', 'y'), row('emotions', 'e'), row('metrics', 'i')])).toBeUndefined();
    expect(findLaneBlocks([label('A'), row('actions', 'x'), label('B'), row('other', 'y')])).toBeUndefined();
    expect(findLaneBlocks([label('A'), row('actions', 'x'), label('B'), label('C'), row('actions', 'y')])).toBeUndefined();
  });
});
