import { describe, expect, it } from 'vitest';
import { createMapFromTemplate } from '../../core/index.ts';
import type { CjmMap, Finding, Rect } from '../../core/index.ts';
import { focusOfFinding } from '../../ui/finding-focus.ts';
import { startPlugin } from './support/plugin-harness.ts';

/**
 * A map with a negative emotion in its second stage and no recommendation there (a finding about
 * that cell, which holds a note), a first stage with a touchpoint, the others without (findings
 * about empty cells), and the last stage named like the first (a finding about a stage).
 */
function mapWithFindings(): CjmMap {
  const base = createMapFromTemplate('ecommerce', 'en', { examples: false });
  const layer = (kind: string) => base.layers.find((l) => l.kind === kind)?.id ?? '';
  const [first, second] = base.stages;
  const stages = base.stages.map((stage, i) => (i === base.stages.length - 1 ? { ...stage, name: first?.name ?? stage.name } : stage));
  return {
    ...base,
    stages,
    notes: [
      { stage: first?.id ?? '', layer: layer('touchpoints'), text: 'Instagram ad' },
      { stage: second?.id ?? '', layer: layer('emotions'), text: 'Angry: the delivery price shows up only at checkout', sentiment: -1 },
    ],
  };
}

const centre = (rect: Rect) => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });

describe('a finding is brought into view at its cell, not at its stage column', () => {
  async function audited() {
    const h = startPlugin({ editor: 'figjam' });
    await h.send({ type: 'generate', map: mapWithFindings() });
    await h.send({ type: 'audit', scope: 'page', gapMarkers: false });
    const result = h.ofType('audit-result')[0]?.maps[0];
    if (!result) throw new Error('no map read');
    const show = async (finding: Finding | undefined) => {
      const focus = finding && focusOfFinding(finding, result.map);
      if (!focus) throw new Error('nothing to focus');
      await h.send({ type: 'focus', itemIds: focus.itemIds, ...(focus.rect ? { rect: focus.rect } : {}) });
      return focus;
    };
    return { h, result, show };
  }

  it('selects the notes of a cell finding and shows the cell, leaving the headers alone', async () => {
    const { h, result, show } = await audited();
    const finding = result.findings.find((f) => f.rule === 'negative-emotion-unaddressed');
    const where = finding?.where;
    if (!finding || !where) throw new Error('no cell finding');
    const note = result.map.notes.find((n) => n.text.startsWith('Angry'));
    // The finding's items are the note and the two headers; only the note is selected.
    expect(where.itemIds).toContain(note?.source?.id);
    expect(where.itemIds.length).toBeGreaterThan(1);
    const focus = await show(finding);
    expect(focus.itemIds).toEqual([note?.source?.id]);
    expect(h.fake.figma.currentPage.selection.map((n) => n.id)).toEqual([note?.source?.id]);
    expect(h.fake.api.viewport.center).toEqual(centre(where.rect));
    // The cell is one layer high, well inside its stage's column (which starts at the header).
    const sticky = h.fake.figma.currentPage.selection[0]?.absoluteBoundingBox;
    expect(sticky && sticky.y >= where.rect.y && sticky.y + sticky.height <= where.rect.y + where.rect.height).toBe(true);
    expect(h.fake.api.viewport.zoom).toBeGreaterThan(0.5);
  });

  it('shows an empty cell by its rectangle and selects nothing in it', async () => {
    const { h, result, show } = await audited();
    const stage = result.map.stages[2]?.id;
    const finding = result.findings.find((f) => f.rule === 'missing-touchpoints' && f.stage === stage);
    const where = finding?.where;
    if (!where) throw new Error('no gap finding');
    h.fake.person.select([]);
    const focus = await show(finding);
    expect(focus.itemIds).toEqual([]);
    expect(h.fake.figma.currentPage.selection).toEqual([]);
    expect(h.fake.api.viewport.center).toEqual(centre(where.rect));
    expect(h.ofType('error')).toEqual([]);
  });

  it('selects the header of a finding about a stage and shows the stage', async () => {
    const { h, result, show } = await audited();
    const finding = result.findings.find((f) => f.rule === 'duplicate-stage');
    const where = finding?.where;
    if (!where) throw new Error('no stage finding');
    await show(finding);
    const selected = h.fake.figma.currentPage.selection;
    expect(selected.map((n) => n.id)).toEqual(where.itemIds);
    expect(selected.map((n) => (n.type === 'SHAPE_WITH_TEXT' ? n.text.characters : ''))).toEqual([result.map.stages[0]?.name]);
    expect(h.fake.api.viewport.center).toEqual(centre(where.rect));
  });
});

describe('what "show" selected does not narrow the next audit', () => {
  it('audits the whole page again until the person selects something of their own', async () => {
    const h = startPlugin({ editor: 'figjam' });
    await h.send({ type: 'generate', map: mapWithFindings() });
    await h.send({ type: 'generate', map: mapWithFindings() });
    await h.send({ type: 'audit', scope: 'page', gapMarkers: false });
    const maps = h.ofType('audit-result')[0]?.maps ?? [];
    expect(maps).toHaveLength(2);
    const second = maps[1];
    const finding = second?.findings.find((f) => f.rule === 'negative-emotion-unaddressed');
    const focus = finding && second && focusOfFinding(finding, second.map);
    if (!second || !focus) throw new Error('no cell finding on the second map');
    await h.send({ type: 'focus', itemIds: focus.itemIds, ...(focus.rect ? { rect: focus.rect } : {}) });
    const shown = h.fake.figma.currentPage.selection.map((n) => n.id);
    expect(shown).toEqual(focus.itemIds);
    // The UI asks for the selection's maps, as it does whenever something is selected.
    await h.send({ type: 'audit', scope: 'selection', gapMarkers: false });
    const again = h.ofType('audit-result')[1];
    expect(again?.scope).toBe('page');
    expect(again?.maps).toHaveLength(2);
    // The person's own selection narrows it to its map.
    const other = second.map.notes.find((n) => n.source && !shown.includes(n.source.id))?.source?.id ?? '';
    h.fake.person.select([other]);
    await h.send({ type: 'audit', scope: 'selection', gapMarkers: false });
    const narrowed = h.ofType('audit-result')[2];
    expect(narrowed?.scope).toBe('selection');
    expect(narrowed?.maps).toHaveLength(1);
  });
});
