import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../core/model/map.ts';
import { findingsOf } from '../find.ts';
import { layer, makeMap, note, stage } from '../map-builder.ts';

function makeEmotionMap(notes: Note[]) {
  return makeMap({
    stages: [stage('s1', 'Поиск решения'), stage('s2', 'Тестирование')],
    layers: [
      layer('emo', 'emotions', 'Эмоции'),
      layer('exp', 'experience', 'Опыт'),
      layer('rec', 'recommendations', 'Рекомендации (общие)'),
      layer('smm', 'recommendations', 'Рекомендации SMM'),
    ],
    notes,
  });
}

const UPSET = note('s1', 'emo', 'Расстроен: скрипты придётся менять', { sentiment: -1 });

describe('negative-emotion-unaddressed', () => {
  it('reports a negative emotion at a stage without a recommendation, quoting it', () => {
    expect(findingsOf(makeEmotionMap([UPSET]), 'negative-emotion-unaddressed')).toEqual([
      {
        rule: 'negative-emotion-unaddressed',
        severity: 'warning',
        stage: 's1',
        layer: 'emo',
        message: 'Этап «Поиск решения»: негативная эмоция «Расстроен: скрипты придётся менять» без рекомендации',
        hint: expect.stringContaining('снять этот негатив') as unknown,
      },
    ]);
  });

  it('speaks English', () => {
    const [finding] = findingsOf(makeEmotionMap([UPSET]), 'negative-emotion-unaddressed', { locale: 'en' });
    expect(finding?.message).toBe('Stage “Поиск решения”: the negative emotion “Расстроен: скрипты придётся менять” has no recommendation');
    expect(finding?.hint).toContain('negative feeling');
  });

  it('is silent once any recommendations row answers at the same stage', () => {
    expect(findingsOf(makeEmotionMap([UPSET, note('s1', 'smm', 'Контент о простом переходе')]), 'negative-emotion-unaddressed')).toEqual([]);
  });

  it('still reports when the recommendation is at another stage', () => {
    const findings = findingsOf(makeEmotionMap([UPSET, note('s2', 'rec', 'Личный менеджер')]), 'negative-emotion-unaddressed');
    expect(findings.map((f) => f.stage)).toEqual(['s1']);
  });

  it('ignores neutral, positive and unknown emotions, and sentiment outside emotion rows', () => {
    const notes = [
      note('s1', 'emo', 'Нейтрально', { sentiment: 0 }),
      note('s1', 'emo', 'Рад', { sentiment: 1 }),
      // Says nothing about feelings, neither stored nor in the text.
      note('s1', 'emo', 'Читает отзывы'),
      note('s2', 'exp', 'Неудобно', { sentiment: -1 }),
      note('s2', 'exp', 'Раздражает долгая загрузка'),
    ];
    expect(findingsOf(makeEmotionMap(notes), 'negative-emotion-unaddressed')).toEqual([]);
  });

  it('reads the sentiment from the text when the note stores none, as hand-written cjm/1 maps do', () => {
    const findings = findingsOf(makeEmotionMap([note('s2', 'emo', 'Тревога: вдруг команда не освоит сервис 😟')]), 'negative-emotion-unaddressed', { locale: 'en' });
    expect(findings.map((f) => [f.stage, f.layer, f.message])).toEqual([
      ['s2', 'emo', 'Stage “Тестирование”: the negative emotion “Тревога: вдруг команда не освоит сервис 😟” has no recommendation'],
    ]);
  });

  it('lets a stored sentiment overrule the text', () => {
    const notes = [note('s1', 'emo', 'Расстроен, но это нормально', { sentiment: 0 }), note('s2', 'emo', 'Доволен?', { sentiment: -1 })];
    expect(findingsOf(makeEmotionMap(notes), 'negative-emotion-unaddressed').map((f) => f.stage)).toEqual(['s2']);
  });

  it('reports a stage once, counting the other negative emotions', () => {
    const notes = [UPSET, note('s1', 'emo', 'Раздражение', { sentiment: -1 })];
    const findings = findingsOf(makeEmotionMap(notes), 'negative-emotion-unaddressed');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/«Расстроен: скрипты придётся менять» без рекомендации \(и ещё 1\)$/u);
    expect(findingsOf(makeEmotionMap(notes), 'negative-emotion-unaddressed', { locale: 'en' })[0]?.message).toMatch(/\(and 1 more\)$/u);
  });

  it('quotes a long emotion shortened, on one line', () => {
    const long = `Очень\nрасстроен ${'и зол '.repeat(30)}`;
    const [finding] = findingsOf(makeEmotionMap([note('s1', 'emo', long, { sentiment: -1 })]), 'negative-emotion-unaddressed');
    expect(finding?.message).toMatch(/«Очень расстроен и зол .*…» без рекомендации$/u);
    expect(finding?.message.length).toBeLessThan(160);
  });
});
