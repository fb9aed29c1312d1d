import { describe, expect, it } from 'vitest';
import { createMapFromTemplate } from '../../core/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import { startPlugin } from './support/plugin-harness.ts';

/** `selectionchange` in the fake, as docs/figma-plugin-api.md, "Selection", says Figma fires it. */
describe('fake figma: selectionchange', () => {
  function counted(options: Parameters<typeof createFakeFigma>[0] = {}) {
    const fake = createFakeFigma(options);
    let fired = 0;
    fake.figma.on('selectionchange', () => (fired += 1));
    return { fake, fired: () => fired };
  }

  it('fires when a person selects, and when the plugin sets the selection even to the same nodes', () => {
    const { fake, fired } = counted();
    const a = fake.person.addSticky('a', { x: 0, y: 0 });
    const b = fake.person.addSticky('b', { x: 300, y: 0 });
    fake.person.select([a.id, b.id]);
    expect(fired()).toBe(1);
    expect(fake.figma.currentPage.selection.map((n) => n.id)).toEqual([a.id, b.id]);
    fake.person.select([]);
    expect(fired()).toBe(2);
    const same = fake.figma.currentPage.selection;
    fake.figma.currentPage.selection = same;
    expect(fired()).toBe(3);
  });

  it('fires when a selected node is deleted, and not for other deletions', () => {
    const { fake, fired } = counted();
    const a = fake.person.addSticky('a', { x: 0, y: 0 });
    const b = fake.person.addSticky('b', { x: 300, y: 0 });
    fake.person.select([a.id]);
    fake.person.remove(b.id);
    expect(fired()).toBe(1);
    fake.person.remove(a.id);
    expect(fired()).toBe(2);
    expect(fake.figma.currentPage.selection).toEqual([]);
  });

  it('keeps only directly selected nodes: a node dropped into a selected section leaves the selection', () => {
    const { fake, fired } = counted();
    const section = fake.person.addSection('Map', { x: 0, y: 0, width: 1000, height: 800 });
    const inside = fake.person.addSticky('in', { x: 10, y: 10, parent: section.id });
    const loose = fake.person.addSticky('loose', { x: 2000, y: 0 });
    fake.person.select([section.id, inside.id, loose.id, loose.id]);
    expect(fake.figma.currentPage.selection.map((n) => n.id)).toEqual([section.id, loose.id]);
    expect(fired()).toBe(1);
    fake.person.dropInto(loose.id, section.id);
    expect(fake.figma.currentPage.selection.map((n) => n.id)).toEqual([section.id]);
    expect(fired()).toBe(2);
  });

  it('fires for the current page only, and after every page change', async () => {
    const { fake, fired } = counted({ pages: ['One', 'Two'] });
    const two = fake.root.pages[1];
    if (!two) throw new Error('no page two');
    await two.loadAsync();
    const sticky = fake.person.addSticky('on one', { x: 0, y: 0 });
    // The plugin selects on a page the user is not on: that page's selection changes, the user's does not.
    two.selection = [];
    expect(fired()).toBe(0);
    fake.api.switchPage(two);
    expect(fired()).toBe(1);
    expect(fake.page()).toBe(two);
    expect(sticky.removed).toBe(false);
  });
});

describe('the plugin follows a person’s selection', () => {
  async function twoMaps() {
    const h = startPlugin({ editor: 'figjam', liveDelayMs: 5 });
    await h.send({ type: 'generate', map: createMapFromTemplate('loyalty', 'en') });
    await h.send({ type: 'generate', map: createMapFromTemplate('clinic', 'ru') });
    const [first, second] = h.ofType('generated').map((m) => m.containerId);
    const noteOf = (container: string | undefined) => {
      const node = h.fake.describe().find((n) => n.parent === container && n.type === 'SHAPE_WITH_TEXT');
      if (!node) throw new Error('no header');
      return node.id;
    };
    return { h, first: noteOf(first), second: noteOf(second) };
  }
  const titles = { first: createMapFromTemplate('loyalty', 'en').title, second: createMapFromTemplate('clinic', 'ru').title };

  it('tells the UI how many nodes are selected whenever a person selects', async () => {
    const { h, second } = await twoMaps();
    const before = h.ofType('selection').length;
    h.fake.person.select([second]);
    expect(h.ofType('selection').slice(before).map((m) => m.selectionCount)).toEqual([1]);
    h.fake.person.select([]);
    expect(h.ofType('selection').at(-1)?.selectionCount).toBe(0);
  });

  it('re-audits the selection live as the person selects another map', async () => {
    const { h, first, second } = await twoMaps();
    h.fake.person.select([second]);
    await h.send({ type: 'audit', scope: 'selection', gapMarkers: false });
    expect(h.ofType('audit-result').at(-1)?.maps.map((m) => m.map.title)).toEqual([titles.second]);
    await h.send({ type: 'live', enabled: true });
    const lives = () => h.ofType('audit-result').filter((m) => m.trigger === 'live');
    await h.until(() => lives().length > 0, 'the first live audit');

    h.fake.person.select([first]);
    await h.until(() => lives().at(-1)?.maps[0]?.map.title === titles.first, 'a live audit of the newly selected map');
    expect(lives().at(-1)?.maps.map((m) => m.map.title)).toEqual([titles.first]);
    expect(lives().at(-1)?.scope).toBe('selection');
  });

  it('does not re-audit on selection changes when the live audit reads the whole page', async () => {
    const { h, first } = await twoMaps();
    await h.send({ type: 'audit', scope: 'page', gapMarkers: false });
    await h.send({ type: 'live', enabled: true });
    const lives = () => h.ofType('audit-result').filter((m) => m.trigger === 'live');
    await h.until(() => lives().length > 0, 'the first live audit');
    const count = lives().length;
    h.fake.person.select([first]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    h.fake.flushEvents();
    await h.plugin.idle();
    expect(lives()).toHaveLength(count);
  });
});
