import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NodeChangeEvent, StickyNode } from '@figma/plugin-typings/plugin-api-standalone';
import { importFigmaRest } from '../../core/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';

/** The fake must behave like Figma where the docs say so: each test names the quirk it checks. */
describe('fake figma: editors', () => {
  it('has FigJam-only creators only in FigJam', () => {
    const design = createFakeFigma({ editor: 'figma' }).figma;
    expect(() => design.createSticky()).toThrow(TypeError);
    expect(() => design.createShapeWithText()).toThrow(/no such property 'createShapeWithText'/u);
    expect(design.createSection().type).toBe('SECTION');
    const jam = createFakeFigma({ editor: 'figjam' }).figma;
    expect(jam.createSticky().type).toBe('STICKY');
    expect(jam.editorType).toBe('figjam');
  });

  it('parents new nodes under the current page', () => {
    const fake = createFakeFigma();
    const sticky = fake.figma.createSticky();
    expect(sticky.parent?.id).toBe(fake.figma.currentPage.id);
    expect(fake.figma.currentPage.children).toHaveLength(1);
  });
});

describe('fake figma: fonts', () => {
  it('refuses text writes before the font is loaded, and only then', async () => {
    const { figma, fonts } = createFakeFigma();
    const sticky = figma.createSticky();
    expect(() => (sticky.text.characters = 'x')).toThrow(/Cannot write to node with unloaded font "Inter Medium"/u);
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
    sticky.text.characters = 'hello';
    expect(sticky.text.characters).toBe('hello');
    expect(fonts.loadsOf({ family: 'Inter', style: 'Medium' })).toBe(1);
  });

  it('needs only the new font to change fontName, then that font for other writes', async () => {
    const { figma } = createFakeFigma({ editor: 'figma' });
    const text = figma.createText();
    await figma.loadFontAsync({ family: 'Roboto', style: 'Bold' });
    text.fontName = { family: 'Roboto', style: 'Bold' };
    text.characters = 'ok';
    text.fontSize = 20;
    expect(text.fontSize).toBe(20);
  });

  it('rejects loading a missing font and reports hasMissingFont', async () => {
    const { figma, fonts } = createFakeFigma();
    fonts.makeMissing({ family: 'Inter', style: 'Medium' });
    await expect(figma.loadFontAsync({ family: 'Inter', style: 'Medium' })).rejects.toThrow(/could not be loaded/u);
    figma.createSticky();
    expect(figma.hasMissingFont).toBe(true);
    const listed = await figma.listAvailableFontsAsync();
    expect(listed.map((f) => `${f.fontName.family} ${f.fontName.style}`)).not.toContain('Inter Medium');
  });
});

describe('fake figma: stickies', () => {
  it('are 240 wide (416 wide-width), cannot be resized, and grow with their text', async () => {
    const { figma } = createFakeFigma();
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
    const sticky = figma.createSticky();
    expect([sticky.width, sticky.height]).toEqual([240, 240]);
    expect(() => (sticky as unknown as { resize(w: number, h: number): void }).resize(300, 300)).toThrow(TypeError);
    expect(() => ((sticky as { width: number }).width = 300)).toThrow(TypeError);
    sticky.text.characters = 'A long note that goes on and on. '.repeat(12);
    expect(sticky.width).toBe(240);
    expect(sticky.height).toBeGreaterThan(240);
    sticky.isWideWidth = true;
    expect(sticky.width).toBe(416);
  });
});

describe('fake figma: geometry', () => {
  it('keeps x/y relative to the container parent and absoluteBoundingBox in page space', async () => {
    const { figma } = createFakeFigma();
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
    const section = figma.createSection();
    section.x = 1000;
    section.y = 500;
    section.resizeWithoutConstraints(2000, 1000);
    const sticky = figma.createSticky();
    section.appendChild(sticky);
    sticky.x = 40;
    sticky.y = 60;
    expect(sticky.absoluteBoundingBox).toEqual({ x: 1040, y: 560, width: 240, height: 240 });
    section.x = 0;
    expect(sticky.absoluteBoundingBox?.x).toBe(40);
    expect(sticky.absoluteTransform[0][2]).toBe(40);
  });

  it('gives a rotated line the box of its two ends', () => {
    const { figma } = createFakeFigma();
    const line = figma.createLine();
    line.x = 10;
    line.y = 100;
    line.resize(100, 0);
    line.rotation = 90; // counter-clockwise: the line goes up
    const box = line.absoluteBoundingBox;
    expect(box?.x).toBeCloseTo(10);
    expect(box?.y).toBeCloseTo(0);
    expect(box?.height).toBeCloseTo(100);
  });
});

describe('fake figma: dynamic-page', () => {
  it('throws on synchronous getNodeById and on setting currentPage', async () => {
    const { figma } = createFakeFigma({ pages: ['One', 'Two'] });
    const node = figma.createSticky();
    expect(() => figma.getNodeById(node.id)).toThrow(/Use figma.getNodeByIdAsync/u);
    expect(await figma.getNodeByIdAsync(node.id)).toBe(node);
    expect(await figma.getNodeByIdAsync('9:999')).toBeNull();
    const two = figma.root.children[1];
    if (!two) throw new Error('no page two');
    expect(() => (figma.currentPage = two)).toThrow(/setCurrentPageAsync/u);
    expect(() => two.children).toThrow(/loadAsync/u);
    await two.loadAsync();
    expect(two.children).toEqual([]);
  });

  it('needs loadAllPagesAsync before documentchange, while page nodechange works at once', async () => {
    const { figma } = createFakeFigma();
    expect(() => figma.on('documentchange', () => undefined)).toThrow(/loadAllPagesAsync/u);
    figma.currentPage.on('nodechange', () => undefined);
    await figma.loadAllPagesAsync();
    expect(() => figma.on('documentchange', () => undefined)).not.toThrow();
  });

  it('works like the old API without dynamic-page', () => {
    const { figma } = createFakeFigma({ documentAccess: 'default' });
    const node = figma.createSticky();
    expect(figma.getNodeById(node.id)).toBe(node);
  });
});

describe('fake figma: plugin data', () => {
  it('stores shared plugin data, deletes with "", finds by namespace and checks the namespace', () => {
    const { figma } = createFakeFigma();
    const a = figma.createSticky();
    const b = figma.createSticky();
    a.setSharedPluginData('cjm-kit', 'marker', 'cjm1;m;note;s;l');
    expect(a.getSharedPluginData('cjm-kit', 'marker')).toBe('cjm1;m;note;s;l');
    expect(b.getSharedPluginData('cjm-kit', 'marker')).toBe('');
    expect(figma.currentPage.findAllWithCriteria({ sharedPluginData: { namespace: 'cjm-kit', keys: ['marker'] } })).toEqual([a]);
    a.setSharedPluginData('cjm-kit', 'marker', '');
    expect(a.getSharedPluginDataKeys('cjm-kit')).toEqual([]);
    expect(() => a.setSharedPluginData('cj', 'marker', 'x')).toThrow(/at least 3/u);
  });
});

describe('fake figma: events, undo, faults, removal', () => {
  it('batches node changes and delivers them after the call, per page', async () => {
    const fake = createFakeFigma();
    const seen: NodeChangeEvent[] = [];
    fake.figma.currentPage.on('nodechange', (event) => seen.push(event));
    const sticky = fake.person.addSticky('hi', { x: 0, y: 0 });
    fake.person.moveBy(sticky.id, 10, 0);
    expect(seen).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.nodeChanges.map((c) => c.type)).toContain('CREATE');
    expect(seen[0]?.nodeChanges.some((c) => c.type === 'PROPERTY_CHANGE' && c.properties.includes('x'))).toBe(true);
  });

  it('undoes a whole plugin run as one step unless the plugin commits', async () => {
    const fake = createFakeFigma();
    const { figma } = fake;
    fake.person.addSticky('mine', { x: 0, y: 0 });
    const before = fake.describe();
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
    const section = figma.createSection();
    const sticky = figma.createSticky();
    section.appendChild(sticky);
    sticky.text.characters = 'generated';
    expect(fake.nodeCount()).toBe(3);
    expect(fake.undo()).toBe(true);
    expect(fake.describe()).toEqual(before);
    expect(sticky.removed).toBe(true);
  });

  it('fails the n-th editing call once, as armed', () => {
    const fake = createFakeFigma();
    fake.faults.failAt(2);
    fake.figma.createSticky();
    expect(() => fake.figma.createSticky()).toThrow(/Injected failure in createSticky/u);
    expect(() => fake.figma.createSticky()).not.toThrow();
  });

  it('refuses to remove a node twice', () => {
    const { figma } = createFakeFigma();
    const sticky: StickyNode = figma.createSticky();
    sticky.remove();
    expect(sticky.removed).toBe(true);
    expect(() => sticky.remove()).toThrow(/does not exist/u);
  });
});

describe('fake figma: a Figma REST export as the document', () => {
  it('loads the FigJam fixture so that the REST view of its nodes is unchanged', () => {
    const json: unknown = JSON.parse(readFileSync('test/fixtures/figjam-ru-retail.json', 'utf8'));
    const fake = createFakeFigma({ file: json });
    expect(fake.figma.editorType).toBe('figjam');
    const page = fake.page();
    const fromFile = importFigmaRest(json, undefined, { page: page.name });
    const stickies = page.findAllWithCriteria({ types: ['STICKY'] }).filter((sticky) => sticky.visible); // hidden nodes are no board items
    expect(stickies.length).toBe(fromFile.items.filter((item) => item.type === 'sticky').length);
    expect(stickies.length).toBeGreaterThan(10);
    for (const sticky of stickies) {
      const item = fromFile.items.find((i) => i.id === sticky.id);
      expect(item?.rect).toEqual(sticky.absoluteBoundingBox);
      expect(item?.text).toBe(sticky.text.characters.trim());
    }
  });
});

describe('fake figma: the UI channel', () => {
  it('sends plain data only, as structured copies', () => {
    const { figma, ui } = createFakeFigma();
    expect(() => figma.ui.postMessage({ type: 'x' })).toThrow(/showUI/u);
    figma.showUI('<p>ui</p>', { themeColors: true });
    const message = { type: 'x', list: [1, { a: 'b' }], when: new Date(0) };
    figma.ui.postMessage(message);
    expect(ui.sent[0]).toEqual({ type: 'x', list: [1, { a: 'b' }], when: new Date(0) });
    expect(ui.sent[0]).not.toBe(message);
    expect(() => figma.ui.postMessage({ roles: new Map([['a', 1]]) })).toThrow(/Map/u);
    expect(() => figma.ui.postMessage({ run: () => 1 })).toThrow(/function/u);
  });
});

describe('fake figma: text boxes and lines', () => {
  it('fixes a resized auto-width text, then lets its height follow the text', async () => {
    const { figma } = createFakeFigma({ editor: 'figma' });
    await figma.loadFontAsync({ family: 'Inter', style: 'Regular' });
    const text = figma.createText();
    text.characters = 'one two three four five six seven eight nine ten';
    const autoWidth = text.width;
    text.resize(80, 20);
    expect(text.textAutoResize).toBe('NONE');
    expect([text.width, text.height]).toEqual([80, 20]);
    text.textAutoResize = 'HEIGHT';
    expect(text.width).toBe(80);
    expect(text.height).toBeGreaterThan(20);
    expect(autoWidth).toBeGreaterThan(80);
  });

  it('refuses a line with a height', () => {
    const { figma } = createFakeFigma();
    expect(() => figma.createLine().resize(100, 5)).toThrow(/height must be 0/u);
  });
});
