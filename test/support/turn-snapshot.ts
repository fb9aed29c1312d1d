import type { BoardSnapshot } from '../../core/board/snapshot.ts';

/** One of the eight ways a grid can lie on a board: transposed or not × mirrored along x, y. */
export interface Turn {
  readonly transpose: boolean;
  readonly mirrorX: boolean;
  readonly mirrorY: boolean;
}

/** All eight turns, upright first. */
export const TURNS: readonly Turn[] = [false, true].flatMap((transpose) => [false, true].flatMap((mirrorX) => [false, true].map((mirrorY) => ({ transpose, mirrorX, mirrorY }))));

/** The snapshot with every item's rectangle turned so (transposed first, then mirrored). */
export function turnSnapshot(snapshot: BoardSnapshot, t: Turn): BoardSnapshot {
  return {
    ...snapshot,
    items: snapshot.items.map((item) => {
      let { x, y, width, height } = item.rect;
      if (t.transpose) [x, y, width, height] = [y, x, height, width];
      if (t.mirrorX) x = -x - width;
      if (t.mirrorY) y = -y - height;
      return { ...item, rect: { x, y, width, height } };
    }),
  };
}
