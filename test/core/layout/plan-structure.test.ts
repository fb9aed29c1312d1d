import { describe, expect, test } from 'vitest';
import { planBoard } from '../../../core/layout/plan-board.ts';
import { PLATFORM_PRESETS } from '../../../core/layout/platform-profiles.ts';
import type { PlatformPreset } from '../../../core/layout/platform-profiles.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { findPlanViolations } from '../../support/plan-invariants.ts';

/** The typed plan: parents, curve lines naming their dots, skippable items, the preset. */

const map: CjmMap = {
  schema: 'cjm/1',
  title: 'Structure',
  locale: 'en',
  stages: [
    { id: 's1', name: 'One' },
    { id: 's2', name: 'Two' },
    { id: 's3', name: 'Three' },
  ],
  layers: [
    { id: 'goal', kind: 'goal', title: 'Goal' },
    { id: 'emo', kind: 'emotions', title: 'Emotions' },
  ],
  notes: [
    { stage: 's1', layer: 'goal', text: 'find a plan' },
    { stage: 's1', layer: 'emo', text: 'bored', sentiment: -1 },
    { stage: 's3', layer: 'emo', text: 'glad', sentiment: 1 },
  ],
  orphans: [],
};

describe('the typed plan', () => {
  const plan = planBoard(map);

  test('puts the frame first, as the one item without a parent, and every other item in it', () => {
    expect(plan.frameKey).toBe('frame');
    const [frame, ...rest] = plan.items;
    expect(frame).toMatchObject({ key: plan.frameKey, shape: 'frame' });
    expect(frame).not.toHaveProperty('parent');
    expect(rest.length).toBeGreaterThan(10);
    for (const item of rest) expect(item).toMatchObject({ parent: plan.frameKey });
  });

  test('names the dots each curve line joins', () => {
    const lines = plan.items.filter((item) => item.shape === 'line');
    // s2 has no emotion note: the curve joins s1 to s3 directly
    expect(lines.map((line) => [line.fromKey, line.toKey])).toEqual([['curve:dot:s1', 'curve:dot:s3']]);
  });

  test('marks exactly the empty cells as skippable', () => {
    const skippable = plan.items.filter((item) => item.skippable === true).map((item) => item.key);
    expect(skippable).toEqual(['cell:s2:goal', 'cell:s3:goal', 'cell:s2:emo']);
    expect(findPlanViolations(map, plan)).toEqual([]);
  });

  test('says which preset it was laid out for', () => {
    expect(plan.preset).toBe('neutral');
    for (const preset of PLATFORM_PRESETS) expect(planBoard(map, { preset }).preset).toBe(preset);
  });

  test('rejects an unknown preset with the option named', () => {
    expect(() => planBoard(map, { preset: 'paper' as PlatformPreset })).toThrowError(/options\.preset: expected one of neutral, miro, figjam, figma, got "paper"/);
  });
});
