import { toJSONSchema } from 'zod/mini';
import { CjmMapSchema, SCHEMA_ID } from './map.ts';

/** Where the published JSON Schema of cjm/1 lives in the repository. */
export const JSON_SCHEMA_PATH = 'schema/cjm-1.schema.json';

/**
 * The JSON Schema (draft 2020-12) of cjm/1, generated from the zod schema so the two cannot
 * drift apart. It describes what a file may contain (the input side: `notes`, `orphans` and the
 * persona lists may be left out). Reference checks (a note's stage must exist) are beyond JSON
 * Schema; `validateMap` does them.
 */
export function buildCjmJsonSchema(): Record<string, unknown> {
  const generated = toJSONSchema(CjmMapSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: generated.$schema,
    $id: 'urn:cjm-kit:schema:cjm-1',
    title: `Customer journey map (${SCHEMA_ID})`,
    description:
      'A customer journey map: stages (columns, tagged with RACE phases), layers (rows) and the notes in their cells. Produced and read by cjm-kit.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
