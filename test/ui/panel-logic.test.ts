import { describe, expect, it } from 'vitest';
import { audit, createMapFromTemplate, listTemplates, parseMap } from '../../core/index.ts';
import type { CjmMap } from '../../core/index.ts';
import { createMapFromRequest } from '../../ui/create-map-from-request.ts';
import { fileNameOf, formatExportFile } from '../../ui/export-file.ts';
import { groupFindingsByStage } from '../../ui/group-findings.ts';
import { localeFromLanguages } from '../../ui/locale.ts';
import { parseMapFile } from '../../ui/parse-map-file.ts';
import { getStrings } from '../../ui/strings.ts';
import { listTemplateChoices } from '../../ui/template-choices.ts';

describe('localeFromLanguages', () => {
  it('takes the first language cjm-kit speaks, English otherwise', () => {
    expect(localeFromLanguages(['ru-RU', 'en-US'])).toBe('ru');
    expect(localeFromLanguages(['de-DE', 'ru'])).toBe('ru');
    expect(localeFromLanguages(['en-GB', 'ru'])).toBe('en');
    expect(localeFromLanguages(['RU_ru'])).toBe('ru');
    expect(localeFromLanguages(['de', 'fr'])).toBe('en');
    expect(localeFromLanguages([])).toBe('en');
  });
});

describe('listTemplateChoices', () => {
  it('lists every template with the stages and layers a map from it gets, in both languages', () => {
    for (const locale of ['ru', 'en'] as const) {
      const choices = listTemplateChoices(locale);
      expect(choices.map((c) => c.id)).toEqual(listTemplates(locale).map((t) => t.id));
      for (const choice of choices) {
        const map = createMapFromTemplate(choice.id, locale);
        expect(choice.stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
        expect(choice.layers.map((l) => l.title)).toEqual(map.layers.map((l) => l.title));
        expect(choice.layers.some((l) => l.required)).toBe(true);
      }
    }
  });
});

describe('createMapFromRequest', () => {
  it('uses the template, the form title and persona, and example notes only when asked', () => {
    const plain = createMapFromRequest({ source: { kind: 'template', templateId: 'b2b-saas', examples: false }, locale: 'ru', title: '  Lumus  ', persona: 'Руководитель отдела продаж' });
    expect(plain.title).toBe('Lumus');
    expect(plain.locale).toBe('ru');
    expect(plain.notes).toEqual([]);
    expect(plain.persona).toEqual({ name: 'Руководитель отдела продаж', motives: [], scenarios: [], drivers: [], barriers: [] });
    const examples = createMapFromRequest({ source: { kind: 'template', templateId: 'b2b-saas', examples: true }, locale: 'en', title: '', persona: '' });
    expect(examples.notes.length).toBeGreaterThan(0);
    expect(examples.title).toBe(createMapFromTemplate('b2b-saas', 'en').title);
  });

  it('keeps an imported map (and does not change the one it was given)', () => {
    const file = createMapFromTemplate('ecommerce', 'en', { examples: true });
    const copy = structuredClone(file);
    const made = createMapFromRequest({ source: { kind: 'file', map: file }, locale: 'ru', title: 'Shop', persona: 'Buyer' });
    expect(made.title).toBe('Shop');
    expect(made.locale).toBe('en');
    expect(made.persona?.name).toBe('Buyer');
    expect(made.notes).toEqual(file.notes);
    expect(file).toEqual(copy);
  });
});

describe('parseMapFile', () => {
  it('reads a cjm/1 file, with or without a byte order mark', () => {
    const map = createMapFromTemplate('clinic', 'ru', { examples: true });
    expect(parseMapFile(JSON.stringify(map), 'a.json')).toEqual(parseMap(map));
    expect(parseMapFile(`\uFEFF${JSON.stringify(map)}`, 'a.json').title).toBe(map.title);
  });

  it('says what is wrong and where', () => {
    expect(() => parseMapFile('{"schema": "cjm/1",', 'broken.json')).toThrow(/^broken\.json: not JSON/u);
    const bad = { ...createMapFromTemplate('clinic', 'en'), stages: [{ id: 's1', name: 'A', phase: 'buy' }] };
    expect(() => parseMapFile(JSON.stringify(bad), 'bad.json')).toThrow(/bad\.json: invalid cjm\/1 map: stages\[0\]\.phase/u);
  });
});

describe('groupFindingsByStage', () => {
  it('puts whole-map findings first, then stages in map order, keeping each finding’s index', () => {
    const map: CjmMap = createMapFromTemplate('race-basic', 'en');
    const findings = audit(map);
    const groups = groupFindingsByStage(map, findings);
    const flattened = groups.flatMap((g) => g.findings.map((f) => f.index)).sort((a, b) => a - b);
    expect(flattened).toEqual(findings.map((_, i) => i));
    const stageOrder = groups.filter((g) => g.stage).map((g) => map.stages.findIndex((s) => s.id === g.stage?.id));
    expect(stageOrder).toEqual([...stageOrder].sort((a, b) => a - b));
    for (const group of groups) for (const { finding } of group.findings) expect(finding.stage).toBe(group.stage?.id);
  });

  it('keeps a finding about an unknown stage visible with the whole map', () => {
    const map = createMapFromTemplate('race-basic', 'en');
    const [finding] = audit(map).filter((f) => f.stage);
    if (!finding) throw new Error('expected a stage finding');
    const groups = groupFindingsByStage(map, [{ ...finding, stage: 'gone' }]);
    expect(groups).toEqual([{ findings: [{ finding: { ...finding, stage: 'gone' }, index: 0 }] }]);
  });
});

describe('formatExportFile', () => {
  const map = createMapFromTemplate('b2b-saas', 'ru', { examples: true });
  const findings = audit(map);

  it('writes cjm/1 that reads back to the same map', () => {
    const file = formatExportFile(map, findings, 'json', 'ru');
    expect(file.mimeType).toMatch(/^application\/json/u);
    expect(parseMap(JSON.parse(file.text))).toEqual(parseMap(map));
  });

  it('writes CSV with semicolons for Russian Excel and commas otherwise', () => {
    expect(formatExportFile(map, findings, 'csv', 'ru').text.split('\r\n')[0]).toContain(';');
    expect(formatExportFile(map, findings, 'csv', 'en').text.split('\r\n')[0]).not.toContain(';');
  });

  it('writes the Markdown report with the map in it', () => {
    const text = formatExportFile(map, findings, 'md', 'en').text;
    expect(text.startsWith(`# ${map.title}`)).toBe(true);
    expect(text).toContain(map.notes[0]?.text.slice(0, 10));
  });

  it('names files after the title, safely', () => {
    expect(fileNameOf('Карта: «Lumus» / B2B', 'md')).toBe('Карта-Lumus-B2B.md');
    expect(fileNameOf('../../etc/passwd', 'json')).toBe('etc-passwd.cjm.json');
    expect(fileNameOf('   ', 'csv')).toBe('journey-map.csv');
    expect(fileNameOf('x'.repeat(200), 'csv')).toHaveLength(60 + '.csv'.length);
  });
});

describe('strings', () => {
  it('has every text in both languages, and counts in the right word forms', () => {
    const ru = getStrings('ru');
    const en = getStrings('en');
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object).map((s) => `${k}.${s}`) : [k]));
    expect(keys(ru)).toEqual(keys(en));
    expect(ru.counts(1, 3, 5)).toBe('1 ошибка, 3 предупреждения, 5 наблюдений');
    expect(en.counts(1, 3, 0)).toBe('1 error, 3 warnings, 0 info');
    expect(ru.generated(21)).toContain('21 элемент)');
  });
});
