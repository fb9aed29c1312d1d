import { lowerBound } from './sorted-search.ts';

/** Places asked about by a plain scan before the notes are sorted by place (see {@link createNearIndex}). */
const SCANS_BEFORE_SORTING = 8;

/**
 * A finder of the notes within `reach` of a place (`|along[k] − at| ≤ reach`): it calls `visit`
 * with the index of each. The first few asks scan every note (a regular grid asks two or three
 * times per axis, fewer than a sort would pay for); after that the notes are sorted by place
 * once and each ask is a binary search plus the notes found. The window searched is a hair
 * wider than the reach and each note in it is tested as the scan tests it, so rounding can
 * never make the two ways disagree.
 */
export function createNearIndex(along: Float64Array): (at: number, reach: number, visit: (k: number) => void) => void {
  let asked = 0;
  let sorted: { places: Float64Array; order: Uint32Array } | undefined;
  return (at, reach, visit) => {
    if (++asked <= SCANS_BEFORE_SORTING) {
      for (let k = 0; k < along.length; k++) if (Math.abs((along[k] ?? NaN) - at) <= reach) visit(k);
      return;
    }
    sorted ??= sortByPlace(along);
    const { places, order } = sorted;
    const slack = 1e-9 * (Math.abs(at) + Math.abs(reach) + 1);
    for (let i = lowerBound(places, at - reach - slack); i < places.length && (places[i] ?? Infinity) <= at + reach + slack; i++) {
      const k = order[i] ?? 0;
      if (Math.abs((along[k] ?? NaN) - at) <= reach) visit(k);
    }
  };
}

/** The places in ascending order, with the index of the note at each (NaN, which no ask finds, last). */
function sortByPlace(along: Float64Array): { places: Float64Array; order: Uint32Array } {
  const order = new Uint32Array(along.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  const at = (k: number) => {
    const place = along[k] ?? NaN;
    return Number.isNaN(place) ? Infinity : place;
  };
  order.sort((a, b) => at(a) - at(b) || a - b);
  const places = Float64Array.from(order, (k) => at(k));
  return { places, order };
}
