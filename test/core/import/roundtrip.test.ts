import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readDocument } from '../../../core/import/read-document.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { mapEssence } from '../../support/map-essence.ts';
import { planToFigmaRest } from '../../support/export-figma-rest.ts';
import { planToMiroRest } from '../../support/export-miro-rest.ts';

/**
 * The round trip through every export format: a random map is laid out (`planBoard`), written as
 * the JSON a platform's REST API would return for the board drawn from that plan, and read back
 * with `readDocument`. What the user wrote must come back: stages (name, phase, lane), layers
 * (kind, title), every note in its cell with its text, the persona and the title.
 *
 * Seeded, so CI is repeatable; to replay a failure copy the `seed` and `path` fast-check prints
 * (`{ ...RUNS, seed, path, endOnFailure: true }`); explore with `FC_SEED=123 npx vitest run test/core/import`.
 */
const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 40), seed: Number(process.env['FC_SEED'] ?? 20_240_318) };

/** Reads `json` and checks it gives back `map`. */
function expectRoundTrip(map: CjmMap, json: unknown): void {
  const document = readDocument(JSON.parse(JSON.stringify(json)) as unknown);
  expect(document.readings).toHaveLength(1);
  const read = document.readings[0]?.map;
  expect(read && mapEssence(read)).toEqual(mapEssence(map));
  expect(read?.orphans).toEqual([]);
}

const maps = arbitraryMap({ vocabularyTitles: true });

describe('round trip: map → plan → REST export → readDocument', { timeout: 120_000 }, () => {
  test('cjm/1 itself', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const document = readDocument(JSON.parse(JSON.stringify(map)) as unknown);
        expect(document.format).toBe('cjm/1');
        expect(document.readings.map((reading) => reading.map)).toEqual([map]);
        expect(document.readings[0]?.roles.size).toBe(0);
      }),
      RUNS,
    );
  });

  test('Miro REST listing, notes in the frame, in pages, frames listed last', () => {
    fc.assert(
      fc.property(maps, (map) => {
        expectRoundTrip(map, planToMiroRest(planBoard(map), { framesAsParents: true, pageSize: 50 }));
      }),
      RUNS,
    );
  });

  test('Miro REST listing, one page, no frame parents', () => {
    fc.assert(
      fc.property(maps, (map) => {
        expectRoundTrip(map, planToMiroRest(planBoard(map, { origin: { x: -5000, y: 1200 } }), { framesAsParents: false }));
      }),
      RUNS,
    );
  });

  test('FigJam file with markers', () => {
    fc.assert(
      fc.property(maps, (map) => {
        expectRoundTrip(map, planToFigmaRest(planBoard(map), { editor: 'figjam', markers: true }));
      }),
      RUNS,
    );
  });

  test('FigJam file without markers', () => {
    fc.assert(
      fc.property(maps, (map) => {
        expectRoundTrip(map, planToFigmaRest(planBoard(map), { editor: 'figjam', markers: false }));
      }),
      RUNS,
    );
  });

  test('Figma design file without markers', () => {
    fc.assert(
      fc.property(maps, (map) => {
        expectRoundTrip(map, planToFigmaRest(planBoard(map), { editor: 'figma', markers: false }));
      }),
      RUNS,
    );
  });

  test('Figma design file with markers', () => {
    fc.assert(
      fc.property(maps, (map) => {
        expectRoundTrip(map, planToFigmaRest(planBoard(map), { editor: 'figma', markers: true }));
      }),
      RUNS,
    );
  });
});
