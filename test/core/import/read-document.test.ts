import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/import/read-document.ts';
import { EMPTY_MAP_GEOMETRY } from '../../../core/read/map-geometry.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { figmaFile, sectionNode, stickyNode, textNode } from '../../support/export-figma-rest.ts';
import { planToMiroRest } from '../../support/export-miro-rest.ts';
import { catchInputError } from '../../support/catch-input-error.ts';

const MAP: CjmMap = {
  schema: 'cjm/1',
  title: 'Lumus',
  locale: 'en',
  stages: [
    { id: 's1', name: 'Searching', phase: 'reach' },
    { id: 's2', name: 'Trial', phase: 'convert' },
  ],
  layers: [
    { id: 'l1', kind: 'touchpoints', title: 'Touchpoints' },
    { id: 'l2', kind: 'emotions', title: 'Emotions' },
  ],
  notes: [
    { stage: 's1', layer: 'l1', text: 'vc.ru article' },
    { stage: 's2', layer: 'l2', text: 'relieved' },
  ],
  orphans: [],
};

describe('readDocument', () => {
  it('reads a cjm/1 map as one reading without board roles', () => {
    const document = readDocument(JSON.parse(JSON.stringify(MAP)) as unknown);
    expect(document).toEqual({ format: 'cjm/1', readings: [{ map: MAP, roles: new Map(), warnings: [], geometry: EMPTY_MAP_GEOMETRY }], warnings: [] });
  });

  it('passes the problems of an invalid cjm/1 map on, with the file name', () => {
    const error = catchInputError(() => readDocument({ ...MAP, stages: [{ id: 's1', name: 'x', phase: 'later' }] }, { where: 'map.json' }));
    expect(error.where).toBe('map.json');
    expect(error.message).toMatch(/^map\.json: invalid cjm\/1 map: stages\[0\]\.phase/);
  });

  it('reads a Miro REST listing through the board reader', () => {
    const document = readDocument(planToMiroRest(planBoard(MAP)));
    expect(document.format).toBe('miro-rest');
    expect(document.readings).toHaveLength(1);
    const map = document.readings[0]?.map;
    expect(map?.stages.map((s) => s.name)).toEqual(['Searching', 'Trial']);
    expect(map?.notes.map((n) => n.text).sort()).toEqual(['relieved', 'vc.ru article']);
    expect(document.readings[0]?.roles.size).toBeGreaterThan(0);
  });

  it('reads one page of a Figma file when asked, and says which pages there are', () => {
    const page = (id: string, name: string, title: string) => ({
      id,
      name,
      children: [
        sectionNode(`${id}1`, { x: 0, y: 0, width: 1200, height: 800 }, title, [
          textNode(`${id}2`, { x: 300, y: 20, width: 200, height: 40 }, 'Searching'),
          textNode(`${id}3`, { x: 600, y: 20, width: 200, height: 40 }, 'Trial'),
          textNode(`${id}4`, { x: 20, y: 100, width: 200, height: 40 }, 'Touchpoints'),
          textNode(`${id}5`, { x: 20, y: 400, width: 200, height: 40 }, 'Emotions'),
          stickyNode(`${id}6`, { x: 300, y: 100, width: 240, height: 240 }, `${name} note`, '#fff0b3'),
        ]),
      ],
    });
    const file = figmaFile('Two maps', 'figjam', [page('0:1', 'Clinic', 'Map A'), page('0:2', 'Shop', 'Map B')]);
    expect(readDocument(file).readings).toHaveLength(2);
    const shop = readDocument(file, { page: 'Shop' });
    expect(shop.format).toBe('figma-rest');
    expect(shop.readings.map((r) => r.map.notes.map((n) => n.text))).toEqual([['Shop note']]);
    expect(catchInputError(() => readDocument(file, { where: 'f.json', page: 'Nope' })).message).toBe('f.json: no page named "Nope": the file has "Clinic", "Shop"');
  });

  it('reads only the map holding the selection', () => {
    const left = planBoard(MAP, { mapId: 'left' });
    const right = planBoard({ ...MAP, title: 'Second' }, { mapId: 'right', origin: { x: left.bounds.width + 2000, y: 0 } });
    const listing = planToMiroRest({ ...left, items: [...left.items, ...right.items.map((item) => ({ ...item, key: `r-${item.key}` }))] });
    const all = readDocument(listing);
    expect(all.readings.map((r) => r.map.title).sort()).toEqual(['Lumus', 'Second']);
    const secondNote = [...(all.readings.find((r) => r.map.title === 'Second')?.roles ?? [])].find(([, role]) => role === 'note')?.[0];
    expect(secondNote).toBeDefined();
    const selected = readDocument(listing, { selection: [secondNote ?? ''] });
    expect(selected.readings.map((r) => r.map.title)).toEqual(['Second']);
  });

  it('forwards the locale to the reader', () => {
    const document = readDocument(planToMiroRest(planBoard({ ...MAP, stages: [{ id: 's1', name: 'x' }], notes: [] })), { locale: 'ru' });
    expect(document.readings[0]?.map.locale).toBe('ru');
  });

  it('names what it expected when the document is of no known shape', () => {
    for (const json of [null, 42, 'text', {}, { items: [] }, [1, 2]]) {
      const error = catchInputError(() => readDocument(json, { where: 'x.json' }));
      expect(error.message).toBe('x.json: not a cjm/1 map, Miro REST item listing or Figma REST file');
      expect(error.where).toBe('x.json');
    }
  });
});
