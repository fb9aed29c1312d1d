import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readDocument } from '/work/wt/blind2/core/index.ts';
it('dbg', () => {
  const json = JSON.parse(readFileSync('test/fixtures/blind2/figma-05-drawn-cells-legend-right-ru.json', 'utf8'));
  const frame = json.document.children[0].children[0];
  frame.children = frame.children.filter((n: { characters?: string; children?: { characters?: string }[] }) => {
    const t = n.characters ?? n.children?.[0]?.characters ?? '';
    return !['Как читать', 'Факт', 'Гипотеза', 'Легенда', 'Как польз'].some((v) => t.startsWith(v));
  });
  const shift = Number(process.env['SHIFT'] ?? '0');
  const noRects = process.env['NORECT'] === '1';
  if (noRects) frame.children = frame.children.filter((n: { type: string }) => n.type !== 'RECTANGLE');
  for (const n of frame.children) if (['Цель', 'Точки контакта', 'Барьеры', 'Идеи'].includes(n.characters)) n.absoluteBoundingBox.y -= shift;
  const d = readDocument(json, {});
  const m = d.readings[0]?.map;
  console.log('=>', JSON.stringify(m?.stages.map((s) => s.name)), JSON.stringify(m?.layers.map((l) => l.title)), m?.orphans.length);
});
