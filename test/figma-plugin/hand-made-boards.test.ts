import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFigmaRest, readBoard } from '../../core/index.ts';
import { auditPage, snapshotPage } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';

/** The hand-made Figma REST exports of the repo, each loaded as the fake editor's document. */
const BOARDS = [
  { file: 'test/fixtures/figjam-ru-retail.json', editor: 'figjam' },
  { file: 'test/fixtures/figma-design-en-ecommerce.json', editor: 'figma' },
  { file: 'examples/figma-board-en.json', editor: 'figma' },
] as const;

function load(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('hand-made boards on the fake editor audit like their REST exports', () => {
  for (const { file, editor } of BOARDS) {
    it(`${file}: the plugin reads what the command line reads`, async () => {
      const json = load(file);
      const fake = createFakeFigma({ file: json });
      expect(fake.figma.editorType).toBe(editor);
      const fromPlugin = readBoard(await snapshotPage(fake.figma));
      const fromExport = readBoard(importFigmaRest(json, file, { page: fake.page().name }));
      expect(fromPlugin.maps.map((m) => m.map)).toEqual(fromExport.maps.map((m) => m.map));
      expect(fromPlugin.maps.length).toBeGreaterThan(0);
    });
  }

  it('lists the gaps of the hand-made FigJam board and marks them', async () => {
    const fake = createFakeFigma({ file: load('test/fixtures/figjam-ru-retail.json') });
    const before = fake.nodeCount();
    const result = await auditPage(fake.figma, { gapMarkers: true });
    expect(result.maps).toHaveLength(1);
    const findings = result.maps[0]?.findings ?? [];
    const rules = new Set(findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThan(0);
    const gaps = findings.filter((f) => f.rule === 'missing-touchpoints' || f.rule === 'missing-recommendations');
    expect(result.markerIds).toHaveLength(gaps.length);
    expect(fake.nodeCount()).toBe(before + gaps.length);
    // Every gap finding points at its cell on the page.
    for (const finding of gaps) expect(finding.where?.rect.width).toBeGreaterThan(0);
    // The markers are ignored by the reader and removed by the next audit: nothing else is touched.
    const again = await auditPage(fake.figma);
    expect(again.removedMarkerIds).toEqual(result.markerIds);
    expect(fake.nodeCount()).toBe(before);
    expect(again.maps[0]?.findings).toEqual(findings);
  });

  it('reads only the selected map when asked', async () => {
    const fake = createFakeFigma({ file: load('test/fixtures/figjam-ru-retail.json') });
    const sticky = fake.page().findAllWithCriteria({ types: ['STICKY'] })[0];
    if (!sticky) throw new Error('no sticky');
    fake.person.select([sticky.id]);
    const snapshot = await snapshotPage(fake.figma, { selection: true });
    expect(snapshot.selection).toContain(sticky.id);
    const reading = readBoard(snapshot);
    expect(reading.maps).toHaveLength(1);
    expect(reading.warnings.map((w) => w.code)).not.toContain('selection-outside');
  });
});
