import { describe, expect, it } from 'vitest';
import { createMapFromTemplate, LOCALES, readBoard, TEMPLATES } from '../../core/index.ts';
import type { CjmMap } from '../../core/index.ts';
import { generateMap, planForMiro, snapshotBoard } from '../../miro-app/adapter/index.ts';
import { FakeMiro } from '../../miro-app/fake/index.ts';
import { generatedMapEssence } from '../support/generated-map-essence.ts';

describe('generateMap → snapshotBoard → readBoard', () => {
  for (const template of TEMPLATES) {
    for (const locale of LOCALES) {
      for (const examples of [false, true]) {
        it(`${template.id} (${locale}${examples ? ', with example notes' : ''}) reads back as the same map`, async () => {
          const map = createMapFromTemplate(template.id, locale, { examples });
          const fake = new FakeMiro();
          const result = await generateMap(fake.board, map, { origin: { x: 4000, y: -2000 } });
          expect(fake.state.items.get(result.frameId)?.type).toBe('frame');
          expect(result.itemIds).toHaveLength(fake.state.items.size);

          const reading = readBoard(await snapshotBoard(fake.board));
          expect(reading.maps).toHaveLength(1);
          const read = reading.maps[0];
          expect(read && generatedMapEssence(read.map)).toEqual(generatedMapEssence(map));
          expect(read?.map.orphans).toEqual([]);
        });
      }
    }
  }

  it('puts every child inside the frame, at the plan position, with the frame as parent', async () => {
    const map = createMapFromTemplate('b2b-saas', 'ru', { examples: true });
    const origin = { x: -1234, y: 567 };
    const fake = new FakeMiro();
    const { frameId } = await generateMap(fake.board, map, { origin });
    const frame = fake.state.items.get(frameId);
    if (!frame) throw new Error('no frame');
    const bounds = fake.state.absoluteRect(frame);
    const plan = planForMiro(map, { origin });
    expect(bounds).toEqual(plan.bounds);
    const stickies = [...fake.state.items.values()].filter((record) => record.type === 'sticky_note');
    expect(stickies.length).toBe(map.notes.length);
    for (const record of fake.state.items.values()) {
      if (record.id === frameId || record.type === 'connector') continue;
      expect(record.parentId).toBe(frameId);
      const rect = fake.state.absoluteRect(record);
      expect(rect.x).toBeGreaterThanOrEqual(bounds.x);
      expect(rect.y + rect.height).toBeLessThanOrEqual(bounds.y + bounds.height);
    }
    // Stickies got a width only and a colour name; Miro made them 228/199 as tall as wide, which
    // is what the 'miro' preset planned: each lands exactly on its planned rectangle.
    const planned = plan.items.filter((item) => item.shape === 'sticky');
    const key = (r: { x: number; y: number; width: number; height: number }) => [r.x, r.y, r.width, r.height].map((v) => v.toFixed(3)).join(',');
    const byRect = new Map(stickies.map((record) => [key(fake.state.absoluteRect(record)), record]));
    for (const item of planned) {
      const match = byRect.get(key(item.rect));
      expect(match, item.key).toBeDefined();
      expect(typeof match?.style.fillColor).toBe('string');
    }
  });

  it('notes never spill out of their cells', async () => {
    for (const template of TEMPLATES) {
      const map = createMapFromTemplate(template.id, 'ru', { examples: true });
      const plan = planForMiro(map);
      const fake = new FakeMiro();
      await generateMap(fake.board, map);
      const reading = readBoard(await snapshotBoard(fake.board)).maps[0];
      if (!reading) throw new Error('no map');
      const cells = new Map(plan.items.filter((item) => item.role === 'cell').map((item) => [`${item.stage ?? ''}|${item.layer ?? ''}`, item.rect]));
      for (const record of fake.state.items.values()) {
        if (record.type !== 'sticky_note') continue;
        const rect = fake.state.absoluteRect(record);
        const note = plan.items.find((item) => item.shape === 'sticky' && Math.abs(item.rect.x - rect.x) < 1e-6 && Math.abs(item.rect.y - rect.y) < 1e-6);
        const cell = note && cells.get(`${note.stage ?? ''}|${note.layer ?? ''}`);
        expect(cell, `${template.id}: sticky ${record.id}`).toBeDefined();
        if (!cell) continue;
        expect(rect.x).toBeGreaterThanOrEqual(cell.x);
        expect(rect.y).toBeGreaterThanOrEqual(cell.y);
        expect(rect.x + rect.width).toBeLessThanOrEqual(cell.x + cell.width + 1e-6);
        expect(rect.y + rect.height).toBeLessThanOrEqual(cell.y + cell.height + 1e-6);
      }
    }
  });

  it('two copies of one map on a board read as two maps', async () => {
    const map = createMapFromTemplate('race-basic', 'en', { examples: true });
    const fake = new FakeMiro();
    await generateMap(fake.board, map, { origin: { x: 0, y: 0 } });
    await generateMap(fake.board, map, { origin: { x: 0, y: 20_000 } });
    const reading = readBoard(await snapshotBoard(fake.board));
    expect(reading.maps).toHaveLength(2);
    for (const read of reading.maps) expect(generatedMapEssence(read.map)).toEqual(generatedMapEssence(map));
  });

  it('says which notes it could not place instead of dropping them silently', async () => {
    const base = createMapFromTemplate('race-basic', 'en', { examples: true });
    const layer = base.layers[0];
    if (!layer) throw new Error('no layer');
    const map: CjmMap = { ...base, notes: [...base.notes, { stage: 'no-such-stage', layer: layer.id, text: 'lost?' }] };
    const fake = new FakeMiro();
    const result = await generateMap(fake.board, map);
    expect(result.unplaced).toEqual([map.notes.length - 1]);
    const placed = await generateMap(new FakeMiro().board, base);
    expect(placed.unplaced).toEqual([]);
  });

  it('reports progress from 0 to the total', async () => {
    const map = createMapFromTemplate('loyalty', 'en');
    const fake = new FakeMiro();
    const seen: [number, number][] = [];
    await generateMap(fake.board, map, { onProgress: (done, total) => seen.push([done, total]) });
    const total = seen[0]?.[1] ?? 0;
    expect(seen[0]).toEqual([0, total]);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(total).toBe(fake.state.items.size);
  });
});
