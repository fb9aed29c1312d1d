import { describe, expect, it } from 'vitest';
import type { SceneNode } from '@figma/plugin-typings/plugin-api-standalone';
import type { Rect } from '../../core/index.ts';
import { auditPage } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import { exportSketch } from '../fixtures/transpose-export.ts';
import { CASES, expectedGaps, RECOMMENDATIONS, sketchBoard, TOUCHPOINTS } from '../fixtures/uneven-lane-sketch.ts';

/**
 * Maps in swimlanes whose lanes differ (a row missing, reordered, one more) or in a single lane
 * under a bar (test/fixtures/uneven-lane-sketch.ts), opened in the fake FigJam / Figma editor
 * from their REST export: the plugin's audit finds every lane's gaps, and each gap marker lands
 * in the lane that has the gap — in its row of the layer, or in its label row when the lane has
 * no such row.
 */

// The marker's centre in the cell as drawn (the reader's grid lines between small headers are a
// guess, a few units off the drawing: the marker lies inside the cell as read).
const inside = (box: Rect, cell: Rect) => {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= cell.x && x <= cell.x + cell.width && y >= cell.y && y <= cell.y + cell.height;
};

describe.each(CASES.filter((c) => c.format !== 'miro').map((c) => [`${c.layout}, ${c.format}, labels ${c.label}`, c] as const))('gap markers in the fake editor, lanes: %s', (_, c) => {
  it('puts each marker in the lane that has the gap', async () => {
    const { sketch, cells } = sketchBoard(c);
    const { json } = exportSketch(sketch, { format: c.format, vertical: false, boardId: 'uXjVUneven0=', firstId: 3458764613000000000n, name: 'Uneven lanes' });
    const fake = createFakeFigma({ file: json });
    const audit = await auditPage(fake.figma, { gapMarkers: true });
    expect(audit.maps).toHaveLength(1);
    const expected = [...expectedGaps(c, TOUCHPOINTS).map((gap) => [...gap, 'touchpoints'] as const), ...expectedGaps(c, RECOMMENDATIONS).map((gap) => [...gap, 'recommendations'] as const)];
    expect(audit.markerIds).toHaveLength(expected.length);
    const boxes = await Promise.all(audit.markerIds.map(async (id) => ((await fake.figma.getNodeByIdAsync(id)) as SceneNode | null)?.absoluteBoundingBox));
    const titleOf = { touchpoints: c.words.layers[TOUCHPOINTS]?.title, recommendations: c.words.layers[RECOMMENDATIONS]?.title };
    for (const [stage, lane, kind] of expected) {
      const cell = cells.get(`${lane}|${stage}|${titleOf[kind] ?? ''}`) ?? cells.get(`${lane}|${stage}|`);
      if (!cell) throw new Error(`no cell ${lane} × ${stage}`);
      expect(boxes.filter((box) => box && inside(box, cell)), `${lane} × ${stage} × ${kind}`).toHaveLength(1);
    }
  });
});
