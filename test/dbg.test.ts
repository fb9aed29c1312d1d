import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readDocument } from '/work/wt/blind2/core/index.ts';
it('dbg', () => {
  const f = process.env['F'] ?? '';
  const d = readDocument(JSON.parse(readFileSync(f, 'utf8')), { where: f });
  for (const r of d.readings) {
    console.log(JSON.stringify(r.map.stages), JSON.stringify(r.map.layers.map((l) => [l.title, l.kind, l.description])));
    console.log('orphans', JSON.stringify(r.map.orphans.map((o) => [o.text, o.reason])));
    console.log('warnings', JSON.stringify(r.warnings));
  }
});
