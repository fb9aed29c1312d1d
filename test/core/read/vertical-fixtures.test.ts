import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/import/read-document.ts';
import { FIXTURES } from '../../fixtures/fixture-list.ts';
import { transposeFigma, transposeMiro } from '../../fixtures/transpose-export.ts';

/**
 * Vertical maps, in both formats and both languages: every hand-made fixture board (Miro REST
 * RU and EN, FigJam RU, Figma design EN; see test/fixtures/make-*.ts) drawn turned — every
 * position and size transposed, so the stages run down the left and the layers across the top —
 * must read into the same cells as the board drawn upright, with the same stages, phases and
 * layer kinds. The expected placements are the sketches', not the reader's.
 */

describe.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))('fixture %s drawn vertically', (name, fixture) => {
  const { json, expected } = fixture.build();
  const plain = JSON.parse(JSON.stringify(json)) as unknown;
  const turned = expected.format === 'miro-rest' ? transposeMiro(plain) : transposeFigma(plain);
  const document = readDocument(turned, { where: `${name}.json (transposed)` });
  const map = document.readings[0]?.map;

  it('finds one map with the stages, phases and layer kinds drawn', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => ({ name: s.name, ...(s.phase ? { phase: s.phase } : {}) }))).toEqual(expected.stages);
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(expected.layers);
  });

  it('puts every note in the cell it was drawn in, and keeps every stray as an orphan', () => {
    const stageName = new Map(map?.stages.map((s) => [s.id, s.name]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [stageName.get(note.stage), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(expected.notes);
    // Turned, a stray beside the grid is under it: the reason may change, the orphan may not go.
    // The title, drawn above the upright map, is now left of the grid, not above it: an orphan
    // (kept, with its reason) rather than the map's title.
    const orphans = new Map((map?.orphans ?? []).map((o) => [o.source?.id, o.reason]));
    const title = expected.title?.id;
    expect(new Set([...orphans.keys()].filter((id) => id !== title))).toEqual(new Set(Object.keys(expected.orphans)));
  });
});
