import { describe, expect, it } from 'vitest';
import type { BoardItem } from '../../../core/board/snapshot.ts';
import { importFigmaRest } from '../../../core/import/figma-rest.ts';
import { fillColor } from '../../../core/platform/figma.ts';
import {
  figmaFile,
  frameNode,
  groupNode,
  rectangleNode,
  sectionNode,
  shapeWithTextNode,
  stickyNode,
  textNode,
} from '../../support/export-figma-rest.ts';
import type { FigmaRestNode } from '../../support/export-figma-rest.ts';
import { catchInputError } from '../../support/catch-input-error.ts';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

function byId(items: readonly BoardItem[], id: string): BoardItem {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

function onePage(children: FigmaRestNode[], editor: 'figjam' | 'figma' = 'figjam') {
  return figmaFile('Test', editor, [{ id: '0:1', name: 'Page 1', children }]);
}

describe('importFigmaRest', () => {
  it('reads a FigJam section with stickies, shapes and text by their absolute boxes', () => {
    const snapshot = importFigmaRest(
      onePage([
        sectionNode('1:1', box(-100, -50, 2000, 1000), 'CJM · клиника', [
          stickyNode('1:2', box(10, 20, 240, 240), 'Записаться\u2028онлайн', '#ffe299'),
          shapeWithTextNode('1:3', box(300, 20, 200, 80), 'Поиск клиники', '#e6e6e6'),
          textNode('1:4', box(0, 400, 120, 24), 'Эмоции'),
        ]),
      ]),
    );
    expect(snapshot.platform).toBe('figma');
    expect(snapshot.items).toEqual([
      { id: '1:1', type: 'frame', text: 'CJM · клиника', rect: box(-100, -50, 2000, 1000), color: '#ffffff' },
      { id: '1:2', type: 'sticky', text: 'Записаться\nонлайн', rect: box(10, 20, 240, 240), parent: '1:1', color: '#ffe299' },
      { id: '1:3', type: 'shape', text: 'Поиск клиники', rect: box(300, 20, 200, 80), parent: '1:1', color: '#e6e6e6' },
      // A TEXT node's fill colours its letters: it is no background.
      { id: '1:4', type: 'text', text: 'Эмоции', rect: box(0, 400, 120, 24), parent: '1:1' },
    ]);
  });

  it('flattens groups and nested frames, keeping their children under the nearest frame', () => {
    const items = importFigmaRest(
      onePage(
        [
          frameNode('2:1', box(0, 0, 3000, 2000), 'Journey map', [
            groupNode('2:2', box(100, 100, 400, 120), [textNode('2:3', box(100, 100, 180, 40), 'Goal'), textNode('2:4', box(300, 100, 180, 40), 'Цель')]),
            frameNode('2:5', box(0, 300, 200, 600), 'Row headers (auto layout)', [textNode('2:6', box(10, 310, 180, 30), 'Touchpoints'), textNode('2:7', box(10, 610, 180, 30), 'Pains')], '#f0f0f0'),
            rectangleNode('2:8', box(400, 400, 500, 300), '#fafafa', 'Cell'),
            textNode('2:9', box(420, 420, 100, 30), 'a bare note'),
            textNode('2:10', box(1420, 420, 100, 30), 'on the page'),
          ]),
        ],
        'figma',
      ),
    ).items;
    expect(items.map((i) => i.id)).toEqual(['2:1', '2:3', '2:4', '2:6', '2:7', '2:8', '2:9', '2:10']);
    expect(byId(items, '2:1')).toMatchObject({ type: 'frame', text: 'Journey map' });
    expect(byId(items, '2:3')).toMatchObject({ type: 'text', text: 'Goal', parent: '2:1' });
    // A nested frame is a layout box: its fill is the background of the text in it.
    expect(byId(items, '2:6')).toMatchObject({ parent: '2:1', color: '#f0f0f0' });
    // A text laid over a rectangle takes its colour; one beside it does not.
    expect(byId(items, '2:8')).toMatchObject({ type: 'rectangle', text: '', color: '#fafafa' });
    expect(byId(items, '2:9').color).toBe('#fafafa');
    expect(byId(items, '2:10').color).toBeUndefined();
  });

  it('reads a design-file card (a rectangle with a text on it) as one shape', () => {
    const items = importFigmaRest(
      onePage(
        [
          frameNode('3:1', box(0, 0, 3000, 2000), 'Journey map', [
            groupNode('3:2', box(100, 100, 200, 120), [
              rectangleNode('3:3', box(100, 100, 200, 120), '#a8daff'),
              { ...textNode('3:4', box(110, 110, 180, 40), 'Reads reviews'), sharedPluginData: { 'cjm-kit': { marker: 'cjm1;m;note;s1;l1' } } },
            ]),
            { ...frameNode('3:5', box(500, 500, 400, 300), 'Persona card', [textNode('3:6', box(510, 510, 380, 100), 'Persona: Emma')], '#fff6e5'), type: 'INSTANCE', componentId: '9:1' },
            // Not cards: the text is beside the rectangle; a frame without a fill; two texts.
            groupNode('3:7', box(1000, 100, 500, 120), [rectangleNode('3:8', box(1000, 100, 100, 100), '#ffafa3'), textNode('3:9', box(1200, 100, 100, 40), 'beside')]),
            { ...frameNode('3:10', box(1000, 500, 300, 100), 'Auto layout', [textNode('3:11', box(1010, 510, 100, 30), 'no fill')]), fills: [] },
          ]),
        ],
        'figma',
      ),
    ).items;
    expect(items.map((i) => [i.id, i.type, i.text])).toEqual([
      ['3:1', 'frame', 'Journey map'],
      ['3:4', 'shape', 'Reads reviews'],
      ['3:6', 'shape', 'Persona: Emma'],
      ['3:8', 'rectangle', ''],
      ['3:9', 'text', 'beside'],
      ['3:11', 'text', 'no fill'],
    ]);
    expect(byId(items, '3:4')).toEqual({ id: '3:4', type: 'shape', text: 'Reads reviews', rect: box(100, 100, 200, 120), parent: '3:1', color: '#a8daff', marker: 'cjm1;m;note;s1;l1' });
    expect(byId(items, '3:6')).toMatchObject({ rect: box(500, 500, 400, 300), parent: '3:1', color: '#fff6e5' });
  });

  it('treats top-level components and instances, and frames in sections, as frames', () => {
    const items = importFigmaRest(
      onePage(
        [
          sectionNode('3:1', box(0, 0, 5000, 3000), 'Section', [frameNode('3:2', box(10, 10, 100, 100), 'Frame in section', [])]),
          { ...frameNode('3:3', box(6000, 0, 100, 100), 'Component', []), type: 'COMPONENT' },
        ],
        'figma',
      ),
    ).items;
    expect(items.map((i) => [i.id, i.type, i.parent])).toEqual([
      ['3:1', 'frame', undefined],
      ['3:2', 'frame', '3:1'],
      ['3:3', 'frame', undefined],
    ]);
  });

  it('keeps nested sections as containers', () => {
    const items = importFigmaRest(
      onePage([sectionNode('4:1', box(0, 0, 1000, 1000), 'Outer', [sectionNode('4:2', box(10, 10, 500, 500), 'Inner', [stickyNode('4:3', box(20, 20, 100, 100), 'x', '#ffe299')])])]),
    ).items;
    expect(byId(items, '4:2').parent).toBe('4:1');
    expect(byId(items, '4:3').parent).toBe('4:2');
  });

  it('reads markers from shared plugin data', () => {
    const items = importFigmaRest(
      onePage([
        { ...stickyNode('5:1', box(0, 0, 240, 240), 'a', '#ffe299'), sharedPluginData: { 'cjm-kit': { marker: 'cjm1;m;note;s1;l1' }, other: { marker: 'no' } } },
        { ...stickyNode('5:2', box(0, 0, 240, 240), 'b', '#ffe299'), sharedPluginData: { other: { marker: 'cjm1;m;note;s1;l1' } } },
        { ...stickyNode('5:3', box(0, 0, 240, 240), 'c', '#ffe299'), sharedPluginData: { 'cjm-kit': { marker: 5 } } },
      ]),
    ).items;
    expect(items.map((i) => i.marker)).toEqual(['cjm1;m;note;s1;l1', undefined, undefined]);
  });

  it('maps the other node types and keeps connector labels and table cells', () => {
    const layout = (id: string, type: string, extra: Record<string, unknown> = {}) => ({ id, name: type, type, absoluteBoundingBox: box(0, 0, 10, 10), fills: [], ...extra });
    const items = importFigmaRest(
      onePage([
        layout('6:1', 'CONNECTOR', { characters: 'then' }),
        layout('6:2', 'ELLIPSE'),
        layout('6:3', 'TABLE', { children: [layout('6:4', 'TABLE_CELL', { characters: 'Цель' }), layout('6:5', 'TABLE_CELL', { characters: '' })] }),
        layout('6:6', 'WIDGET', { children: [textNode('6:7', box(0, 0, 10, 10), 'inside a widget')] }),
        layout('6:8', 'EMBED'),
      ]),
    ).items;
    expect(items.map((i) => [i.id, i.type, i.text])).toEqual([
      ['6:1', 'other', 'then'],
      ['6:2', 'other', ''],
      ['6:4', 'shape', 'Цель'],
      ['6:5', 'shape', ''],
      ['6:6', 'other', ''],
      ['6:7', 'text', 'inside a widget'],
      ['6:8', 'other', ''],
    ]);
  });

  it('skips hidden nodes and everything in them', () => {
    const items = importFigmaRest(
      onePage([
        { ...stickyNode('7:1', box(0, 0, 10, 10), 'hidden', '#ffe299'), visible: false },
        { ...sectionNode('7:2', box(0, 0, 10, 10), 'hidden section', [stickyNode('7:3', box(0, 0, 10, 10), 'in hidden', '#ffe299')]), visible: false },
        stickyNode('7:4', box(0, 0, 10, 10), 'shown', '#ffe299'),
      ]),
    ).items;
    expect(items.map((i) => i.id)).toEqual(['7:4']);
  });

  it('reads every page and moves a page clear of the pages before it', () => {
    const file = figmaFile('Two pages', 'figjam', [
      { id: '0:1', name: 'Карта', children: [sectionNode('8:1', box(0, 0, 1000, 500), 'A', [stickyNode('8:2', box(10, 10, 100, 100), 'a', '#ffe299')])] },
      { id: '0:2', name: 'Черновик', children: [stickyNode('8:3', box(50, 50, 100, 100), 'draft', '#ffe299')] },
      { id: '0:3', name: 'Far away', children: [stickyNode('8:4', box(90_000, 0, 100, 100), 'far', '#ffe299')] },
    ]);
    const items = importFigmaRest(file).items;
    // Page 2 overlapped page 1: moved right of it, by 2000 past its right edge.
    expect(byId(items, '8:3').rect).toEqual(box(3000, 50, 100, 100));
    // Page 3 overlapped nothing: left where it is.
    expect(byId(items, '8:4').rect).toEqual(box(90_000, 0, 100, 100));

    expect(importFigmaRest(file, 'f.json', { page: 'Черновик' }).items.map((i) => [i.id, i.rect.x])).toEqual([['8:3', 50]]);
    expect(importFigmaRest(file, 'f.json', { page: '0:3' }).items.map((i) => i.id)).toEqual(['8:4']);
    expect(catchInputError(() => importFigmaRest(file, 'f.json', { page: 'Nope' })).message).toBe(
      'f.json: no page named "Nope": the file has "Карта", "Черновик", "Far away"',
    );
  });

  it('reads a nodes response and a bare exported node', () => {
    const nodes = {
      name: 'x',
      nodes: {
        '8:1': { document: sectionNode('8:1', box(0, 0, 1000, 500), 'A', [stickyNode('8:2', box(10, 10, 100, 100), 'a', '#ffe299')]) },
        '8:2': { document: stickyNode('8:2', box(10, 10, 100, 100), 'a', '#ffe299') },
        '9:9': null,
      },
    };
    expect(importFigmaRest(nodes).items.map((i) => [i.id, i.parent])).toEqual([
      ['8:1', undefined],
      ['8:2', '8:1'],
    ]);
    expect(importFigmaRest({ document: stickyNode('1:1', box(1, 2, 3, 4), 'alone', '#ffe299') }).items).toHaveLength(1);
  });

  it('keeps every node with text', () => {
    const stickies = Array.from({ length: 12 }, (_, i) => stickyNode(`10:${i}`, box(i * 300, 0, 240, 240), `note ${i}`, '#ffe299'));
    const file = onePage([
      sectionNode('10:100', box(0, 0, 2000, 400), 'S', stickies.slice(0, 4)),
      groupNode('10:101', box(0, 500, 3000, 300), stickies.slice(4, 8)),
      ...stickies.slice(8),
    ]);
    const withText = importFigmaRest(file).items.filter((i) => i.text !== '');
    expect(withText.map((i) => i.id).sort()).toEqual([...stickies.map((s) => s.id), '10:100'].sort());
  });

  it('reads a file with malformed nodes, keeping their text, and reports each with its path', () => {
    const snapshot = importFigmaRest(
      onePage([
        stickyNode('1:1', box(0, 0, 10, 10), 'fine', '#ffe299'),
        { ...stickyNode('1:2', box(0, 0, 10, 10), 'bad box', '#ffe299'), absoluteBoundingBox: { x: 0, y: '5', width: 10, height: -1 } },
        { ...stickyNode('1:3', box(0, 0, 10, 10), 'no box', '#ffe299'), absoluteBoundingBox: null },
        { ...stickyNode('1:4', box(0, 0, 10, 10), 'x', '#ffe299'), characters: ['x'] },
        { ...sectionNode('1:5', box(0, 0, 10, 10), 's', []), children: 'none' },
        { name: 'no id', type: 'STICKY', characters: 'anonymous', absoluteBoundingBox: box(0, 0, 10, 10) },
        7,
        // A textless decoration may lack a box.
        { id: '1:8', name: 'line', type: 'LINE' },
        { id: '1:9', type: 'FANCY_NEW_NODE', characters: 'Этап: Поиск', absoluteBoundingBox: box(50, 0, 10, 10) },
      ] as unknown as FigmaRestNode[]),
      'file.json',
    );
    const page = 'document.children[0].children';
    expect(snapshot.warnings?.map((w) => `${w.path}: ${w.problem} [${w.outcome}]`)).toEqual([
      `${page}[1].absoluteBoundingBox: y: expected a number, got "5", height: expected a number ≥ 0, got -1; kept, but not in a cell [kept-unplaced]`,
      `${page}[2].absoluteBoundingBox: missing: a node with text needs its rectangle; kept, but not in a cell [kept-unplaced]`,
      `${page}[3].characters: expected a string, got an array; read as no text [assumed]`,
      `${page}[4].children: expected an array of nodes, got "none"; read without them [dropped]`,
      `${page}[5].id: expected a non-empty string, missing; read under the id "${page}[5]" [assumed]`,
      `${page}[6]: expected a node object, got 7; left out [dropped]`,
      `${page}[8]: unknown node type "FANCY_NEW_NODE": read as an "other" item with its text [kept-other]`,
    ]);
    // Every text is kept: placed where the box is usable, unplaceable (NaN) where it is not.
    const texts = Object.fromEntries(snapshot.items.map((item) => [item.text, item]));
    expect(texts.fine?.rect).toEqual(box(0, 0, 10, 10));
    expect(Number.isNaN(texts['bad box']?.rect.x)).toBe(true);
    expect(Number.isNaN(texts['no box']?.rect.x)).toBe(true);
    expect(texts.anonymous?.id).toBe(`${page}[5]`);
    expect(texts['Этап: Поиск']).toMatchObject({ type: 'other', rect: box(50, 0, 10, 10) });
  });

  it('explains what it expected when the JSON is no Figma file', () => {
    for (const json of [null, [], { data: [] }, { name: 'x' }]) {
      expect(catchInputError(() => importFigmaRest(json, 'x.json')).message).toMatch(/^x\.json: not a Figma REST file/);
    }
    expect(catchInputError(() => importFigmaRest({ document: 'x' })).message).toBe('document: expected a node object, got "x"');
    expect(catchInputError(() => importFigmaRest({ document: { id: '0:0', type: 'DOCUMENT' } })).message).toBe(
      'document.children: expected an array of pages, missing',
    );
  });
});

describe('importFigmaRest: deep files', () => {
  /** Frames nested `depth` deep in one top-level frame, each holding the next and a text; a text at the bottom. */
  function nestedFrames(depth: number, bottom = textNode('bottom', box(10, 10, 100, 20), 'На самом дне')): FigmaRestNode {
    let node = bottom;
    for (let level = depth; level >= 1; level--) {
      node = frameNode(`f${level}`, box(0, 0, 1000, 1000), `Frame ${level}`, [node, textNode(`t${level}`, box(20, 40, 100, 20), `Text ${level}`)]);
    }
    return node;
  }

  it('reads frames nested 5000 deep, in document order, without running out of stack', () => {
    const depth = 5000;
    const { items } = importFigmaRest(onePage([nestedFrames(depth)], 'figma'));
    // A node before what it holds, and what it holds before its next sibling.
    const texts = Array.from({ length: depth }, (_, i) => `t${depth - i}`);
    expect(items.map((item) => item.id)).toEqual(['f1', 'bottom', ...texts]);
    // Nested frames are layout boxes: everything belongs to the top-level one.
    expect(items.slice(1).every((item) => item.parent === 'f1' && item.type === 'text')).toBe(true);
    expect(byId(items, 'bottom').text).toBe('На самом дне');
  });

  it('still reports a malformed node deep down with its path, and keeps its text', () => {
    const malformed = { ...textNode('bottom', box(10, 10, 100, 20), 'Без id'), id: 7 } as unknown as FigmaRestNode;
    const snapshot = importFigmaRest(onePage([nestedFrames(3000, malformed)], 'figma'));
    expect(snapshot.warnings).toHaveLength(1);
    const [warning] = snapshot.warnings ?? [];
    // The page, then the 3000 frames, then the text: 3002 steps down.
    expect(warning?.path.match(/\.children\[0\]/gu)).toHaveLength(3002);
    expect(warning?.problem).toMatch(/^expected a non-empty string, got 7; read under the id "document\.children\[0\]/u);
    expect(snapshot.items.some((item) => item.text === 'Без id')).toBe(true);
  });
});

describe('fillColor', () => {
  it('takes the topmost visible solid fill as #rrggbb', () => {
    const solid = (r: number, g: number, b: number, extra: Record<string, unknown> = {}) => ({ type: 'SOLID', color: { r, g, b, a: 1 }, ...extra });
    expect(fillColor([solid(1, 0.5, 0)])).toBe('#ff8000');
    expect(fillColor([solid(1, 1, 1), solid(0, 0, 0)])).toBe('#000000');
    expect(fillColor([solid(1, 1, 1), solid(0, 0, 0, { visible: false })])).toBe('#ffffff');
    expect(fillColor([solid(1, 1, 1), { type: 'IMAGE', imageRef: 'x' }])).toBe('#ffffff');
    expect(fillColor([solid(1, 1, 1, { opacity: 0 })])).toBeUndefined();
    expect(fillColor([{ type: 'SOLID', color: { r: 1, g: 1, b: 1, a: 0 } }])).toBeUndefined();
    expect(fillColor([])).toBeUndefined();
    expect(fillColor(undefined)).toBeUndefined();
  });
});
