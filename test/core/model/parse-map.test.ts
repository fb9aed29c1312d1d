import { describe, expect, it } from 'vitest';
import { isInputError } from '../../../core/errors.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { formatPath, parseMap, serializeMap, validateMap } from '../../../core/model/parse-map.ts';

const valid = {
  schema: 'cjm/1',
  title: 'Lumus',
  locale: 'ru',
  persona: { name: 'Руководитель отдела продаж', motives: ['выполнить KPI'] },
  stages: [
    { id: 's1', name: 'Игнорирование', phase: 'reach' },
    { id: 's2', name: 'Поиск решения', phase: 'reach' },
    { id: 's3', name: 'Покупка', lane: 'Офлайн' },
  ],
  layers: [{ id: 'l5', kind: 'touchpoints', title: 'Точки контакта', required: true }],
  notes: [{ stage: 's2', layer: 'l5', text: 'Статья на vc.ru', sentiment: -1, value: 1200, source: { id: 'item-1' } }],
  orphans: [{ text: 'Черновик', reason: 'outside-grid', source: { id: 'item-9' } }],
};

function problemsOf(json: unknown): string[] {
  const result = validateMap(json);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('validateMap', () => {
  it('accepts a full map and fills the lists a file may leave out', () => {
    const result = validateMap(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.persona).toEqual({ name: 'Руководитель отдела продаж', motives: ['выполнить KPI'], scenarios: [], drivers: [], barriers: [] });
    const { notes: _notes, orphans: _orphans, ...minimal } = valid;
    const filled = validateMap(minimal);
    expect(filled.ok && filled.map.notes).toEqual([]);
    expect(filled.ok && filled.map.orphans).toEqual([]);
  });

  it('reports a bad phase with its path and the allowed values', () => {
    const json = { ...valid, stages: [...valid.stages.slice(0, 2), { id: 's3', name: 'X', phase: 'buy' }] };
    expect(problemsOf(json)).toEqual(['stages[2].phase: expected one of plan, reach, act, convert, engage']);
  });

  it('reports every problem at once, each with its path', () => {
    const json = {
      schema: 'cjm/2',
      title: 7,
      locale: 'de',
      stages: [{ id: '', name: 'A' }],
      layers: [{ id: 'l1', kind: 'feelings', title: 'Чувства', extra: true }],
      notes: [{ stage: 's1', layer: 'l1', text: 'x', sentiment: 2 }],
    };
    expect(problemsOf(json)).toEqual([
      'schema: expected "cjm/1"',
      'title: expected string, got number 7',
      'locale: expected one of ru, en',
      'stages[0].id: expected a non-empty string',
      'layers[0].kind: expected one of goal, actions, expectations, emotions, touchpoints, channels, experience, barriers, recommendations, creatives, metrics, other',
      'layers[0]: unknown field "extra"',
      'notes[0].sentiment: expected one of -1, 0, 1',
    ]);
  });

  it('reports missing required fields as missing', () => {
    expect(problemsOf({ schema: 'cjm/1', title: 'T', locale: 'en', layers: [] })).toEqual(['stages: required array is missing']);
  });

  it('reports notes that point at no stage or layer, and duplicate ids', () => {
    const json = {
      ...valid,
      stages: [...valid.stages, { id: 's1', name: 'Копия' }],
      notes: [{ stage: 's9', layer: 'l5', text: 'a' }, { stage: 's1', layer: 'l0', text: 'b' }],
    };
    expect(problemsOf(json)).toEqual([
      'stages[3].id: duplicate id "s1"',
      'notes[0].stage: unknown stage "s9"',
      'notes[1].layer: unknown layer "l0"',
    ]);
  });

  it('says what is wrong with a document that is not a map at all', () => {
    expect(problemsOf([])).toEqual(['(root): expected object, got an array']);
    expect(problemsOf(null)).toEqual(['(root): expected object, got null']);
  });
});

describe('parseMap', () => {
  it('throws one InputError naming the file and every problem', () => {
    const json = { ...valid, locale: 'fr', stages: [{ id: 's1', name: 'A', phase: 'buy' }] };
    let error: unknown;
    try {
      parseMap(json, 'board.json');
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
    if (!isInputError(error)) return;
    expect(error.where).toBe('board.json');
    // Shape problems come first; references are checked once the shape is right.
    expect(error.problems).toEqual([
      "locale: expected one of ru, en",
      "stages[0].phase: expected one of plan, reach, act, convert, engage",
    ]);
    expect(error.message).toMatch(/^board\.json: invalid cjm\/1 map: locale: expected one of ru, en; stages\[0\]\.phase: expected one of/);
  });

  it('returns the typed map for a valid document', () => {
    const map: CjmMap = parseMap(valid);
    expect(map.notes[0]?.text).toBe('Статья на vc.ru');
  });
});

describe('serializeMap', () => {
  it('writes fields in schema order and parses back to the same map', () => {
    const shuffled = { orphans: [], notes: [], layers: valid.layers, stages: valid.stages, locale: 'ru', title: 'T', schema: 'cjm/1' };
    const text = serializeMap(parseMap(shuffled));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['schema', 'title', 'locale', 'stages', 'layers', 'notes', 'orphans']);
    expect(parseMap(JSON.parse(text))).toEqual(parseMap(shuffled));
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('formatPath', () => {
  it('writes JavaScript-style paths', () => {
    expect(formatPath(['stages', 2, 'phase'])).toBe('stages[2].phase');
    expect(formatPath(['a b', 0])).toBe('["a b"][0]');
    expect(formatPath([])).toBe('(root)');
  });
});
