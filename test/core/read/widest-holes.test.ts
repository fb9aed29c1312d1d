/**
 * `cutAtWidestHoles`: the stretch between two maps drawn close together is cut when it stands
 * out from the steady gaps inside each, and nothing is cut when no stretch does.
 */
import { describe, expect, it } from 'vitest';
import { cutAtWidestHoles } from '../../../core/read/cut-at-gaps.ts';
import { prepareItem } from '../../../core/read/prepare-items.ts';
import type { ReadItem } from '../../../core/read/prepare-items.ts';

/** Boxes 200 wide along x, each `gaps[i]` after the one before. */
function row(gaps: readonly number[]): ReadItem[] {
  let x = 0;
  return [0, ...gaps].map((gap, i) => {
    x += gap;
    const item = prepareItem({ id: `i${i}`, type: 'shape', text: `t${i}`, rect: { x, y: 0, width: 200, height: 100 } });
    x += 200;
    return item;
  });
}

const sizes = (pieces: readonly (readonly ReadItem[])[]) => pieces.map((piece) => piece.length);

describe('cutAtWidestHoles', () => {
  it('cuts at a stretch over twice the steady gaps, and only there', () => {
    expect(sizes(cutAtWidestHoles(row([20, 20, 80, 20, 20]), 'x', 28))).toEqual([3, 3]);
    expect(sizes(cutAtWidestHoles(row([20, 90, 20, 20, 90, 20]), 'x', 28))).toEqual([2, 3, 2]);
  });

  it('cuts nothing when no stretch stands out, or the widest is narrower than the floor', () => {
    expect(sizes(cutAtWidestHoles(row([20, 30, 20, 35]), 'x', 28))).toEqual([5]);
    expect(sizes(cutAtWidestHoles(row([2, 2, 20, 2]), 'x', 28))).toEqual([5]);
    expect(sizes(cutAtWidestHoles(row([]), 'x', 28))).toEqual([1]);
  });

  it('reads the other axis the same way', () => {
    const turned = row([20, 20, 80, 20]).map((item) => prepareItem({ ...item.item, rect: { x: 0, y: item.left, width: 100, height: 200 } }));
    expect(sizes(cutAtWidestHoles(turned, 'y', 28))).toEqual([3, 2]);
    expect(sizes(cutAtWidestHoles(turned, 'x', 28))).toEqual([5]);
  });
});
