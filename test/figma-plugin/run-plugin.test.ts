import { describe, expect, it } from 'vitest';
import type { SceneNode } from '@figma/plugin-typings/plugin-api-standalone';
import { createMapFromTemplate, parseMap } from '../../core/index.ts';
import type { CjmMap } from '../../core/index.ts';
import { startPlugin } from './support/plugin-harness.ts';

const lumus = (): CjmMap => createMapFromTemplate('b2b-saas', 'ru', { examples: true });

describe('the plugin main thread on the fake editor', () => {
  it('shows a themed UI and answers ready with the editor, command and selection', async () => {
    const h = startPlugin({ editor: 'figjam', command: 'audit' });
    expect(h.fake.ui.shown?.options.themeColors).toBe(true);
    await h.send({ type: 'ready' });
    expect(h.ofType('init')).toEqual([{ type: 'init', editor: 'figjam', command: 'audit', selectionCount: 0 }]);
  });

  it('generates a map from the UI, with progress, and shows it selected', async () => {
    const h = startPlugin({ editor: 'figma' });
    await h.send({ type: 'generate', map: lumus() });
    const [generated] = h.ofType('generated');
    expect(generated?.containerId).toBeDefined();
    expect(generated?.noteCount).toBe(lumus().notes.length);
    expect(generated?.fontFallbacks).toEqual([]);
    const progress = h.ofType('progress');
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    expect(h.fake.figma.currentPage.selection.map((n) => n.id)).toEqual([generated?.containerId]);
    expect(h.fake.api.viewport.lastShown).toEqual([generated?.containerId]);
  });

  it('refuses an invalid map with its problems and their paths, creating nothing', async () => {
    const h = startPlugin();
    const bad = { ...lumus(), stages: [{ id: 's1', name: 'A', phase: 'nowhere' }] };
    await h.send({ type: 'generate', map: bad });
    const [error] = h.ofType('error');
    expect(error?.code).toBe('invalid-map');
    expect(error?.detail).toMatch(/stages\[0\]\.phase/u);
    expect(h.fake.nodeCount()).toBe(0);
  });

  it('cancels a generation: the UI hears "cancelled" and the page is as it was', async () => {
    const h = startPlugin({ editor: 'figjam', realYields: true });
    h.fake.person.addSticky('keep me', { x: -500, y: -500 });
    const before = h.fake.describe();
    let cancelled = false;
    const stop = h.fake.ui.listen((message) => {
      const m = message as { type: string; done?: number };
      if (!cancelled && m.type === 'progress' && (m.done ?? 0) > 30) {
        cancelled = true;
        void h.fake.ui.send({ type: 'cancel' });
      }
    });
    // Real yields, so the cancel message gets a turn while the map is being written.
    await h.send({ type: 'generate', map: lumus() });
    await h.until(() => h.ofType('cancelled').length + h.ofType('generated').length > 0, 'the end of the run');
    stop();
    expect(h.ofType('generated')).toEqual([]);
    expect(h.ofType('cancelled')).toHaveLength(1);
    expect(h.fake.describe()).toEqual(before);
  });

  it('answers a second generate while one runs with "busy"', async () => {
    const h = startPlugin();
    const first = h.fake.ui.send({ type: 'generate', map: lumus() });
    const second = h.fake.ui.send({ type: 'generate', map: lumus() });
    await Promise.all([first, second]);
    await h.plugin.idle();
    expect(h.ofType('error').map((e) => e.code)).toEqual(['busy']);
    expect(h.ofType('generated')).toHaveLength(1);
  });

  it('says so for a message it does not know', async () => {
    const h = startPlugin();
    await h.send({ type: 'explode' });
    expect(h.ofType('error')[0]?.code).toBe('bad-message');
  });
});

describe('audit, focus and export through messages', () => {
  async function auditedPage(editor: 'figjam' | 'figma', gapMarkers = false) {
    const h = startPlugin({ editor });
    const map = createMapFromTemplate('ecommerce', 'en', { examples: false });
    await h.send({ type: 'generate', map });
    await h.send({ type: 'audit', scope: 'page', gapMarkers });
    return { h, map };
  }

  it('audits the page: findings per map, each with its cell', async () => {
    const { h, map } = await auditedPage('figjam');
    const [result] = h.ofType('audit-result');
    expect(result?.trigger).toBe('manual');
    expect(result?.maps).toHaveLength(1);
    const audited = result?.maps[0];
    expect(audited?.map.stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
    const touchpoints = audited?.findings.filter((f) => f.rule === 'missing-touchpoints') ?? [];
    expect(touchpoints).toHaveLength(map.stages.length);
    expect(touchpoints.every((f) => f.where !== undefined)).toBe(true);
  });

  it('brings a finding into view: its nodes selected and zoomed to, or its rectangle shown with them selected', async () => {
    const { h } = await auditedPage('figma');
    const finding = h.ofType('audit-result')[0]?.maps[0]?.findings.find((f) => (f.where?.itemIds.length ?? 0) > 0);
    expect(finding).toBeDefined();
    const where = finding?.where;
    if (!where) return;
    await h.send({ type: 'focus', itemIds: where.itemIds });
    expect(h.fake.api.viewport.lastShown).toEqual(where.itemIds);
    expect(h.fake.figma.currentPage.selection.map((n) => n.id)).toEqual(where.itemIds);
    // With a rectangle, the rectangle is what is shown (a cell, not its headers), its nodes selected.
    h.fake.api.viewport.lastShown = [];
    await h.send({ type: 'focus', itemIds: where.itemIds.slice(0, 1), rect: where.rect });
    expect(h.fake.api.viewport.lastShown).toEqual([]);
    expect(h.fake.api.viewport.center).toEqual({ x: where.rect.x + where.rect.width / 2, y: where.rect.y + where.rect.height / 2 });
    expect(h.fake.figma.currentPage.selection.map((n) => n.id)).toEqual(where.itemIds.slice(0, 1));
    await h.send({ type: 'focus', itemIds: ['9:9999'], rect: { x: 1000, y: 2000, width: 400, height: 200 } });
    expect(h.fake.api.viewport.center).toEqual({ x: 1200, y: 2100 });
    await h.send({ type: 'focus', itemIds: ['9:9999'] });
    expect(h.ofType('error').at(-1)?.code).toBe('not-found');
  });

  it('puts gap markers in the gap cells, and the next audit removes them', async () => {
    const { h, map } = await auditedPage('figjam', true);
    const first = h.ofType('audit-result')[0];
    // Every stage lacks touchpoints and recommendations.
    expect(first?.gapMarkerCount).toBe(map.stages.length * 2);
    const count = () => h.fake.describe().filter((n) => n.shared?.['cjm-kit']?.marker?.includes(';gap-marker;')).length;
    expect(count()).toBe(map.stages.length * 2);
    // The markers are decoration: the map reads the same, with no new orphans or notes.
    expect(first?.maps[0]?.map.notes).toEqual([]);
    await h.send({ type: 'audit', scope: 'page', gapMarkers: false });
    expect(count()).toBe(0);
    expect(h.ofType('audit-result')[1]?.maps[0]?.map.orphans).toEqual([]);
  });

  it('leaves a gap marker a person rewrote: it is theirs now', async () => {
    const { h } = await auditedPage('figjam', true);
    const marker = h.fake.describe().find((n) => n.shared?.['cjm-kit']?.marker?.includes(';gap-marker;'));
    if (!marker) throw new Error('no marker');
    h.fake.person.editText(marker.id, 'Call the store manager');
    await h.send({ type: 'audit', scope: 'page', gapMarkers: false });
    expect(h.fake.node(marker.id)?.removed).toBe(false);
  });

  it('exports the audited map as cjm/1 JSON, CSV and Markdown', async () => {
    const { h, map } = await auditedPage('figma');
    await h.send({ type: 'export', format: 'json' });
    await h.send({ type: 'export', format: 'csv', delimiter: ';' });
    await h.send({ type: 'export', format: 'markdown', locale: 'ru' });
    const [json, csv, md] = h.ofType('export-file');
    expect(json?.fileName).toMatch(/\.cjm\.json$/u);
    expect(parseMap(JSON.parse(json?.text ?? '')).stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
    expect(csv?.mimeType).toMatch(/text\/csv/u);
    expect(csv?.text.split('\r\n')[0]).toContain(';');
    expect(md?.text).toContain(map.stages[0]?.name ?? '???');
    await h.send({ type: 'export', format: 'json', mapIndex: 3 });
    expect(h.ofType('error').at(-1)?.code).toBe('nothing-to-export');
  });

  it('answers an audit of an empty page with no-map', async () => {
    const h = startPlugin();
    await h.send({ type: 'audit', scope: 'page', gapMarkers: false });
    expect(h.ofType('error')[0]?.code).toBe('no-map');
  });
});

describe('the live audit follows the page', () => {
  it('re-audits after a person edits the page, debounced, and not after its own markers', async () => {
    const h = startPlugin({ editor: 'figjam', liveDelayMs: 5 });
    const map = createMapFromTemplate('race-basic', 'en');
    await h.send({ type: 'generate', map });
    await h.send({ type: 'audit', scope: 'page', gapMarkers: true });
    await h.send({ type: 'live', enabled: true });
    expect(h.ofType('live-state').at(-1)?.enabled).toBe(true);
    const lives = () => h.ofType('audit-result').filter((m) => m.trigger === 'live');
    await h.until(() => lives().length >= 1, 'the first live audit');
    const missing = (m: (typeof lives extends () => (infer R)[] ? R : never) | undefined) =>
      m?.maps[0]?.findings.filter((f) => f.rule === 'missing-touchpoints').length ?? -1;
    const before = missing(lives().at(-1));
    expect(before).toBe(map.stages.length);

    // A person adds a touchpoint into the first stage's touchpoint cell.
    const stage = map.stages[0]?.id;
    const layer = map.layers.find((l) => l.kind === 'touchpoints')?.id;
    const cell = h.fake
      .describe()
      .find((n) => n.shared?.['cjm-kit']?.marker === undefined ? false : n.shared['cjm-kit'].marker.endsWith(`;cell;${stage};${layer}`));
    if (!cell) throw new Error('no touchpoint cell');
    const section = h.fake.page().children[0] as SceneNode;
    h.fake.person.addSticky('Search ads', { x: cell.box[0] + 300, y: cell.box[1] + 20, parent: section.id });
    const seen = lives().length;
    await h.until(() => lives().length > seen, 'a live audit after the edit');
    expect(missing(lives().at(-1))).toBe(map.stages.length - 1);

    // Its own gap markers (replaced by every live run) do not keep it running.
    await new Promise((resolve) => setTimeout(resolve, 60));
    h.fake.flushEvents();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const settled = lives().length;
    await new Promise((resolve) => setTimeout(resolve, 80));
    h.fake.flushEvents();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(lives().length).toBe(settled);

    await h.send({ type: 'live', enabled: false });
    expect(h.fake.events.listenerCount).toBe(0);
  });

  it('follows the user to another page', async () => {
    const h = startPlugin({ editor: 'figjam', pages: ['One', 'Two'], liveDelayMs: 5 });
    await h.send({ type: 'live', enabled: true });
    const two = h.fake.root.pages[1];
    if (!two) throw new Error('no page two');
    h.fake.api.switchPage(two);
    await h.send({ type: 'generate', map: createMapFromTemplate('loyalty', 'ru') });
    const lives = () => h.ofType('audit-result').filter((m) => m.trigger === 'live');
    await h.until(() => lives().some((m) => m.maps.length === 1), 'a live audit of page two');
  });
});

describe('audit of the selection', () => {
  it('reads only the map the selection is in, and tells the UI when the selection changes', async () => {
    const h = startPlugin({ editor: 'figjam' });
    await h.send({ type: 'generate', map: createMapFromTemplate('loyalty', 'en') });
    await h.send({ type: 'generate', map: createMapFromTemplate('clinic', 'ru') });
    const second = h.ofType('generated')[1]?.containerId ?? '';
    const header = h.fake.describe().find((n) => n.parent === second && n.type === 'SHAPE_WITH_TEXT');
    if (!header) throw new Error('no header in the second map');
    h.fake.person.select([header.id]);
    expect(h.ofType('selection').at(-1)?.selectionCount).toBe(1);
    await h.send({ type: 'audit', scope: 'selection', gapMarkers: false });
    const result = h.ofType('audit-result').at(-1);
    expect(result?.scope).toBe('selection');
    expect(result?.maps.map((m) => m.map.title)).toEqual([createMapFromTemplate('clinic', 'ru').title]);
    await h.send({ type: 'audit', scope: 'page', gapMarkers: false });
    expect(h.ofType('audit-result').at(-1)?.maps).toHaveLength(2);
  });
});

/**
 * Generates a map and has the user close the plugin once a progress message passes `when`; then
 * gives the abandoned run time to do whatever it would (in Figma: nothing).
 */
async function generateAndClose(h: ReturnType<typeof startPlugin>, when: (m: { phase?: string; done?: number }) => boolean): Promise<void> {
  let closed = false;
  const stop = h.fake.ui.listen((message) => {
    const m = message as { type: string; done?: number; phase?: string };
    if (!closed && m.type === 'progress' && when(m)) {
      closed = true;
      // The user closes the window: the close listeners run, then the sandbox is gone.
      queueMicrotask(() => h.fake.api.closeByUser());
    }
  });
  void h.fake.ui.send({ type: 'generate', map: lumus() });
  await h.until(() => closed && h.fake.api.closed, 'the close');
  stop();
  await new Promise((resolve) => setTimeout(resolve, 30));
}

describe('the plugin closed mid-way', () => {
  for (const editor of ['figjam', 'figma'] as const) {
    it(`${editor}: closing the plugin while a map is being written leaves the page as it was`, async () => {
      const h = startPlugin({ editor, realYields: true });
      h.fake.person.addText('keep me', { x: -500, y: -500 });
      const before = h.fake.describe();
      await generateAndClose(h, (m) => m.phase === 'write' && (m.done ?? 0) > 0);
      expect(h.fake.describe()).toEqual(before);
    });
  }

  it('closing while measuring notes (before the map frame exists) removes the measured notes too', async () => {
    const h = startPlugin({ editor: 'figjam', realYields: true });
    const before = h.fake.describe();
    await generateAndClose(h, (m) => m.phase === 'measure' && (m.done ?? 0) > 3);
    expect(h.fake.describe()).toEqual(before);
  });
});
