import { describe, expect, it } from 'vitest';
import { audit } from '../../../../core/audit/index.ts';
import { findingsOf } from '../find.ts';
import { layer, makeCleanMap, makeMap, stage } from '../map-builder.ts';

describe('missing-stages-or-layers', () => {
  it('fails a map with no stages and no layers, which otherwise passed', () => {
    const map = makeMap({ stages: [], layers: [] });
    expect(audit(map)).toEqual([
      {
        rule: 'missing-stages-or-layers',
        severity: 'error',
        message: 'На карте нет ни этапов, ни слоёв: проверять нечего',
        hint: expect.stringContaining('начните с шаблона') as string,
      },
    ]);
    expect(audit(map, { locale: 'en' })[0]?.message).toBe('The map has no stages and no layers: there is nothing to check');
  });

  it('fails a map with layers but no stages', () => {
    const map = makeMap({ locale: 'en', stages: [], layers: [layer('l1', 'touchpoints', 'Touchpoints')] });
    const findings = findingsOf(map, 'missing-stages-or-layers');
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['error', 'The map has no stages: its layers belong to no step of the customer’s path']]);
    expect(findings[0]?.hint).toContain('or start from a template');
  });

  it('fails a map with stages but no layers, as the one finding about missing rows', () => {
    const map = makeMap({ stages: [stage('s1', 'Поиск'), stage('s2', 'Выбор')], layers: [] });
    expect(audit(map).map((f) => [f.rule, f.message])).toEqual([['missing-stages-or-layers', 'На карте нет слоёв: этапы ничего не говорят о клиенте']]);
  });

  it('leaves the "no … layer" findings to the coverage rules when switched off', () => {
    const map = makeMap({ stages: [stage('s1', 'Поиск')], layers: [] });
    const rules = audit(map, { rules: { 'missing-stages-or-layers': 'off' } }).map((f) => f.rule);
    expect(rules).toEqual(['missing-touchpoints', 'missing-recommendations', 'missing-goal']);
  });

  it('says nothing about a map with stages and layers', () => {
    expect(findingsOf(makeCleanMap(['Поиск']), 'missing-stages-or-layers')).toEqual([]);
  });
});
