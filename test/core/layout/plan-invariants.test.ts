import { describe, expect, test } from 'vitest';
import { planBoard } from '../../../core/layout/plan-board.ts';
import type { BoardPlan, PlanItem } from '../../../core/layout/types.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { findPlanViolations } from '../../support/plan-invariants.ts';

/** The invariant checker is what the property tests stand on: it must catch broken plans. */

const map: CjmMap = {
  schema: 'cjm/1',
  title: 'Checker',
  locale: 'en',
  stages: [
    { id: 's1', name: 'One', phase: 'reach' },
    { id: 's2', name: 'Two', lane: 'online' },
  ],
  layers: [
    { id: 'l1', kind: 'goal', title: 'Goal' },
    { id: 'l2', kind: 'emotions', title: 'Emotions' },
  ],
  notes: [
    { stage: 's1', layer: 'l1', text: 'a' },
    { stage: 's1', layer: 'l1', text: 'b' },
    { stage: 's2', layer: 'l2', text: 'happy', sentiment: 1 },
    { stage: 's1', layer: 'l2', text: 'sad', sentiment: -1 },
  ],
  orphans: [],
};
const plan = planBoard(map);

/** The plan with one item changed. */
function withItem(key: string, change: (item: PlanItem) => PlanItem): BoardPlan {
  return { ...plan, items: plan.items.map((item) => (item.key === key ? change(item) : item)) };
}

const moveBy = (dx: number, dy: number) => (item: PlanItem): PlanItem => ({ ...item, rect: { ...item.rect, x: item.rect.x + dx, y: item.rect.y + dy } });

describe('findPlanViolations', () => {
  test('finds nothing wrong with a real plan', () => {
    expect(findPlanViolations(map, plan)).toEqual([]);
  });

  test('catches overlapping notes', () => {
    expect(findPlanViolations(map, withItem('note:1', moveBy(-100, 0))).join('\n')).toMatch(/note:0 .* overlaps note:1/);
  });

  test('catches a note outside its cell', () => {
    const problems = findPlanViolations(map, withItem('note:0', moveBy(0, 400)));
    expect(problems.join('\n')).toMatch(/note:0 .* is not inside its cell/);
  });

  test('catches an item outside the frame', () => {
    expect(findPlanViolations(map, withItem('title', moveBy(-1000, 0))).join('\n')).toMatch(/title .* lies outside the bounds/);
  });

  test('catches a note whose text was changed or escaped', () => {
    const escaped = withItem('note:0', (item) => ({ ...item, text: '&lt;a&gt;' }));
    expect(findPlanViolations(map, escaped).join('\n')).toMatch(/note:0: text/);
  });

  test('catches a missing note, a duplicate key and a wrong marker', () => {
    const missing = { ...plan, items: plan.items.filter((item) => item.key !== 'note:2') };
    expect(findPlanViolations(map, missing).join('\n')).toMatch(/placed notes \[0,1,3\], expected \[0,1,2,3\]/);
    const duplicate = withItem('cell:s1:l2', (item) => ({ ...item, key: 'cell:s1:l1' }));
    expect(findPlanViolations(map, duplicate).join('\n')).toMatch(/duplicate key cell:s1:l1/);
    const marker = withItem('cell:s1:l2', (item) => ({ ...item, marker: 'cjm1;other;cell;s1;l2' }));
    expect(findPlanViolations(map, marker).join('\n')).toMatch(/marker .* does not match/);
  });

  test('catches a band over a stage without phase and a lane outside the lane row', () => {
    const wide = withItem('band:0', (item) => ({ ...item, rect: { ...item.rect, width: item.rect.width * 2 } }));
    expect(findPlanViolations(map, wide).join('\n')).toMatch(/stage s2 \(phase undefined\) is under band reach/);
    expect(findPlanViolations(map, withItem('lane:s2', moveBy(0, 200))).join('\n')).toMatch(/lane:s2 .* not between/);
  });

  test('catches text on the emotion curve', () => {
    const curve = plan.items.find((item) => item.role === 'emotion-curve');
    expect(curve).toBeDefined();
    expect(findPlanViolations(map, withItem(curve!.key, (item) => ({ ...item, text: '1' }))).join('\n')).toMatch(/has text/);
  });
});
