/**
 * The Miro blind2 boards (test/fixtures/blind2/miro-*.json) loaded onto the fake board read
 * through the adapter exactly as their REST exports read on the command line: live audits and
 * `cjm audit` agree on hand-made headers with card titles and bold first lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoard, readDocument } from '../../core/index.ts';
import { snapshotBoard } from '../../miro-app/adapter/index.ts';
import { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';
import { BLIND2_BOARDS } from '../fixtures/blind2/index.ts';

const DIR = join(import.meta.dirname, '../fixtures/blind2');

describe('blind2 Miro boards on the fake board', () => {
  for (const board of BLIND2_BOARDS.filter((b) => b.file.startsWith('miro-'))) {
    it(`${board.file} reads live as its REST export reads`, async () => {
      const listing: unknown = JSON.parse(readFileSync(join(DIR, `${board.file}.json`), 'utf8'));
      const fake = new FakeMiro();
      loadMiroRest(fake, listing);
      const live = readBoard(await snapshotBoard(fake.board));
      const rest = readDocument(listing);
      const essence = (maps: readonly { map: { stages: unknown; layers: unknown; notes: readonly { text: string }[]; orphans: readonly { text: string; reason: string }[] } }[]) =>
        maps.map(({ map }) => ({ stages: map.stages, layers: map.layers, notes: map.notes.map((n) => n.text), orphans: map.orphans.map((o) => `${o.reason}: ${o.text}`).sort() }));
      expect(essence(live.maps)).toEqual(essence(rest.readings));
    });
  }
});
