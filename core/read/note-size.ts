import type { ReadItem } from './prepare-items.ts';
import { median } from './sorted-search.ts';

/** Texts whose size is looked at to learn the note size. */
const SAMPLED_SIZES = 1000;

/**
 * The usual size of a text on a board: the median longer side of an even sample of `texts` (the
 * median of a sample is as good a note size as the median of all, and costs no sort of 100k
 * numbers). 0 for no texts. Gaps between maps, and between the containers of one map, are
 * measured in it.
 */
export function typicalTextSide(texts: readonly ReadItem[]): number {
  const step = Math.max(1, Math.ceil(texts.length / SAMPLED_SIZES));
  const sides: number[] = [];
  for (let i = 0; i < texts.length; i += step) {
    const item = texts[i];
    if (item) sides.push(Math.max(item.width, item.height));
  }
  return median(sides);
}

/** A text of the board (not a frame's name): what grids are made of and note sizes are learnt from. */
export function isBoardText(item: ReadItem): boolean {
  return item.text !== '' && item.item.type !== 'frame';
}
