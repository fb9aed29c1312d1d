/**
 * The FigJam and Figma blind2 boards (test/fixtures/blind2/fig*.json) loaded into the fake editor
 * read through the plugin's snapshot exactly as their REST exports read on the command line:
 * headers whose first line is bold or larger (style overrides) get the same titles, so a live
 * audit and `cjm audit` agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoard, readDocument } from '../../core/index.ts';
import { snapshotPage } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import { BLIND2_BOARDS } from '../fixtures/blind2/index.ts';

const DIR = join(import.meta.dirname, '../fixtures/blind2');

describe('blind2 FigJam and Figma boards in the fake editor', () => {
  for (const board of BLIND2_BOARDS.filter((b) => b.file.startsWith('fig'))) {
    it(`${board.file} reads live as its REST export reads`, async () => {
      const file: unknown = JSON.parse(readFileSync(join(DIR, `${board.file}.json`), 'utf8'));
      const fake = createFakeFigma({ file });
      const snapshot = await snapshotPage(fake.figma);
      const live = readBoard(snapshot);
      const rest = readDocument(file);
      const essence = (maps: readonly { map: { stages: unknown; layers: unknown; notes: readonly { text: string }[]; orphans: readonly { text: string; reason: string }[] } }[]) =>
        maps.map(({ map }) => ({ stages: map.stages, layers: map.layers, notes: map.notes.map((n) => n.text), orphans: map.orphans.map((o) => `${o.reason}: ${o.text}`).sort() }));
      expect(essence(live.maps)).toEqual(essence(rest.readings));
      expect(live.maps.length).toBeGreaterThan(0);
    });
  }
});
