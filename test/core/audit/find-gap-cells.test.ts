import { describe, expect, it } from 'vitest';
import { auditReading, findGapCells } from '../../../core/audit/index.ts';
import { centerOf, containsPoint } from '../../../core/geometry.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { EMPTY_MAP_GEOMETRY } from '../../../core/read/map-geometry.ts';
import { readBoard } from '../../../core/read/index.ts';
import type { MapReading } from '../../../core/read/index.ts';
import { LUMUS_MAP } from '../../support/lumus-map.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';

function read(map: CjmMap): MapReading {
  const reading = readBoard(planToSnapshot(planBoard(map), { markers: true })).maps[0];
  if (!reading) throw new Error('no map read');
  return reading;
}

describe('findGapCells', () => {
  const reading = read(LUMUS_MAP);
  const plan = planBoard(LUMUS_MAP);

  it('finds the empty touchpoint and recommendation cells, stage by stage, with the marker text', () => {
    const gaps = findGapCells(reading);
    expect(gaps.map((g) => `${g.stage} ${g.layer} ${g.kind} ${g.text}`)).toEqual([
      's1 l2 touchpoints Нет точек контакта',
      's1 l4 recommendations Нет рекомендаций',
      's3 l4 recommendations Нет рекомендаций',
      's4 l2 touchpoints Нет точек контакта',
      's4 l4 recommendations Нет рекомендаций',
    ]);
    for (const gap of gaps) {
      const planned = plan.items.find((item) => item.key === `cell:${gap.stage}:${gap.layer}`);
      expect(planned && containsPoint(gap.rect, centerOf(planned.rect))).toBe(true);
    }
  });

  it('agrees with the audit’s errors: one gap per missing-touchpoints or missing-recommendations finding', () => {
    const errors = auditReading(reading).filter((f) => f.rule === 'missing-touchpoints' || f.rule === 'missing-recommendations');
    expect(findGapCells(reading).map((g) => `${g.stage} ${g.layer}`)).toEqual(errors.map((f) => `${f.stage} ${f.layer}`));
  });

  it('speaks the locale asked for, and checks the kinds asked for', () => {
    const gaps = findGapCells(reading, { kinds: ['goal', 'emotions'], locale: 'en' });
    expect(gaps.map((g) => `${g.stage} ${g.text}`)).toEqual(['s1 No emotions', 's2 No goal', 's3 No goal', 's3 No emotions', 's4 No goal']);
  });

  it('a stage with a note in one of two layers of a kind has no gap of that kind', () => {
    const map: CjmMap = {
      ...LUMUS_MAP,
      layers: [...LUMUS_MAP.layers, { id: 'l5', kind: 'recommendations', title: 'Рекомендации SMM' }],
      notes: [...LUMUS_MAP.notes, { stage: 's1', layer: 'l5', text: 'Экспертный контент' }],
    };
    const gaps = findGapCells(read(map), { kinds: ['recommendations'] });
    expect(gaps.map((g) => `${g.stage} ${g.layer}`)).toEqual(['s3 l4', 's3 l5', 's4 l4', 's4 l5']);
  });

  it('a map on no board has no cell to mark', () => {
    expect(findGapCells({ ...reading, geometry: EMPTY_MAP_GEOMETRY })).toEqual([]);
  });
});
