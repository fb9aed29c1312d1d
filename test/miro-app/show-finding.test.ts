import { describe, expect, it } from 'vitest';
import { createMapFromTemplate } from '../../core/index.ts';
import type { CjmMap, Rect } from '../../core/index.ts';
import { auditBoard, generateMap } from '../../miro-app/adapter/index.ts';
import { FakeMiro } from '../../miro-app/fake/index.ts';
import { showFinding } from '../../miro-app/panel/engine.ts';

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
