import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../../../core/audit/index.ts';
import type { LayerKind } from '../../../../core/model/vocabulary.ts';
import { findingsOf } from '../find.ts';
import { layer, makeCleanMap, makeMap, note, stage } from '../map-builder.ts';

/** missing-touchpoints, missing-recommendations, missing-goal: one shared check, three wordings. */
const CASES: { rule: RuleId; kind: LayerKind; layerId: string; severity: string; ru: string; en: string; noLayerRu: string; noLayerEn: string }[] = [
  {
    rule: 'missing-touchpoints',
    kind: 'touchpoints',
    layerId: 'tp',
    severity: 'error',
    ru: 'Этап «Поиск решения»: нет ни одной точки контакта',
    en: 'Stage “Поиск решения” has no touchpoints',
    noLayerRu: 'На карте нет слоя «Точки контакта»: не видно, где можно встретить клиента',
    noLayerEn: 'The map has no touchpoints layer: it does not show where we can reach the customer',
  },
  {
    rule: 'missing-recommendations',
    kind: 'recommendations',
    layerId: 'rec',
    severity: 'error',
    ru: 'Этап «Поиск решения»: нет рекомендаций',
    en: 'Stage “Поиск решения” has no recommendations',
    noLayerRu: 'На карте нет слоя рекомендаций: карта не говорит, что делать с каждым этапом',
    noLayerEn: 'The map has no recommendations layer: it does not say what to do at each stage',
  },
  {
    rule: 'missing-goal',
    kind: 'goal',
    layerId: 'goal',
    severity: 'warning',
    ru: 'Этап «Поиск решения»: не указана цель клиента',
    en: 'Stage “Поиск решения” has no customer goal',
    noLayerRu: 'На карте нет слоя с целями клиента',
    noLayerEn: 'The map has no goal layer',
  },
];

describe.each(CASES)('$rule', ({ rule, kind, layerId, severity, ru, en, noLayerRu, noLayerEn }) => {
  const stages = ['Игнорирование', 'Поиск решения', 'Выбор продукта'];

  /** The clean map with the cell (stage 2, this kind) emptied. */
  function mapWithEmptyStage() {
    const map = makeCleanMap(stages);
    return { ...map, notes: map.notes.filter((n) => !(n.stage === 's2' && n.layer === layerId)) };
  }

  it('is silent when every stage has a note of its kind', () => {
    expect(findingsOf(makeCleanMap(stages), rule)).toEqual([]);
  });

  it('reports the stage that has none, with stage and layer, in Russian', () => {
    expect(findingsOf(mapWithEmptyStage(), rule)).toEqual([
      { rule, severity, stage: 's2', layer: layerId, message: ru, hint: expect.stringMatching(/\S/u) as unknown },
    ]);
  });

  it('speaks English when asked, whatever the map locale', () => {
    const [finding] = findingsOf(mapWithEmptyStage(), rule, { locale: 'en' });
    expect(finding?.message).toBe(en);
    expect(finding?.hint).not.toMatch(/[а-яё]/iu);
  });

  it('counts a note in any layer of the kind, and points at no layer when there are several', () => {
    const map = mapWithEmptyStage();
    map.layers.push(layer('second', kind, 'Второй слой'));
    const silent = { ...map, notes: [...map.notes, note('s2', 'second', 'Заметка')] };
    expect(findingsOf(silent, rule)).toEqual([]);
    const [finding] = findingsOf(map, rule);
    expect(finding?.stage).toBe('s2');
    expect(finding).not.toHaveProperty('layer');
  });

  it('reports a map without any such layer once, about the whole map', () => {
    const map = makeCleanMap(stages);
    const without = { ...map, layers: map.layers.filter((l) => l.kind !== kind), notes: map.notes.filter((n) => n.layer !== layerId) };
    const findings = findingsOf(without, rule);
    expect(findings).toEqual([{ rule, severity, message: noLayerRu, hint: expect.stringMatching(/\S/u) as unknown }]);
    expect(findingsOf(without, rule, { locale: 'en' })[0]?.message).toBe(noLayerEn);
  });

  it('has nothing to say about a map without stages', () => {
    expect(findingsOf(makeMap({ stages: [], layers: [] }), rule)).toEqual([]);
  });
});

describe('missing-touchpoints', () => {
  it('does not count channels as touchpoints', () => {
    const map = makeMap({
      stages: [stage('s1', 'Поиск')],
      layers: [layer('ch', 'channels', 'Каналы'), layer('tp', 'touchpoints', 'Точки контакта')],
      notes: [note('s1', 'ch', 'Контекстная реклама')],
    });
    expect(findingsOf(map, 'missing-touchpoints').map((f) => f.stage)).toEqual(['s1']);
  });

  it('names a stage by its lane too, and an unnamed stage by its number', () => {
    const map = makeMap({
      stages: [stage('s1', 'Оплата', { lane: 'онлайн' }), stage('s2', '  ')],
      layers: [layer('tp', 'touchpoints', 'Точки контакта')],
    });
    expect(findingsOf(map, 'missing-touchpoints').map((f) => f.message)).toEqual([
      'Этап «Оплата (онлайн)»: нет ни одной точки контакта',
      'Этап «#2»: нет ни одной точки контакта',
    ]);
  });
});
