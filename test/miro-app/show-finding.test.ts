import { describe, expect, it } from 'vitest';
import { createMapFromTemplate } from '../../core/index.ts';
import type { CjmMap, Rect } from '../../core/index.ts';
import { auditBoard, generateMap } from '../../miro-app/adapter/index.ts';
import { FakeMiro } from '../../miro-app/fake/index.ts';
import { auditMiroBoard, showFinding } from '../../miro-app/panel/engine.ts';
import type { PanelMemory } from '../../miro-app/panel/engine.ts';
import type { PanelBoard } from '../../miro-app/panel/panel-board.ts';

/** A map whose second stage holds a negative emotion without a recommendation, and whose other cells are empty. */
function mapWithFindings(): CjmMap {
  const base = createMapFromTemplate('ecommerce', 'ru', { examples: false });
  const emotions = base.layers.find((l) => l.kind === 'emotions')?.id ?? '';
  return { ...base, notes: [{ stage: base.stages[1]?.id ?? '', layer: emotions, text: 'Злится: доставка видна только в корзине', sentiment: -1 }] };
}

/** The panel's padding round what it shows (engine.ts VIEW_PADDING). */
const PAD = 80;
const padded = (rect: Rect) => ({ x: rect.x - PAD, y: rect.y - PAD, width: rect.width + 2 * PAD, height: rect.height + 2 * PAD });

describe('Miro panel: a finding is shown at its cell, not at its stage column', () => {
  async function audited() {
    const fake = new FakeMiro();
    const map = mapWithFindings();
    await generateMap(fake.board, map);
    const { maps } = await auditBoard(fake.board);
    const [first] = maps;
    if (!first) throw new Error('no map read');
    return { fake, reading: first.reading, findings: first.findings };
  }

  it('shows the cell of a finding about a cell that holds a note', async () => {
    const { fake, reading, findings } = await audited();
    const finding = findings.find((f) => f.rule === 'negative-emotion-unaddressed');
    const where = finding?.where;
    if (!finding || !where) throw new Error('no cell finding');
    await showFinding(fake.board, finding, reading.map);
    expect(fake.state.viewport).toEqual(padded(where.rect));
    // Not the stage's column, which runs from the header down the whole grid.
    const column = reading.geometry.stages.get(finding.stage ?? '');
    expect(column && column.height > where.rect.height).toBe(true);
  });

  it('shows an empty cell by its rectangle', async () => {
    const { fake, reading, findings } = await audited();
    const gap = findings.find((f) => f.rule === 'missing-touchpoints' && f.stage === reading.map.stages[0]?.id);
    if (!gap?.where) throw new Error('no gap finding');
    await showFinding(fake.board, gap, reading.map);
    expect(fake.state.viewport).toEqual(padded(gap.where.rect));
  });
});

describe('Miro panel: showing a finding selects its notes', () => {
  const request = { locale: 'ru' as const, gapMarkers: false };

  /** Two maps side by side, each with a finding in a cell that holds a note. */
  async function twoMaps() {
    const fake = new FakeMiro();
    await generateMap(fake.board, mapWithFindings(), { origin: { x: 0, y: 0 } });
    await generateMap(fake.board, mapWithFindings(), { origin: { x: 6000, y: 0 } });
    const memory: PanelMemory = { cells: '[]' };
    const outcome = await auditMiroBoard(fake.board, request, memory);
    return { fake, memory, outcome };
  }

  it('selects exactly the notes of the cell, not its headers', async () => {
    const { fake, memory, outcome } = await twoMaps();
    const second = outcome.maps[1];
    const finding = second?.findings.find((f) => f.rule === 'negative-emotion-unaddressed');
    if (!second || !finding) throw new Error('no cell finding on the second map');
    await fake.board.select({ id: [fake.state.items.keys().next().value ?? ''] });
    await showFinding(fake.board, finding, second.map, memory);
    const cellNotes = second.map.notes.filter((n) => n.stage === finding.stage && n.layer === finding.layer).map((n) => n.source?.id);
    expect(cellNotes).toHaveLength(1);
    // What was selected before is no longer; only the cell's note is.
    expect(fake.state.selection).toEqual(cellNotes);
  });

  it('does not narrow the next audit to the map shown, until the person selects something', async () => {
    const { fake, memory, outcome } = await twoMaps();
    expect(outcome.scope).toBe('board');
    const second = outcome.maps[1];
    const finding = second?.findings.find((f) => f.rule === 'negative-emotion-unaddressed');
    if (!second || !finding) throw new Error('no cell finding on the second map');
    await showFinding(fake.board, finding, second.map, memory);
    expect(fake.state.selection).toHaveLength(1);
    const again = await auditMiroBoard(fake.board, request, memory);
    expect(again.scope).toBe('board');
    expect(again.maps).toHaveLength(2);
    // The person's own selection (another item of the same map, with the shown note) narrows it.
    const shown = fake.state.selection[0];
    const other = [...fake.state.items.values()].find((record) => record.id !== shown && record.type !== 'frame' && fake.state.absoluteRect(record).x >= 6000);
    await fake.board.select({ id: [other?.id ?? ''] });
    expect(fake.state.selection).toHaveLength(2);
    const narrowed = await auditMiroBoard(fake.board, request, memory);
    expect(narrowed.scope).toBe('selection');
    expect(narrowed.maps).toHaveLength(1);
  });

  it('shows the finding on a board without select, and leaves the selection alone', async () => {
    const { fake, memory, outcome } = await twoMaps();
    const first = outcome.maps[0];
    const finding = first?.findings.find((f) => f.rule === 'negative-emotion-unaddressed');
    if (!first || !finding?.where) throw new Error('no cell finding');
    const withoutSelect: PanelBoard = { ...fake.board };
    delete withoutSelect.select;
    delete withoutSelect.deselect;
    await showFinding(withoutSelect, finding, first.map, memory);
    expect(fake.state.viewport).toEqual(padded(finding.where.rect));
    expect(fake.state.selection).toEqual([]);
    expect(memory.focusSelection).toBeUndefined();
  });
});
