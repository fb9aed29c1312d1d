import type { Rect } from '../geometry.ts';
import type { CjmMap } from '../model/map.ts';
import { readSentiment } from '../model/note-sentiment.ts';
import type { MapIndex } from './index-map.ts';
import { formatKeyPart } from './plan-item.ts';
import type { ItemDraft } from './plan-item.ts';

/**
 * The emotion curve: the mood of the customer along the path, drawn under the grid. It carries no
 * text on purpose: the board reader ignores textless items, so the curve never reads back as notes.
 */

/**
 * The mean sentiment per stage (-1…1) over the notes of its emotion layers that have one, stored
 * or read from the text (`readSentiment`); undefined for stages without any. Notes that are not
 * placed don't count.
 */
export function measureStageSentiment(map: Pick<CjmMap, 'stages' | 'layers' | 'notes'>, index: MapIndex): (number | undefined)[] {
  return map.stages.map((_, s) => {
    let sum = 0;
    let count = 0;
    map.layers.forEach((layer, l) => {
      if (layer.kind !== 'emotions') return;
      for (const i of index.cells[s]?.[l] ?? []) {
        const note = map.notes[i];
        const sentiment = note && readSentiment(note);
        if (sentiment === undefined) continue;
        sum += sentiment;
        count++;
      }
    });
    return count === 0 ? undefined : sum / count;
  });
}

/** A stage's point on the curve. */
export interface CurvePoint {
  readonly stage: string;
  /** Centre of the stage column. */
  readonly x: number;
  /** Mean sentiment, -1…1. */
  readonly sentiment: number;
}

/**
 * Lays out the curve inside `band`: one dot per point, higher for happier, and a line joining
 * each pair of consecutive dots, naming the two dots it joins (`fromKey`, `toKey`). Lines run
 * from the right side of one dot to the left side of the next, so their boxes only touch the
 * dots' boxes: no item of the curve overlaps another.
 */
export function planEmotionCurve(points: readonly CurvePoint[], band: Rect, dotSize: number): ItemDraft[] {
  const radius = dotSize / 2;
  const travel = band.height - dotSize;
  // Rounded top-left corners (not centres) keep every dot inside the band whatever the dot size.
  const corners = points.map((point) => ({
    stage: point.stage,
    x: Math.round(point.x - radius),
    // sentiment 1 at the top of the band, -1 at the bottom
    y: band.y + Math.round(((1 - point.sentiment) / 2) * travel),
  }));
  const dots = corners.map((c) => ({
    key: `curve:dot:${formatKeyPart(c.stage)}`,
    role: 'emotion-curve' as const,
    shape: 'dot' as const,
    rect: { x: c.x, y: c.y, width: dotSize, height: dotSize },
    text: '',
    color: 'curve' as const,
    stage: c.stage,
  }));
  const lines = corners.slice(1).map((end, i): ItemDraft => {
    const start = corners[i] ?? end;
    const fromKey = dots[i]?.key ?? '';
    const toKey = dots[i + 1]?.key ?? '';
    const from = { x: start.x + dotSize, y: start.y + radius };
    const to = { x: end.x, y: end.y + radius };
    return {
      key: `curve:line:${i}`,
      role: 'emotion-curve',
      shape: 'line',
      rect: { x: from.x, y: Math.min(from.y, to.y), width: to.x - from.x, height: Math.abs(to.y - from.y) },
      text: '',
      color: 'curve',
      from,
      to,
      fromKey,
      toKey,
    };
  });
  return [...dots, ...lines];
}
