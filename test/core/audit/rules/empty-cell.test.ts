import { describe, expect, it } from 'vitest';
import { LAYER_PROMPTS } from '../../../../core/templates/layer-prompts.ts';
import { findingsOf } from '../find.ts';
import { layer, makeCleanMap, makeMap, note, stage } from '../map-builder.ts';

function mapWithEmotions(required: boolean | undefined) {
  const map = makeCleanMap(['Поиск решения', 'Выбор продукта']);
  map.layers.push(layer('emo', 'emotions', 'Эмоции', required));
  map.notes.push(note('s1', 'emo', 'Интерес', { sentiment: 1 }));
  return map;
}

describe('empty-cell', () => {
  it('reports an empty cell of a layer the map marks required, with stage and layer', () => {
    expect(findingsOf(mapWithEmotions(true), 'empty-cell')).toEqual([
      {
        rule: 'empty-cell',
        severity: 'warning',
        stage: 's2',
        layer: 'emo',
        message: 'Этап «Выбор продукта»: пустая ячейка «Эмоции»',
        hint: `Этот слой обязателен в шаблоне карты. ${LAYER_PROMPTS.emotions.ru}`,
      },
    ]);
  });

  it('speaks English', () => {
    const [finding] = findingsOf(mapWithEmotions(true), 'empty-cell', { locale: 'en' });
    expect(finding?.message).toBe('Stage “Выбор продукта”: the “Эмоции” cell is empty');
    expect(finding?.hint).toBe(`This layer is required by the map’s template. ${LAYER_PROMPTS.emotions.en}`);
  });

  it('leaves optional layers alone', () => {
    expect(findingsOf(mapWithEmotions(undefined), 'empty-cell')).toEqual([]);
    expect(findingsOf(mapWithEmotions(false), 'empty-cell')).toEqual([]);
  });

  it('treats the kinds in options.requiredLayers as required', () => {
    const findings = findingsOf(mapWithEmotions(false), 'empty-cell', { requiredLayers: ['emotions'] });
    expect(findings.map((f) => [f.stage, f.layer])).toEqual([['s2', 'emo']]);
  });

  it('reports one finding per empty cell, stage by stage, then layer by layer', () => {
    const map = makeMap({
      stages: [stage('a', 'A'), stage('b', 'B')],
      layers: [layer('x', 'actions', 'Действия', true), layer('y', 'expectations', 'Ожидания', true)],
    });
    expect(findingsOf(map, 'empty-cell').map((f) => `${f.stage}/${f.layer}`)).toEqual(['a/x', 'a/y', 'b/x', 'b/y']);
  });

  it('does not repeat what missing-touchpoints already says about the stage', () => {
    const map = makeCleanMap(['Поиск решения']);
    const required = { ...map, layers: map.layers.map((l) => ({ ...l, required: true })), notes: map.notes.filter((n) => n.layer !== 'tp') };
    expect(findingsOf(required, 'empty-cell')).toEqual([]);
    expect(findingsOf(required, 'missing-touchpoints')).toHaveLength(1);
  });

  it('reports that cell itself when missing-touchpoints is switched off', () => {
    const map = makeCleanMap(['Поиск решения']);
    const required = { ...map, layers: map.layers.map((l) => ({ ...l, required: true })), notes: map.notes.filter((n) => n.layer !== 'tp') };
    const findings = findingsOf(required, 'empty-cell', { rules: { 'missing-touchpoints': 'off' } });
    expect(findings.map((f) => f.layer)).toEqual(['tp']);
  });

  it('reports an empty required recommendations row when another recommendations row covers the stage', () => {
    const map = makeCleanMap(['Поиск решения']);
    map.layers.push(layer('smm', 'recommendations', 'Рекомендации SMM', true));
    expect(findingsOf(map, 'missing-recommendations')).toEqual([]);
    expect(findingsOf(map, 'empty-cell').map((f) => f.message)).toEqual(['Этап «Поиск решения»: пустая ячейка «Рекомендации SMM»']);
  });
});
