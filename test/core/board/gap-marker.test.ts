import { describe, expect, test } from 'vitest';
import { encodeMarker } from '../../../core/board/marker.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { readBoard } from '../../../core/read/read-board.ts';
import { planToItems } from '../../support/plan-to-snapshot.ts';

/** Gap markers, the stickies an audit puts into empty cells, are decoration to the reader. */

const map: CjmMap = {
  schema: 'cjm/1',
  title: 'Gaps',
  locale: 'en',
  stages: [
    { id: 's1', name: 'Search' },
    { id: 's2', name: 'Buy' },
  ],
  layers: [
    { id: 'goal', kind: 'goal', title: 'Goal' },
    { id: 'tp', kind: 'touchpoints', title: 'Touchpoints' },
  ],
  notes: [
    { stage: 's1', layer: 'goal', text: 'find one' },
    { stage: 's2', layer: 'goal', text: 'pay fast' },
    { stage: 's1', layer: 'tp', text: 'search ad' },
  ],
  orphans: [],
};

describe('a gap marker on the board', () => {
  const plan = planBoard(map);
  const cell = plan.items.find((item) => item.key === 'cell:s2:tp');
  if (!cell) throw new Error('no empty cell in the plan');
  const gap = {
    id: 'gap-1',
    type: 'sticky' as const,
    text: 'No touchpoints',
    rect: { x: cell.rect.x + 20, y: cell.rect.y + 20, width: 200, height: 200 },
    parent: `${plan.mapId}/frame`,
    color: '#f24726',
  };

  test.each([
    ['with markers', true, encodeMarker({ map: plan.mapId, role: 'gap-marker', stage: 's2', layer: 'tp' })],
    ['of another map', true, encodeMarker({ map: 'elsewhere', role: 'gap-marker' })],
    ['on a map drawn without markers', false, encodeMarker({ map: plan.mapId, role: 'gap-marker', stage: 's2', layer: 'tp' })],
  ])('is never a note nor an orphan (%s)', (_, markers, marker) => {
    const reading = readBoard({ platform: 'miro', items: [...planToItems(plan, { markers }), { ...gap, marker }] });
    expect(reading.maps).toHaveLength(1);
    const read = reading.maps[0]!;
    expect(read.map.notes.map((note) => note.text)).toEqual(['find one', 'search ad', 'pay fast']);
    expect(read.map.orphans).toEqual([]);
    expect(read.roles.get('gap-1')).toBe('decoration');
  });

  test('the same sticky without the marker is a note: the role is what makes it decoration', () => {
    const reading = readBoard({ platform: 'miro', items: [...planToItems(plan, { markers: true }), gap] });
    expect(reading.maps[0]?.map.notes.map((note) => note.text)).toContain('No touchpoints');
  });
});
