import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCjmJsonSchema, JSON_SCHEMA_PATH } from '../../../core/model/json-schema.ts';

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
