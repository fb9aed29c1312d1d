import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditReading, createMapFromTemplate, findGapCells, importMiroRest, readBoard } from '../../core/index.ts';
import type { Finding } from '../../core/index.ts';
import { auditBoard, generateMap, placeGapMarkers, removeGapMarkers, snapshotBoard, watchBoard } from '../../miro-app/adapter/index.ts';
import type { BoardAudit } from '../../miro-app/adapter/index.ts';
import { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';

/**
 * Maps people drew by hand — the Miro REST exports of examples/ and test/fixtures loaded onto the
 * fake board — are read and audited through the adapter as the REST importer reads them, with
 * their gaps; gap markers come and go without touching anything a person made; the live audit
 * follows edits.
 */

afterEach(() => {
  vi.useRealTimers();
});

const BOARDS = ['examples/miro-board-ru.json', 'test/fixtures/miro-en-saas.json', 'test/fixtures/miro-ru-clinic.json'];

function listingOf(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown;
}

function boardOf(path: string): FakeMiro {
  const fake = new FakeMiro();
  loadMiroRest(fake, listingOf(path));
  return fake;
}

const brief = (findings: readonly Finding[]) => findings.map((f) => `${f.rule} ${f.severity} ${f.stage ?? ''} ${f.layer ?? ''}`).sort();

/** The board's items, without the app's storage (which an audit may update). */
const itemsOf = (fake: FakeMiro) => (fake.dump() as { items: unknown }).items;

describe.each(BOARDS)('hand-made board %s on the fake', (path) => {
  it('audits with the same map and findings as its REST export, gaps included', async () => {
    const fake = boardOf(path);
    const result = await auditBoard(fake.board);
    const expected = readBoard(importMiroRest(listingOf(path)));
    expect(result.maps.map((m) => m.reading.map)).toEqual(expected.maps.map((m) => m.map));
    expect(result.maps.map((m) => brief(m.findings))).toEqual(expected.maps.map((m) => brief(auditReading(m))));
    const gaps = result.maps.flatMap((m) => findGapCells(m.reading));
    const missing = result.maps.flatMap((m) => m.findings.filter((f) => f.rule === 'missing-touchpoints' || f.rule === 'missing-recommendations'));
    expect(gaps.length).toBeGreaterThan(0);
    expect(new Set(gaps.map((g) => g.stage))).toEqual(new Set(missing.map((f) => f.stage)));
  });

  it('places red gap markers in the empty cells, which the audit ignores and the next one removes', async () => {
    const fake = boardOf(path);
    const before = itemsOf(fake);
    const first = await auditBoard(fake.board);
    const map = first.maps[0];
    if (!map) throw new Error('no map');
    const cells = findGapCells(map.reading);
    const ids = await placeGapMarkers(fake.board, cells);
    expect(ids.length).toBe(cells.length);
    for (const [i, id] of ids.entries()) {
      const record = fake.state.items.get(id);
      const cell = cells[i];
      if (!record || !cell) throw new Error('missing marker');
      expect(record.style.fillColor).toBe('red');
      const rect = fake.state.absoluteRect(record);
      expect(rect.x).toBeGreaterThanOrEqual(cell.rect.x);
      expect(rect.y).toBeGreaterThanOrEqual(cell.rect.y);
      expect(rect.x + rect.width).toBeLessThanOrEqual(cell.rect.x + cell.rect.width);
      expect(rect.y + rect.height).toBeLessThanOrEqual(cell.rect.y + cell.rect.height);
    }
    // The markers are no notes: the same map, the same findings.
    const second = await auditBoard(fake.board);
    expect(second.maps[0]?.reading.map).toEqual(map.reading.map);
    expect(brief(second.maps[0]?.findings ?? [])).toEqual(brief(map.findings));
    expect(await removeGapMarkers(fake.board)).toBe(ids.length);
    expect(itemsOf(fake)).toEqual(before);
  });
});

describe('gap markers and what a person made', () => {
  it('a marker a person rewrote is theirs: the next audit leaves it', async () => {
    const fake = boardOf(BOARDS[0] ?? '');
    const audit = await auditBoard(fake.board);
    const cells = audit.maps.flatMap((m) => findGapCells(m.reading));
    const ids = await placeGapMarkers(fake.board, cells);
    const rewritten = ids[0];
    if (rewritten === undefined) throw new Error('no marker');
    fake.person.setText(rewritten, 'Telegram-канал клиники');
    expect(await removeGapMarkers(fake.board)).toBe(ids.length - 1);
    expect(fake.state.items.has(rewritten)).toBe(true);
    // It is an ordinary note now.
    const reading = readBoard(await snapshotBoard(fake.board));
    expect(reading.maps[0]?.roles.get(rewritten)).toBe('note');
  });

  it('placing markers is all or none', async () => {
    const fake = boardOf(BOARDS[0] ?? '');
    const audit = await auditBoard(fake.board);
    const cells = audit.maps.flatMap((m) => findGapCells(m.reading));
    expect(cells.length).toBeGreaterThan(2);
    const before = fake.dump();
    fake.failCall(4);
    await expect(placeGapMarkers(fake.board, cells)).rejects.toThrow();
    expect(fake.dump()).toEqual(before);
  });
});

describe('live audit', () => {
  it('re-runs after a person fills a gap, debounced, and ignores the app’s own edits', async () => {
    vi.useFakeTimers();
    const fake = boardOf(BOARDS[0] ?? '');
    const results: BoardAudit[] = [];
    const live = watchBoard(fake.board, { onResult: (r) => results.push(r), delayMs: 300 });
    await vi.advanceTimersByTimeAsync(300);
    expect(results).toHaveLength(1);
    const first = results[0]?.maps[0];
    if (!first) throw new Error('no map');
    const gap = findGapCells(first.reading).find((cell) => cell.kind === 'touchpoints');
    if (!gap) throw new Error('no touchpoint gap');
    const errorsAt = (audit: BoardAudit | undefined) => (audit?.maps[0]?.findings ?? []).filter((f) => f.rule === 'missing-touchpoints' && f.stage === gap.stage).length;
    expect(errorsAt(results[0])).toBe(1);

    // Gap markers the app places do not trigger a re-run.
    await placeGapMarkers(fake.board, [gap]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(results).toHaveLength(1);
    await removeGapMarkers(fake.board);
    await vi.advanceTimersByTimeAsync(1000);
    expect(results).toHaveLength(1);

    // A person adds a touchpoint and moves it a little: one re-run, after the quiet time.
    const id = fake.person.addSticky('Email-рассылка', { x: gap.rect.x + gap.rect.width / 2, y: gap.rect.y + gap.rect.height / 2 });
    await vi.advanceTimersByTimeAsync(100);
    fake.person.move(id, { x: gap.rect.x + gap.rect.width / 2 + 5, y: gap.rect.y + gap.rect.height / 2 });
    await vi.advanceTimersByTimeAsync(299);
    expect(results).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(results).toHaveLength(2);
    expect(errorsAt(results[1])).toBe(0);

    // Deleting it brings the finding back.
    fake.person.remove(id);
    await vi.advanceTimersByTimeAsync(300);
    expect(results).toHaveLength(3);
    expect(errorsAt(results[2])).toBe(1);

    live.dispose();
    fake.person.addSticky('after', { x: 0, y: 0 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(results).toHaveLength(3);
  });

  it('follows edits of a generated map too', async () => {
    vi.useFakeTimers();
    const fake = new FakeMiro();
    const map = createMapFromTemplate('b2b-saas', 'en');
    await generateMap(fake.board, map);
    const results: BoardAudit[] = [];
    const live = watchBoard(fake.board, { onResult: (r) => results.push(r), delayMs: 200 });
    await vi.advanceTimersByTimeAsync(200);
    const reading = results[0]?.maps[0]?.reading;
    if (!reading) throw new Error('no reading');
    const gap = findGapCells(reading).find((cell) => cell.kind === 'touchpoints');
    if (!gap) throw new Error('no gap');
    const before = (results[0]?.maps[0]?.findings ?? []).length;
    fake.person.addSticky('Webinar', { x: gap.rect.x + gap.rect.width / 2, y: gap.rect.y + gap.rect.height / 2 });
    await vi.advanceTimersByTimeAsync(200);
    expect(results).toHaveLength(2);
    expect(results[1]?.maps[0]?.reading.map.notes.map((n) => n.text)).toContain('Webinar');
    expect((results[1]?.maps[0]?.findings ?? []).length).toBe(before - 1);
    live.dispose();
  });
});

describe('the selection', () => {
  it('audits only the map holding the selection, the whole board without one, and live follows it', async () => {
    vi.useFakeTimers();
    const fake = boardOf(BOARDS[0] ?? '');
    const generated = createMapFromTemplate('loyalty', 'en', { examples: true });
    const { itemIds } = await generateMap(fake.board, generated, { origin: { x: 40_000, y: 0 } });
    expect((await auditBoard(fake.board, { selection: true })).maps).toHaveLength(2);
    const results: BoardAudit[] = [];
    const live = watchBoard(fake.board, { onResult: (r) => results.push(r), delayMs: 100, selection: true });
    await vi.advanceTimersByTimeAsync(100);
    expect(results.at(-1)?.maps).toHaveLength(2);
    fake.person.select([itemIds[5] ?? '']);
    await vi.advanceTimersByTimeAsync(100);
    expect(results).toHaveLength(2);
    expect(results.at(-1)?.maps.map((m) => m.reading.map.title)).toEqual([generated.title]);
    live.dispose();
  });
});
