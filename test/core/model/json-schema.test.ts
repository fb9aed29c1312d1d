import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../core/i18n.ts';
import { buildCjmJsonSchema, JSON_SCHEMA_PATH } from '../../../core/model/json-schema.ts';
import { serializeMap, validateMap } from '../../../core/model/parse-map.ts';
import { createMapFromTemplate, TEMPLATES } from '../../../core/templates/index.ts';

describe('published JSON Schema', () => {
  it('matches the zod schema it is generated from', () => {
    const generated = `${JSON.stringify(buildCjmJsonSchema(), null, 2)}\n`;
    // Regenerate after changing core/model/map.ts:  UPDATE_SCHEMA=1 npx vitest run test/core/model
    if (process.env['UPDATE_SCHEMA']) writeFileSync(JSON_SCHEMA_PATH, generated);
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(generated);
  });

  it('names every phase and layer kind', () => {
    const text = readFileSync(JSON_SCHEMA_PATH, 'utf8');
    for (const word of ['reach', 'act', 'convert', 'engage', 'touchpoints', 'recommendations', 'cjm/1']) {
      expect(text).toContain(`"${word}"`);
    }
  });
});

describe('published JSON Schema, checked by an independent validator (ajv)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')) as object);

  it('accepts every template, in both languages, with and without examples', () => {
    for (const { id } of TEMPLATES) {
      for (const locale of LOCALES) {
        for (const examples of [false, true]) {
          const map = createMapFromTemplate(id, locale, { examples });
          expect(validate(JSON.parse(serializeMap(map))), `${id} ${locale}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        }
      }
    }
  });

  it('accepts a minimal file that leaves the optional lists out', () => {
    expect(validate({ schema: 'cjm/1', title: 'T', locale: 'en', stages: [], layers: [] })).toBe(true);
  });

  it.each([
    ['a bad phase', { stages: [{ id: 's1', name: 'A', phase: 'buy' }] }, '/stages/0/phase'],
    ['a bad layer kind', { layers: [{ id: 'l1', kind: 'feelings', title: 'x' }] }, '/layers/0/kind'],
    ['an unknown field', { stags: [] }, ''],
    ['a sentiment of 2', { notes: [{ stage: 's1', layer: 'l1', text: 'x', sentiment: 2 }] }, '/notes/0/sentiment'],
    ['an empty id', { stages: [{ id: '', name: 'A' }] }, '/stages/0/id'],
  ])('rejects %s where validateMap does, at the same place', (_name, change, instancePath) => {
    const json = { schema: 'cjm/1', title: 'T', locale: 'en', stages: [], layers: [], ...change };
    expect(validate(json)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(instancePath);
    expect(validateMap(json).ok).toBe(false);
  });
});
