/**
 * Headers whose first line is set apart by styling (bold, or larger) read in the plugin as in the
 * REST export: the first line names the stage or layer, the rest is its description, and kinds
 * are matched on the name — in a live audit, read back, and through `cjm audit` of the export.
 */
import { describe, expect, it } from 'vitest';
import { importFigmaRest, readBoard } from '../../core/index.ts';
import type { BoardReading } from '../../core/index.ts';
import { auditPage, snapshotPage } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import { figmaFile } from '../support/export-figma-rest.ts';
import { restTable } from './support/rest-table.ts';
import type { StyledBoardSpec } from './support/styled-header-board.ts';
import { buildStyledBoard, headerText, styledBoardRest } from './support/styled-header-board.ts';

/** A Russian clinic map: stage shapes with a bold name, layer texts with a larger one. */
const CLINIC_RU: StyledBoardSpec = {
  stages: [
    { name: 'Поиск', description: 'ищет клинику' },
    { name: 'Выбор', description: 'сравнивает цены' },
    { name: 'Запись', description: 'звонит в клинику' },
    { name: 'Визит', description: 'приходит на приём' },
  ],
  layers: [
    { name: 'Действия', description: 'что делает', kind: 'actions' },
    { name: 'Точки контакта', description: 'где встречаем', kind: 'touchpoints' },
    { name: 'Эмоции', description: 'что чувствует', kind: 'emotions' },
    { name: 'Рекомендации', description: 'что улучшить', kind: 'recommendations' },
  ],
  notes: {
    '0|0': ['гуглит'], '1|0': ['читает отзывы'], '2|0': ['звонит'], '3|0': ['приходит'],
    '0|1': ['поиск Яндекса'], '2|1': ['телефон'], '3|1': ['ресепшен'],
    '0|2': ['тревога'], '2|2': ['раздражение'],
    '1|3': ['отзывы на сайте'], '2|3': ['онлайн-запись'], '3|3': ['напоминание'],
  },
  stageStyle: 'bold',
  layerStyle: 'larger',
  stageNode: 'shape',
};

/** An English shop map: text headers, stages with a larger name, layers with a bold one. */
const SHOP_EN: StyledBoardSpec = {
  stages: [
    { name: 'Discover', description: 'sees an ad' },
    { name: 'Compare', description: 'reads reviews' },
    { name: 'Buy', description: 'pays online' },
  ],
  layers: [
    { name: 'Goals', description: 'what they want', kind: 'goal' },
    { name: 'Touchpoints', description: 'our channels', kind: 'touchpoints' },
    { name: 'Ideas', description: 'what to try', kind: 'recommendations' },
  ],
  notes: { '0|0': ['new shoes'], '1|0': ['best price'], '2|0': ['fast delivery'], '0|1': ['Instagram ad'], '2|1': ['checkout page'], '0|2': ['retarget'], '1|2': ['comparison table'] },
  stageStyle: 'larger',
  layerStyle: 'bold',
  stageNode: 'text',
};

/** What the reader made of a board's maps, ids of notes aside (the two builders number nodes apart). */
function essence(reading: BoardReading) {
  return reading.maps.map(({ map }) => ({ stages: map.stages, layers: map.layers, notes: map.notes.map((n) => `${n.stage}|${n.layer}|${n.text}`).sort(), orphans: map.orphans.map((o) => `${o.reason}: ${o.text}`).sort() }));
}

describe('styled headers: the plugin reads them as the REST export does', () => {
  for (const spec of [CLINIC_RU, SHOP_EN]) {
    const label = `${spec.stages[0]?.name ?? ''}… (${spec.stageStyle} stage ${spec.stageNode}s, ${spec.layerStyle} layers)`;

    it(`${label}: names, descriptions and kinds from the styled first lines, in a live audit`, async () => {
      const fake = createFakeFigma({ editor: 'figjam' });
      buildStyledBoard(fake, spec);
      const audit = await auditPage(fake.figma);
      expect(audit.maps).toHaveLength(1);
      const map = audit.maps[0]?.reading.map;
      expect(map?.stages.map((s) => [s.name, s.description])).toEqual(spec.stages.map((s) => [s.name, s.description]));
      expect(map?.layers.map((l) => [l.title, l.kind, l.description])).toEqual(spec.layers.map((l) => [l.name, l.kind, l.description]));
      expect(map?.notes).toHaveLength(Object.values(spec.notes).flat().length);
      expect(map?.orphans).toEqual([]);
      // The snapshot item of every header carries its styled title, as the REST import gives it.
      const titles = new Map(audit.snapshot.items.filter((item) => item.title !== undefined).map((item) => [item.text, item.title]));
      for (const header of [...spec.stages, ...spec.layers]) expect(titles.get(headerText(header))).toBe(header.name);
    });

    it(`${label}: the REST export of the same board reads the same, loaded into the editor too`, async () => {
      const fake = createFakeFigma({ editor: 'figjam' });
      buildStyledBoard(fake, spec);
      const live = readBoard(await snapshotPage(fake.figma));
      const file = styledBoardRest(spec);
      expect(essence(readBoard(importFigmaRest(file)))).toEqual(essence(live));
      const loaded = createFakeFigma({ file });
      expect(essence(readBoard(await snapshotPage(loaded.figma)))).toEqual(essence(live));
    });
  }

  it('finds the gaps per stage by the stage names the styling gives', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    buildStyledBoard(fake, CLINIC_RU);
    const audit = await auditPage(fake.figma);
    const reading = audit.maps[0]?.reading;
    const stageName = new Map(reading?.map.stages.map((s) => [s.id, s.name]));
    const gaps = (audit.maps[0]?.findings ?? []).filter((f) => f.rule === 'missing-touchpoints' || f.rule === 'missing-recommendations');
    expect(gaps.map((f) => `${f.rule}@${stageName.get(f.stage ?? '') ?? ''}`).sort()).toEqual(['missing-recommendations@Поиск', 'missing-touchpoints@Выбор']);
  });

  it('reads plain headers as before: no title, no styled-segment call, the wrapped-name rule decides', async () => {
    const plain: StyledBoardSpec = { ...CLINIC_RU, stageStyle: 'plain', layerStyle: 'plain' };
    const fake = createFakeFigma({ editor: 'figjam' });
    buildStyledBoard(fake, plain);
    const snapshot = await snapshotPage(fake.figma);
    expect(snapshot.items.filter((item) => item.title !== undefined)).toEqual([]);
    expect(fake.readsOf('getStyledTextSegments')).toBe(0);
    const reading = readBoard(snapshot);
    // Without styling a short lower-case second line continues the name ("Поиск ищет клинику").
    expect(reading.maps[0]?.map.stages[0]?.name).toBe('Поиск ищет клинику');
    expect(essence(reading)).toEqual(essence(readBoard(importFigmaRest(styledBoardRest(plain)))));
  });
});

describe('styled headers in a FigJam table', () => {
  it('reads a header cell\'s bold first line as the stage name, as the export does', async () => {
    const names = ['Поиск', 'Выбор', 'Покупка'];
    const table = restTable({
      id: '5:100', x: 0, y: 0, widths: [220, 260, 260, 260], heights: [90, 120, 120],
      cells: [['', ...names.map((name) => `${name}\nищет модели`)], ['Действия', 'гуглит', 'читает отзывы', 'платит'], ['Эмоции', 'интерес', 'сомнения', 'радость']],
    });
    // The first row's header cells: their names bold over the Medium of FigJam table text.
    (table.children ?? []).slice(1, 4).forEach((cell, i) => {
      Object.assign(cell, { style: { fontFamily: 'Inter', fontWeight: 500, fontSize: 16 }, characterStyleOverrides: Array.from({ length: names[i]?.length ?? 0 }, () => 1), styleOverrideTable: { 1: { fontWeight: 700 } } });
    });
    const file = figmaFile('Styled table', 'figjam', [{ id: '0:1', name: 'Page 1', children: [table] }]);
    const fake = createFakeFigma({ file });
    const live = readBoard(await snapshotPage(fake.figma));
    expect(live.maps[0]?.map.stages.map((s) => [s.name, s.description])).toEqual(names.map((name) => [name, 'ищет модели']));
    expect(fake.readsOf('getStyledTextSegments')).toBe(names.length);
    expect(essence(live)).toEqual(essence(readBoard(importFigmaRest(file))));
  });
});

describe('styled text: the snapshot stays cheap on a big page', () => {
  it('asks for styled segments only of texts of two lines or more whose weight or size is mixed, and loads no font', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    const bold = { family: 'Inter', style: 'Bold' };
    for (let i = 0; i < 200; i++) fake.person.addText(`Label ${i}`, { x: (i % 20) * 150, y: Math.floor(i / 20) * 60 });
    // One line with a bold word: mixed, but there is no first line to set apart.
    const oneLine = fake.person.addText('Important note', { x: 0, y: -200 });
    fake.person.styleText(oneLine.id, 0, 9, { fontName: bold });
    for (let i = 0; i < 100; i++) fake.person.addText(`Name ${i}\nits description`, { x: (i % 20) * 150, y: 800 + Math.floor(i / 20) * 60 });
    for (let i = 0; i < 30; i++) fake.person.addSticky(`Note ${i}\nmore words`, { x: (i % 10) * 260, y: 1400 + Math.floor(i / 10) * 260 });
    // Two lines in two families of one weight and size: nothing can set a line apart either.
    const families = fake.person.addText('Inter line\nRoboto line', { x: 0, y: -400 });
    fake.person.styleText(families.id, 0, 11, { fontName: bold });
    fake.person.styleText(families.id, 11, 22, { fontName: { family: 'Roboto', style: 'Bold' } });
    const styled = [
      ...[0, 1, 2].map((i) => fake.person.addText(`Stage ${i}\nwhat happens`, { x: 3000 + i * 200, y: 0 })),
      ...[0, 1].map((i) => fake.person.addSticky(`Idea ${i}\ndetails`, { x: 3000 + i * 260, y: 400 })),
    ];
    for (const [i, node] of styled.entries()) {
      const length = (i < 3 ? 'Stage 0' : 'Idea 0').length;
      fake.person.styleText(node.id, 0, length, i < 3 ? { fontName: bold } : { fontSize: 24 });
    }
    const loadsBefore = fake.fonts.loadCalls.length;
    const snapshot = await snapshotPage(fake.figma);
    expect(fake.readsOf('getStyledTextSegments')).toBe(styled.length);
    expect(fake.fonts.loadCalls.length).toBe(loadsBefore);
    expect(snapshot.items.filter((item) => item.title !== undefined).map((item) => item.title).sort()).toEqual(['Idea 0', 'Idea 1', 'Stage 0', 'Stage 1', 'Stage 2']);
  });
});
