import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { LOCALES } from '../../../core/i18n.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { createMapFromTemplate, TEMPLATES } from '../../../core/templates/index.ts';
import { planToFigmaRest } from '../../support/export-figma-rest.ts';
import { planToMiroRest } from '../../support/export-miro-rest.ts';

/**
 * A generated map exported without its markers (Miro REST never lists app metadata) is read as a
 * hand-made one: every template, in both languages, must come back with its layer kinds, and the
 * audit must find what it finds on the map itself: nothing invented, nothing lost.
 */
function readBack(json: unknown): CjmMap {
  const document = readDocument(JSON.parse(JSON.stringify(json)) as unknown);
  expect(document.readings).toHaveLength(1);
  const map = document.readings[0]?.map;
  if (!map) throw new Error('no map');
  return map;
}

const rules = (map: CjmMap) => audit(map).map((finding) => `${finding.rule} ${map.stages.find((s) => s.id === finding.stage)?.name ?? ''}`).sort();

describe('every template × locale, exported without markers, reads back with its kinds', () => {
  for (const template of TEMPLATES) {
    for (const locale of LOCALES) {
      it(`${template.id} (${locale}), Miro REST and FigJam`, () => {
        const map = createMapFromTemplate(template.id, locale, { examples: true });
        for (const json of [planToMiroRest(planBoard(map)), planToFigmaRest(planBoard(map), { editor: 'figjam', markers: false })]) {
          const read = readBack(json);
          expect(read.layers.map((layer) => [layer.title, layer.kind])).toEqual(map.layers.map((layer) => [layer.title, layer.kind]));
          expect(read.stages.map((stage) => [stage.name, stage.phase])).toEqual(map.stages.map((stage) => [stage.name, stage.phase]));
          expect(read.notes).toHaveLength(map.notes.length);
          // Required flags live in markers only; compare the audits without the empty-cell rule.
          expect(rules(read).filter((r) => !r.startsWith('empty-cell'))).toEqual(rules(map).filter((r) => !r.startsWith('empty-cell')));
        }
      });
    }
  }
});
