import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importMiroRest } from '../../core/index.ts';
import type { MiroItem } from '../../miro-app/adapter/board-api.ts';
import { FakeMiro, FakeRateLimitError, loadMiroRest } from '../../miro-app/fake/index.ts';

/** The fake is a test double: these tests pin the Miro behaviour it models (docs/miro-web-sdk.md). */

afterEach(() => {
  vi.useRealTimers();
});

describe('fake Miro board: coordinates and frames', () => {
  it('keeps centres, and children of a frame measure from its top-left corner after frame.add', async () => {
    const { board, state } = new FakeMiro();
    const frame = await board.createFrame({ x: 1000, y: 500, width: 800, height: 400, title: 'Map' });
    // The frame spans 600..1400 × 300..700; a sticky centred at (700, 400) lies inside it.
    const sticky = await board.createStickyNote({ x: 700, y: 400, width: 100, content: '<p>a</p>' });
    expect(sticky.x).toBe(700);
    await frame.add(sticky as never);
    expect(sticky.x).toBe(100);
    expect(sticky.y).toBe(100);
    const [read] = await board.get({ id: sticky.id });
    expect(read?.parentId).toBe(frame.id);
    expect(read?.relativeTo).toBe('parent_top_left');
    // It did not move on the board.
    const record = state.items.get(sticky.id);
    if (!record) throw new Error('missing');
    const rect = state.absoluteRect(record);
    expect(rect.x + rect.width / 2).toBe(700);
    expect(rect.y + rect.height / 2).toBe(400);
  });

  it('refuses to add an item lying outside the frame, and frames smaller than 100 × 100', async () => {
    const { board } = new FakeMiro();
    const frame = await board.createFrame({ x: 0, y: 0, width: 200, height: 200 });
    const far = await board.createShape({ x: 500, y: 0, width: 50, height: 50 });
    await expect(frame.add(far as never)).rejects.toThrow(/outside frame/);
    await expect(board.createFrame({ x: 0, y: 0, width: 50, height: 300 })).rejects.toThrow(/at least 100/);
  });

  it('moving a frame moves its children; shrinking it past a child throws', async () => {
    const fake = new FakeMiro();
    const { board } = fake;
    const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const shape = await board.createShape({ x: 150, y: 150, width: 50, height: 50 });
    await frame.add(shape as never);
    const [f] = (await board.get({ id: frame.id })) as unknown as (MiroItem & { x: number; width: number; sync(): Promise<void> })[];
    if (!f) throw new Error('missing frame');
    f.x = 1000;
    await f.sync();
    const record = fake.state.items.get(shape.id);
    if (!record) throw new Error('missing');
    expect(fake.state.absoluteRect(record).x).toBe(1125);
    f.width = 120;
    await expect(f.sync()).rejects.toThrow(/outside/);
  });

  it('removing a frame removes what it holds', async () => {
    const fake = new FakeMiro();
    const frame = await fake.board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const text = await fake.board.createText({ x: 0, y: 0, width: 100, content: '<p>t</p>' });
    await frame.add(text as never);
    await fake.board.remove(frame);
    expect(fake.state.items.size).toBe(0);
  });
});

describe('fake Miro board: sticky notes, colours, content, metadata', () => {
  it('takes width or height, never both, and keeps the aspect ratio', async () => {
    const { board } = new FakeMiro();
    const byWidth = await board.createStickyNote({ width: 398 });
    expect(byWidth.height).toBeCloseTo(456);
    const byHeight = await board.createStickyNote({ height: 114 });
    expect(byHeight.width).toBeCloseTo(99.5);
    const rectangle = await board.createStickyNote({ shape: 'rectangle' });
    expect([rectangle.width, rectangle.height]).toEqual([350, 228]);
    await expect(board.createStickyNote({ width: 100, height: 100 })).rejects.toThrow(/either width or height/);
  });

  it('throws on a colour that is not one of the sixteen names', async () => {
    const { board } = new FakeMiro();
    await expect(board.createStickyNote({ style: { fillColor: '#ff0000' as never } })).rejects.toThrow(/invalid fillColor/);
    await expect(board.createStickyNote({ style: { fillColor: 'light_yellow' } })).resolves.toBeDefined();
  });

  it('throws on content of 6000 characters or more', async () => {
    const { board } = new FakeMiro();
    await expect(board.createStickyNote({ content: 'x'.repeat(6000) })).rejects.toThrow(/shorter than 6000/);
    await expect(board.createStickyNote({ content: 'x'.repeat(5999) })).resolves.toBeDefined();
  });

  it('strips tags outside the subset and keeps their text', async () => {
    const { board } = new FakeMiro();
    const sticky = await board.createStickyNote({ content: '<p><img src=x onerror=alert(1)><b onclick="x()">bold</b> <script>s</script><a href="javascript:y">l</a></p>' });
    expect(sticky.content).toBe('<p><b>bold</b> s<a>l</a></p>');
    const escaped = await board.createStickyNote({ content: '<p>&lt;img src=x onerror=alert(1)&gt;</p>' });
    expect(escaped.content).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('throws when item metadata would pass 256 bytes or app data 512', async () => {
    const fake = new FakeMiro();
    const sticky = (await fake.board.createStickyNote({})) as unknown as { setMetadata(k: string, v: string): Promise<unknown> };
    await expect(sticky.setMetadata('m', 'x'.repeat(200))).resolves.toBeDefined();
    await expect(sticky.setMetadata('n', 'y'.repeat(100))).rejects.toThrow(/at most 256/);
    const board = fake.board as unknown as { setAppData(k: string, v: string): Promise<unknown> };
    await expect(board.setAppData('a', 'z'.repeat(600))).rejects.toThrow(/at most 512/);
  });
});

describe('fake Miro board: reading, selection, viewport, events', () => {
  it('get filters by type and by id', async () => {
    const { board } = new FakeMiro();
    const a = await board.createStickyNote({});
    await board.createShape({});
    const c = await board.createText({});
    expect((await board.get({ type: 'sticky_note' })).map((i) => i.id)).toEqual([a.id]);
    expect((await board.get({ type: ['sticky_note', 'text'] })).map((i) => i.id).sort()).toEqual([a.id, c.id].sort());
    expect((await board.get({ id: [c.id] })).map((i) => i.id)).toEqual([c.id]);
    expect(await board.get()).toHaveLength(3);
  });

  it("a person's edits fire items:create, experimental:items:update, items:delete and selection:update", async () => {
    const fake = new FakeMiro();
    const seen: string[] = [];
    for (const event of ['items:create', 'items:delete', 'experimental:items:update', 'selection:update'] as const) {
      fake.board.ui.on(event, ({ items }) => seen.push(`${event}:${items.length}`));
    }
    const changes: string[] = [];
    fake.subscribe((change) => changes.push(change.type));
    const frame = fake.person.add('frame', { x: 0, y: 0, width: 1000, height: 1000 });
    const id = fake.person.addSticky('hi', { x: 100, y: 100 });
    // Dropped inside the frame, it became its child.
    expect(fake.state.items.get(id)?.parentId).toBe(frame);
    fake.person.move(id, { x: 5000, y: 0 });
    expect(fake.state.items.get(id)?.parentId).toBeNull();
    fake.person.select([id]);
    expect((await fake.board.getSelection()).map((i) => i.id)).toEqual([id]);
    fake.person.setViewport({ x: 0, y: 0, width: 10, height: 10 });
    expect(await fake.board.viewport.get()).toEqual({ x: 0, y: 0, width: 10, height: 10 });
    fake.person.remove(id);
    expect(seen).toEqual(['items:create:1', 'items:create:1', 'experimental:items:update:1', 'selection:update:1', 'items:delete:1']);
    expect(changes).toEqual(['items:create', 'items:create', 'experimental:items:update', 'selection:update', 'viewport', 'items:delete']);
    // A person's actions cost the app nothing.
    expect(fake.credits.total).toBe(50 * 2);
  });
});

describe('fake Miro board: credits, latency, failures', () => {
  it('charges 50 credits a call and fails past 100,000 a minute until the window moves on', async () => {
    vi.useFakeTimers();
    const fake = new FakeMiro();
    for (let i = 0; i < 2000; i++) await fake.board.get({ id: 'none' });
    expect(fake.credits.spentInLastMinute(Date.now())).toBe(100_000);
    await expect(fake.board.get()).rejects.toBeInstanceOf(FakeRateLimitError);
    expect(fake.rateLimitErrors).toBe(1);
    vi.advanceTimersByTime(60_001);
    await expect(fake.board.get()).resolves.toEqual([]);
  });

  it('fails past 1,000,000 credits an hour even when every minute is under its limit', async () => {
    vi.useFakeTimers();
    const fake = new FakeMiro();
    for (let minute = 0; minute < 10; minute++) {
      for (let i = 0; i < 2000; i++) await fake.board.get({ id: 'none' });
      vi.advanceTimersByTime(60_001);
    }
    await expect(fake.board.get()).rejects.toThrow(/Rate limit/);
    vi.advanceTimersByTime(3_600_000);
    await expect(fake.board.get()).resolves.toEqual([]);
  });

  it('answers after the configured latency', async () => {
    vi.useFakeTimers();
    const fake = new FakeMiro({ latencyMs: 200 });
    let done = false;
    void fake.board.createShape({}).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('fails the n-th call from now, and only that one', async () => {
    const fake = new FakeMiro();
    fake.failCall(2, new Error('boom'));
    await expect(fake.board.createShape({})).resolves.toBeDefined();
    await expect(fake.board.createShape({})).rejects.toThrow('boom');
    await expect(fake.board.createShape({})).resolves.toBeDefined();
    expect(fake.state.items.size).toBe(2);
    expect(fake.callCounts()).toEqual({ createShape: 3 });
  });
});

describe('fake Miro board: loading a REST export', () => {
  it('holds the same items, at the same places, as the REST importer reads from the listing', async () => {
    const listing = JSON.parse(readFileSync(new URL('../../examples/miro-board-ru.json', import.meta.url), 'utf8')) as unknown;
    const fake = new FakeMiro();
    const ids = loadMiroRest(fake, listing);
    expect(ids.length).toBeGreaterThan(10);
    const expected = importMiroRest(listing);
    for (const item of expected.items) {
      const record = fake.state.items.get(item.id);
      if (!record) throw new Error(`missing ${item.id}`);
      const rect = fake.state.absoluteRect(record);
      // Centres: text heights are derived (read-only in Miro) and may be estimated differently.
      expect(rect.x + rect.width / 2).toBeCloseTo(item.rect.x + item.rect.width / 2, 6);
      expect(rect.y + rect.height / 2).toBeCloseTo(item.rect.y + item.rect.height / 2, 6);
    }
    expect((await fake.board.get()).length).toBe(ids.length);
  });
});
