import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readDocument } from '/work/wt/blind2/core/index.ts';
it('dbg', () => {
  const json = JSON.parse(readFileSync('test/fixtures/blind2/figma-05-drawn-cells-legend-right-ru.json', 'utf8'));
  const frame = json.document.children[0].children[0];
  const drop = (process.env['DROP'] ?? '').split('|');
  const all = frame.children;
  for (const variant of drop) {
    frame.children = all.filter((n: { characters?: string; children?: { characters?: string }[] }) => {
      const t = n.characters ?? n.children?.[0]?.characters ?? '';
      return !variant.split(',').some((v) => v !== '' && t.startsWith(v));
    });
    const d = readDocument(json, {});
    const m = d.readings[0]?.map;
    console.log(variant, '=>', JSON.stringify(m?.stages.map((s) => s.name)), JSON.stringify(m?.layers.map((l) => l.title)), m?.orphans.length);
  }
});
