import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES, audit, getRule } from '../../../core/audit/index.ts';
import type { Finding } from '../../../core/audit/index.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { makeLumusMap } from './lumus-map.ts';
import { layer, makeMap, note, stage } from './map-builder.ts';

describe('the rule registry', () => {
  it('keeps the rule ids of the output format, in rule order', () => {
    expect(RULE_IDS).toEqual([
      'missing-stages-or-layers',
      'missing-touchpoints',
      'missing-recommendations',
      'missing-goal',
      'empty-cell',
      'negative-emotion-unaddressed',
      'phase-without-stage',
      'funnel-inconsistent',
      'funnel-bottleneck',
      'orphan-note',
      'duplicate-stage',
      'unreadable-map',
    ]);
    expect(RULES.map((rule) => rule.id)).toEqual(RULE_IDS);
  });

  it('gives every rule its default severity', () => {
    expect(Object.fromEntries(RULES.map((rule) => [rule.id, rule.severity]))).toEqual({
      'missing-stages-or-layers': 'error',
      'missing-touchpoints': 'error',
      'missing-recommendations': 'error',
      'missing-goal': 'warning',
      'empty-cell': 'warning',
      'negative-emotion-unaddressed': 'warning',
      'phase-without-stage': 'warning',
      'funnel-inconsistent': 'warning',
      'funnel-bottleneck': 'info',
      'orphan-note': 'warning',
      'duplicate-stage': 'warning',
      'unreadable-map': 'error',
    });
  });

  it('documents every rule in both languages', () => {
    for (const rule of RULES) {
      expect(rule.title.ru, rule.id).toMatch(/[а-яё]/iu);
      expect(rule.description.ru, rule.id).toMatch(/[а-яё]{3}.*\.$/iu);
      expect(rule.title.en, rule.id).toMatch(/^[A-Z][A-Za-z ]+$/u);
      expect(rule.description.en, rule.id).toMatch(/^[A-Z][^а-яё]*\.$/iu);
    }
    expect(getRule('empty-cell')?.id).toBe('empty-cell');
    expect(getRule('no-such-rule')).toBeUndefined();
  });
});

describe('audit', () => {
  const lumus = makeLumusMap();

  it('lists the whole map first, then stage by stage, in rule order within each', () => {
    const order = audit(lumus).map((f) => `${f.stage ?? '-'} ${f.rule}`);
    expect(order).toEqual([
      '- phase-without-stage',
      '- orphan-note',
      '- orphan-note',
      's1 missing-recommendations',
      's1 negative-emotion-unaddressed',
      's3 missing-touchpoints',
      's4 funnel-bottleneck',
      's5 empty-cell',
      's5 funnel-inconsistent',
    ]);
  });

  it('writes in the map locale by default and in options.locale when given', () => {
    expect(audit(lumus)[3]?.message).toBe('Этап «Игнорирование»: нет рекомендаций');
    expect(audit(lumus, { locale: 'en' })[3]?.message).toBe('Stage “Игнорирование” has no recommendations');
    expect(audit({ ...lumus, locale: 'en' })[3]?.message).toBe('Stage “Игнорирование” has no recommendations');
  });

  it('switches rules off and changes their severity', () => {
    const findings = audit(lumus, { rules: { 'orphan-note': 'off', 'missing-touchpoints': 'warning', 'funnel-bottleneck': 'error' } });
    expect(findings.some((f) => f.rule === 'orphan-note')).toBe(false);
    expect(findings.filter((f) => f.rule === 'missing-touchpoints').map((f) => f.severity)).toEqual(['warning']);
    expect(findings.filter((f) => f.rule === 'funnel-bottleneck').map((f) => f.severity)).toEqual(['error']);
    expect(findings.filter((f) => f.rule === 'missing-recommendations').map((f) => f.severity)).toEqual(['error']);
  });

  it('finds nothing in a complete map', () => {
    const map = makeMap({
      stages: [stage('s1', 'Поиск', { phase: 'reach' }), stage('s2', 'Выбор', { phase: 'act' }), stage('s3', 'Оплата', { phase: 'convert' }), stage('s4', 'Повтор', { phase: 'engage' })],
      layers: [layer('g', 'goal', 'Цель', true), layer('t', 'touchpoints', 'Точки контакта', true), layer('r', 'recommendations', 'Рекомендации', true), layer('m', 'metrics', 'Метрики')],
      notes: ['s1', 's2', 's3', 's4'].flatMap((s, i) => [note(s, 'g', 'Цель'), note(s, 't', 'Сайт'), note(s, 'r', 'Совет'), note(s, 'm', `N ${1000 - i}`, { value: 1000 - i * 300 })]),
    });
    expect(audit(map, { rules: { 'funnel-bottleneck': 'off' } })).toEqual([]);
  });

  it('writes findings with a fixed field order and without empty fields', () => {
    for (const finding of audit(lumus)) {
      const keys = Object.keys(finding);
      expect(keys).toEqual(['rule', 'severity', 'stage', 'layer', 'message', 'hint'].filter((key) => key in finding));
      expect(Object.values(finding)).not.toContain(undefined);
    }
  });

  it('holds for any map: no throw, same result twice, map untouched, references valid, order kept', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxStages: 12, maxLayers: 8 }), fc.constantFrom('ru' as const, 'en' as const), (map, locale) => {
        const before = structuredClone(map);
        const findings = audit(map, { locale, requiredLayers: ['emotions'] });
        expect(audit(map, { locale, requiredLayers: ['emotions'] })).toEqual(findings);
        expect(map).toEqual(before);
        const stageIds = map.stages.map((s) => s.id);
        const layerIds = new Set(map.layers.map((l) => l.id));
        const position = (f: Finding) => (f.stage === undefined ? -1 : stageIds.indexOf(f.stage));
        for (const [i, finding] of findings.entries()) {
          expect(finding.stage === undefined || stageIds.includes(finding.stage)).toBe(true);
          expect(finding.layer === undefined || layerIds.has(finding.layer)).toBe(true);
          expect(finding.message.trim()).not.toBe('');
          expect(finding.hint.trim()).not.toBe('');
          const next = findings[i + 1];
          if (next) {
            const order = position(finding) - position(next) || RULE_IDS.indexOf(finding.rule) - RULE_IDS.indexOf(next.rule);
            expect(order).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
