import { describe, expect, it } from 'vitest';
import type { BoardItem } from '../../../core/board/snapshot.ts';
import { importMiroRest } from '../../../core/import/miro-rest.ts';
import { MIRO_STICKY_COLORS, miroColorToHex } from '../../../core/platform/miro.ts';
import { catchInputError } from '../../support/catch-input-error.ts';

/** A sticky note as GET /v2/boards/{id}/items lists it. */
function sticky(id: string, x: number, y: number, content: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    type: 'sticky_note',
    data: { content, shape: 'square' },
    style: { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'top' },
    position: { x, y, origin: 'center', relativeTo: 'canvas_center' },
    geometry: { width: 200, height: 200 },
    ...extra,
  };
}

function frame(id: string, x: number, y: number, width: number, height: number, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    type: 'frame',
    data: { format: 'custom', title, type: 'freeform', showContent: true },
    style: { fillColor: '#ffffffff' },
    position: { x, y, origin: 'center', relativeTo: 'canvas_center' },
    geometry: { width, height },
    ...extra,
  };
}

function child(parent: string, x: number, y: number) {
  return { parent: { id: parent }, position: { x, y, origin: 'center', relativeTo: 'parent_top_left' } };
}

function byId(items: readonly BoardItem[], id: string): BoardItem {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

describe('importMiroRest', () => {
  it('turns centres into top-left rectangles', () => {
    const snapshot = importMiroRest({ data: [sticky('1', 100, 50, '<p>Hi</p>')], type: 'cursor-list' });
    expect(snapshot.platform).toBe('miro');
    expect(snapshot.items).toEqual([{ id: '1', type: 'sticky', text: 'Hi', rect: { x: 0, y: -50, width: 200, height: 200 }, color: '#fff9b1' }]);
  });

  it('reads a turned item as the box it covers on the board: Miro lists the unturned size and geometry.rotation', () => {
    const turned = (id: string, rotation: number) => ({
      id, type: 'text', data: { content: '<p>Online</p>' }, position: { x: 100, y: 500, origin: 'center' }, geometry: { width: 600, height: 60, rotation },
    });
    const rects = importMiroRest([turned('1', 270), turned('2', -90), turned('3', 180), turned('4', 0), turned('5', 30)]).items.map((item) => item.rect);
    // A quarter turn: 60 wide, 600 tall, about the same centre.
    expect(rects[0]).toEqual({ x: 70, y: 200, width: 60, height: 600 });
    expect(rects[1]).toEqual({ x: 70, y: 200, width: 60, height: 600 });
    // Half a turn or none covers the listed box.
    expect(rects[2]).toEqual({ x: -200, y: 470, width: 600, height: 60 });
    expect(rects[3]).toEqual({ x: -200, y: 470, width: 600, height: 60 });
    // Any other turn: the bounding box of the turned rectangle, centred where the item is.
    const w = 600 * Math.cos(Math.PI / 6) + 60 * 0.5;
    const h = 600 * 0.5 + 60 * Math.cos(Math.PI / 6);
    expect(rects[4]?.width).toBeCloseTo(w, 6);
    expect(rects[4]?.height).toBeCloseTo(h, 6);
    expect((rects[4]?.x ?? 0) + w / 2).toBeCloseTo(100, 6);
    // Frames are never turned (the field does not apply to them).
    const frameRect = importMiroRest([{ id: 'f', type: 'frame', data: { title: 'F' }, position: { x: 0, y: 0, origin: 'center' }, geometry: { width: 400, height: 100, rotation: 90 } }]).items[0]?.rect;
    expect(frameRect).toEqual({ x: -200, y: -50, width: 400, height: 100 });
  });

  it('places frame children from the frame top-left corner, whatever the listing order', () => {
    const items = importMiroRest({
      data: [
        // The child comes first: listings are not ordered parents-first.
        sticky('2', 150, 120, '<p>in frame</p>', child('10', 150, 120)),
        frame('10', 500, 300, 1000, 600, 'Map'),
      ],
    }).items;
    const frameItem = byId(items, '10');
    expect(frameItem).toMatchObject({ type: 'frame', text: 'Map', rect: { x: 0, y: 0, width: 1000, height: 600 }, color: '#ffffff' });
    // Centre at frame.x + 150, frame.y + 120 = (150, 120): top-left (50, 20).
    expect(byId(items, '2')).toMatchObject({ parent: '10', rect: { x: 50, y: 20, width: 200, height: 200 } });
  });

  it('resolves nested frames and parent_center positions', () => {
    const items = importMiroRest([
      sticky('3', 10, 20, 'deep', child('11', 10, 20)),
      frame('11', 100, 100, 400, 200, 'Inner', child('10', 300, 200)),
      frame('10', 0, 0, 2000, 1000, 'Outer'),
      sticky('4', -100, 0, 'centred', { parent: { id: '10' }, position: { x: -100, y: 0, origin: 'center', relativeTo: 'parent_center' }, geometry: { width: 100, height: 100 } }),
    ]).items;
    // Outer top-left (-1000, -500); inner centre (-700, -300), top-left (-900, -400).
    expect(byId(items, '11').rect).toEqual({ x: -900, y: -400, width: 400, height: 200 });
    expect(byId(items, '3').rect).toEqual({ x: -990, y: -480, width: 200, height: 200 });
    expect(byId(items, '3').parent).toBe('11');
    // Outer centre (0, 0) + (-100, 0), size 100.
    expect(byId(items, '4').rect).toEqual({ x: -150, y: -50, width: 100, height: 100 });
  });

  it('assumes parent_top_left for a child that gives no relativeTo', () => {
    const items = importMiroRest([
      frame('10', 500, 500, 1000, 1000, 'F'),
      { ...sticky('2', 100, 100, 'x'), parent: { id: '10' }, position: { x: 100, y: 100 } },
    ]).items;
    expect(byId(items, '2').rect).toEqual({ x: 0, y: 0, width: 200, height: 200 });
  });

  it('reads an array of pages and checks that none is missing', () => {
    const page1 = { data: [sticky('1', 0, 0, 'a')], total: 2, size: 1, limit: 1, cursor: 'c1', type: 'cursor-list' };
    const page2 = { data: [sticky('2', 300, 0, 'b')], total: 2, size: 1, limit: 1, type: 'cursor-list' };
    expect(importMiroRest([page1, page2]).items.map((i) => i.text)).toEqual(['a', 'b']);
    const error = catchInputError(() => importMiroRest(page1, 'board.json'));
    expect(error.message).toMatch(/^board\.json: the listing holds 1 of the board's 2 items/);
    expect(error.message).toContain('cursor');
  });

  it('reads a listing whose total is too high when no cursor is left (items deleted while paging)', () => {
    const page1 = { data: [sticky('1', 0, 0, 'a')], total: 3, size: 1, limit: 1, cursor: 'c1', type: 'cursor-list' };
    const last = { data: [sticky('2', 300, 0, 'b')], total: 3, size: 1, limit: 1, cursor: null, links: { self: 'x', next: null }, type: 'cursor-list' };
    expect(importMiroRest([page1, last]).items.map((i) => i.text)).toEqual(['a', 'b']);
    // One page, no cursor at all: the whole (smaller) board.
    expect(importMiroRest({ data: [sticky('1', 0, 0, 'a')], total: 2, size: 1 }).items).toHaveLength(1);
  });

  it('still refuses a total above the items received while the last page has a cursor', () => {
    const page1 = { data: [sticky('1', 0, 0, 'a')], total: 3, size: 1, limit: 1, cursor: 'c1', type: 'cursor-list' };
    const page2 = { data: [sticky('2', 300, 0, 'b')], total: 3, size: 1, limit: 1, cursor: 'c2', type: 'cursor-list' };
    const error = catchInputError(() => importMiroRest([page1, page2], 'board.json'));
    expect(error.message).toMatch(/^board\.json: the listing holds 2 of the board's 3 items: more pages follow\. Fetch every page/);
    const linked = { data: [sticky('1', 0, 0, 'a')], total: 2, links: { next: 'https://api.miro.com/v2/boards/b/items?cursor=c1' } };
    expect(catchInputError(() => importMiroRest(linked)).message).toContain('more pages follow');
  });

  it('accepts the same page twice, and keeps both of two different items with one id', () => {
    const page = { data: [sticky('1', 0, 0, 'a')], total: 1 };
    expect(importMiroRest([page, page]).items).toHaveLength(1);
    expect(importMiroRest([page, page]).warnings).toBeUndefined();
    const snapshot = importMiroRest([sticky('1', 0, 0, 'a'), sticky('1', 5, 0, 'b')]);
    expect(snapshot.items.map((i) => [i.id, i.text])).toEqual([['1', 'a'], ['1@[1]', 'b']]);
    expect(snapshot.warnings).toEqual([{ path: '[1].id', problem: '"1" is used by two different items; this one is read as "1@[1]"', outcome: 'assumed', itemId: '1' }]);
  });

  it('derives missing sizes: sticky notes keep their aspect ratio, text grows with its lines', () => {
    const items = importMiroRest([
      { ...sticky('1', 0, 0, 'sq'), geometry: { width: 199 } },
      { ...sticky('2', 0, 0, 'rect'), data: { content: 'rect', shape: 'rectangle' }, geometry: { width: 350 } },
      { ...sticky('3', 0, 0, 'none'), geometry: undefined },
      { ...sticky('4', 0, 0, 'tall'), geometry: { height: 228 } },
      { id: '5', type: 'text', data: { content: '<p>one</p><p>two</p>' }, style: { fontSize: '20' }, position: { x: 0, y: 0 }, geometry: { width: 300 } },
    ]).items;
    expect(byId(items, '1').rect).toMatchObject({ width: 199, height: 228 });
    expect(byId(items, '2').rect).toMatchObject({ width: 350, height: 228 });
    expect(byId(items, '3').rect).toMatchObject({ width: 199, height: 228 });
    expect(byId(items, '4').rect).toMatchObject({ width: 199, height: 228 });
    const text = byId(items, '5');
    expect(text.rect.width).toBe(300);
    expect(text.rect.height).toBeCloseTo(56);
    // The position stays the centre whatever size is derived.
    expect(text.rect.y + text.rect.height / 2).toBeCloseTo(0);
  });

  it('turns HTML content into text', () => {
    const items = importMiroRest([
      sticky('1', 0, 0, '<p><strong>Запись</strong> через сайт</p><p>и&nbsp;по телефону &amp; в&nbsp;чате</p>'),
      sticky('2', 0, 0, '<p>line one<br>line two</p>'),
      sticky('3', 0, 0, '<p>&lt;b&gt; is &quot;bold&quot;</p>'),
    ]).items;
    expect(items.map((i) => i.text)).toEqual([
      'Запись через сайт\nи\u00a0по телефону & в\u00a0чате',
      'line one\nline two',
      '<b> is "bold"',
    ]);
  });

  it('maps item types and reads cards, keeping textless items', () => {
    const at = { position: { x: 0, y: 0, origin: 'center' }, geometry: { width: 10, height: 10 } };
    const items = importMiroRest([
      { id: '1', type: 'shape', data: { content: '<p>Header</p>', shape: 'rectangle' }, style: { fillColor: '#E6E6E6' }, ...at },
      { id: '2', type: 'text', data: { content: '<p>Title</p>' }, style: { fillColor: 'transparent' }, ...at },
      { id: '3', type: 'card', data: { title: '<p>Task</p>', description: 'by June' }, style: { cardTheme: '#2d9bf0' }, ...at },
      { id: '4', type: 'app_card', data: { title: 'Jira-42', description: '' }, ...at },
      { id: '5', type: 'image', data: { title: 'photo.png', imageUrl: 'https://…' }, ...at },
      { id: '6', type: 'connector', startItem: { id: '1' }, endItem: { id: '2' }, style: {} },
      { id: '7', type: 'embed', data: { url: 'https://youtube.com' }, ...at },
    ]).items;
    expect(items.map((i) => [i.id, i.type, i.text, i.color])).toEqual([
      ['1', 'shape', 'Header', '#e6e6e6'],
      ['2', 'text', 'Title', undefined],
      ['3', 'other', 'Task\nby June', '#2d9bf0'],
      ['4', 'other', 'Jira-42', undefined],
      ['5', 'other', '', undefined],
      ['6', 'other', '', undefined],
      ['7', 'other', '', undefined],
    ]);
    expect(byId(items, '6').rect).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    // A card keeps its title apart (its description follows in the text); a card that is only a title has none.
    expect(byId(items, '3').title).toBe('Task');
    expect(byId(items, '4').title).toBeUndefined();
  });

  it('keeps every item with text', () => {
    const data = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0
        ? sticky(String(i), i * 10, 0, `<p>note ${i}</p>`, child('f', i * 10, 50))
        : { id: String(i), type: 'shape', data: { content: `<p>shape ${i}</p>` }, position: { x: i, y: i, origin: 'center' }, geometry: { width: 5, height: 5 } },
    );
    const items = importMiroRest([...data, frame('f', 0, 0, 1000, 1000, 'frame')]).items;
    expect(items.filter((i) => i.text !== '').map((i) => i.id).sort()).toEqual([...data.map((d) => d.id), 'f'].sort());
  });

  it('reads a listing with malformed items, keeping their text, and reports each with its path', () => {
    const snapshot = importMiroRest(
      {
        data: [
          sticky('1', 0, 0, 'fine'),
          { ...sticky('2', 0, 0, 'x is text'), position: { x: '12', y: 0, origin: 'center' } },
          'not an item',
          { ...sticky('', 0, 0, 'typeless'), type: 7 },
          { ...sticky('5', 0, 0, 'negative width'), geometry: { width: -4 } },
          { ...sticky('6', 0, 0, 'x'), data: { content: 42 } },
          { ...sticky('7', 0, 0, 'nowhere'), position: undefined },
          { ...sticky('8', 0, 0, 'top left'), position: { x: 0, y: 0, origin: 'top_left' } },
          frame('9', 0, 0, 100, 100, 'f', { geometry: { width: 100 } }),
          12,
        ],
      },
      'board.json',
    );
    expect(snapshot.warnings?.map((w) => `${w.path}: ${w.problem} [${w.outcome}]`)).toEqual([
      'data[1].position.x: expected a number, got "12"; its text is kept, but not in a cell [kept-unplaced]',
      'data[2]: expected an item object ({ id, type, data, position, … }), got "not an item" [kept-unplaced]',
      'data[3].id: expected a non-empty string, got ""; read under the id "data[3]" [assumed]',
      'data[3].type: expected an item type such as "sticky_note", got 7; read as an item of unknown type [assumed]',
      'data[3]: an item of no type: read as an "other" item with its text [kept-other]',
      'data[4].geometry.width: expected a number ≥ 0, got -4; read as missing [assumed]',
      'data[5].data.content: expected a string, got 42; read as "42" [assumed]',
      'data[6].position: missing: an item with text or children needs a position; its text is kept, but not in a cell [kept-unplaced]',
      'data[7].position.origin: expected "center", the only origin Miro documents, got "top_left"; read as the centre [assumed]',
      'data[8].geometry: a frame needs a width and a height: its children are placed from its top-left corner; the frame and its children are kept, but not in a cell [kept-unplaced]',
      'data[9]: expected an item object ({ id, type, data, position, … }), got 12 [dropped]',
    ]);
    const texts = new Map(snapshot.items.map((item) => [item.text, item]));
    // Nothing with text is lost; what has no usable place has an unplaceable rectangle.
    for (const text of ['fine', 'x is text', 'not an item', 'typeless', 'negative width', 'nowhere', 'top left', 'f']) expect(texts.has(text)).toBe(true);
    expect(Number.isNaN(texts.get('x is text')?.rect.x)).toBe(true);
    expect(Number.isNaN(texts.get('nowhere')?.rect.x)).toBe(true);
    expect(texts.get('negative width')?.rect).toEqual({ x: -99.5, y: -114, width: 199, height: 228 });
    expect(texts.get('top left')?.rect).toEqual({ x: -100, y: -100, width: 200, height: 200 });
    expect(texts.get('typeless')).toMatchObject({ id: 'data[3]', type: 'other' });
  });

  it('keeps the text of items of unknown types, with a warning', () => {
    const at = { position: { x: 0, y: 0, origin: 'center' }, geometry: { width: 10, height: 10 } };
    const snapshot = importMiroRest([
      { id: '1', type: 'mindmap_node', data: { nodeView: { type: 'text', data: { content: '<p>Поиск решения</p>' } } }, ...at },
      { id: '2', type: 'comment', data: { text: 'Why here?' }, ...at },
      { id: '3', type: 'stiky_note', data: { content: '<p>Typo type</p>' }, ...at },
      { id: '4', type: 'widget_of_the_future', data: { size: 3 }, ...at },
      { id: '5', type: 'image', data: { title: 'photo.png' }, ...at },
    ]);
    expect(snapshot.items.map((i) => [i.id, i.type, i.text])).toEqual([
      ['1', 'other', 'Поиск решения'],
      ['2', 'other', 'Why here?'],
      ['3', 'other', 'Typo type'],
      ['4', 'other', ''],
      ['5', 'other', ''],
    ]);
    // A textless unknown item loses nothing: no warning for it, nor for a known textless type.
    expect(snapshot.warnings?.map((w) => [w.itemId, w.outcome, w.problem])).toEqual([
      ['1', 'kept-other', 'unknown item type "mindmap_node": read as an "other" item with its text'],
      ['2', 'kept-other', 'unknown item type "comment": read as an "other" item with its text'],
      ['3', 'kept-other', 'unknown item type "stiky_note": read as an "other" item with its text'],
    ]);
  });

  it('lists the first 100 warnings and counts the rest', () => {
    const data = Array.from({ length: 250 }, (_, i) => ({ ...sticky(String(i), 0, 0, `n${i}`), position: { x: 'bad', y: 0 } }));
    const { warnings, items } = importMiroRest(data);
    expect(items).toHaveLength(250);
    expect(warnings).toHaveLength(101);
    expect(warnings?.at(-1)).toEqual({ path: '', problem: '150 more items like these', outcome: 'more' });
  });

  it('keeps a child whose frame is not in the listing unplaced instead of misplacing it', () => {
    const snapshot = importMiroRest({ data: [sticky('2', 10, 10, 'orphaned', child('404', 10, 10))] });
    expect(snapshot.warnings).toHaveLength(1);
    expect(snapshot.warnings?.[0]?.path).toBe('data[0].parent.id');
    expect(snapshot.warnings?.[0]?.problem).toMatch(/^item "404" is not in the listing/);
    expect(snapshot.items).toHaveLength(1);
    expect(snapshot.items[0]?.text).toBe('orphaned');
    expect(Number.isNaN(snapshot.items[0]?.rect.x)).toBe(true);
  });

  it('drops only the link of a canvas-positioned item whose parent is missing', () => {
    const items = importMiroRest([sticky('2', 100, 100, 'kept', { parent: { id: '404' } })]).items;
    expect(items).toEqual([{ id: '2', type: 'sticky', text: 'kept', rect: { x: 0, y: 0, width: 200, height: 200 }, color: '#fff9b1' }]);
  });

  it('reports parent cycles and keeps the items on them unplaced', () => {
    const snapshot = importMiroRest([frame('a', 0, 0, 10, 10, 'A', child('b', 0, 0)), frame('b', 0, 0, 10, 10, 'B', child('a', 0, 0))]);
    expect(snapshot.warnings?.some((w) => w.problem.includes('form a cycle'))).toBe(true);
    expect(snapshot.items.map((i) => i.text).sort()).toEqual(['A', 'B']);
  });

  it('resolves frames nested 20000 deep without running out of stack', () => {
    const depth = 20_000;
    const frames = Array.from({ length: depth }, (_, i) => frame(`f${i}`, 10, 10, 20, 20, `F${i}`, i === 0 ? {} : child(`f${i - 1}`, 10, 10)));
    // Children listed before their frames: the worst order for resolving on demand.
    const items = importMiroRest([sticky('s', 10, 10, 'deep', child(`f${depth - 1}`, 10, 10)), ...frames.reverse()]).items;
    // Every 20 × 20 frame is centred 10, 10 from its parent's top-left: all lie at the origin.
    expect(byId(items, 's').rect).toEqual({ x: -90, y: -90, width: 200, height: 200 });
    expect(byId(items, `f${depth - 1}`).rect).toEqual({ x: 0, y: 0, width: 20, height: 20 });
    expect(items).toHaveLength(depth + 1);
  });

  it('reports a long parent cycle as one warning, not a hang or a stack overflow', () => {
    const depth = 20_000;
    const frames = Array.from({ length: depth }, (_, i) => frame(`f${i}`, 10, 10, 20, 20, `F${i}`, child(`f${(i + depth - 1) % depth}`, 10, 10)));
    const snapshot = importMiroRest([sticky('s', 10, 10, 'lost', child('f5', 10, 10)), ...frames]);
    expect(snapshot.warnings?.map((w) => `${w.path}: ${w.problem}`)).toEqual(['[6].parent.id: the parent links of this item form a cycle; the items on it are kept, but not in a cell']);
    expect(snapshot.items).toHaveLength(depth + 1);
  });

  it('explains what it expected when the JSON is no listing', () => {
    for (const json of [null, 'text', 42, { items: [] }, { boards: 1 }]) {
      expect(catchInputError(() => importMiroRest(json, 'x.json')).message).toMatch(/^x\.json: not a Miro REST item listing/);
    }
    expect(catchInputError(() => importMiroRest({ data: { id: 1 } })).message).toBe('data: expected an array of items, got an object');
    expect(catchInputError(() => importMiroRest(sticky('1', 0, 0, 'one item'))).message).toMatch(/^not a Miro REST item listing.*; this is a single item$/);
    const boards = { data: [{ id: 'uXjVN=', type: 'board', name: 'CJM' }], total: 1, type: 'cursor-list' };
    expect(catchInputError(() => importMiroRest(boards)).message).toMatch(/; this is a list of boards \(GET \/v2\/boards\)$/);
    expect(importMiroRest({ data: [] }).items).toEqual([]);
  });
});

describe('miroColorToHex', () => {
  it('knows the sixteen sticky colour names', () => {
    expect(Object.keys(MIRO_STICKY_COLORS).sort()).toEqual(
      ['gray', 'light_yellow', 'yellow', 'orange', 'light_green', 'green', 'dark_green', 'cyan', 'light_pink', 'pink', 'violet', 'red', 'light_blue', 'blue', 'dark_blue', 'black'].sort(),
    );
    const values = Object.values(MIRO_STICKY_COLORS);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('normalises hex values and drops transparent ones', () => {
    expect(miroColorToHex('light_yellow')).toBe('#fff9b1');
    expect(miroColorToHex('#FF9D48')).toBe('#ff9d48');
    expect(miroColorToHex('#ffffffff')).toBe('#ffffff');
    expect(miroColorToHex('#abc')).toBe('#aabbcc');
    expect(miroColorToHex('#ffffff00')).toBeUndefined();
    expect(miroColorToHex('transparent')).toBeUndefined();
    expect(miroColorToHex('mauve')).toBeUndefined();
    expect(miroColorToHex(12)).toBeUndefined();
  });
});
