import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import type { Finding } from '../../../core/audit/index.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { formatJsonReport } from '../../../core/report/index.ts';
import { makeLumusMap } from '../audit/lumus-map.ts';

describe('formatJsonReport', () => {
  const map = makeLumusMap();
  const findings = audit(map);
  const text = formatJsonReport(map, findings);

  it('parses back to the map and the findings', () => {
    const parsed = JSON.parse(text) as { map: CjmMap; findings: Finding[] };
    expect(Object.keys(parsed)).toEqual(['map', 'findings']);
    expect(parsed.map).toEqual(map);
    expect(parsed.findings).toEqual(findings);
  });

  it('is pretty-printed with a final line break', () => {
    expect(text.startsWith('{\n  "map": {\n    "schema": "cjm/1",\n    "title": ')).toBe(true);
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
  });

  it('writes fields in a stable order whatever order the objects were built in', () => {
    const shuffled = {
      orphans: map.orphans,
      notes: map.notes.map(({ text: t, layer, stage, value }) => (value === undefined ? { text: t, layer, stage } : { value, text: t, layer, stage })),
      layers: map.layers,
      stages: map.stages.map(({ name, id, phase }) => ({ phase, name, id })),
      locale: map.locale,
      title: map.title,
      schema: map.schema,
    } as CjmMap;
    const reordered = findings.map(({ hint, message, severity, rule, stage, layer }) => ({ hint, message, layer, stage, severity, rule }));
    const out = formatJsonReport(shuffled, reordered);
    const parsed = JSON.parse(out) as { map: Record<string, unknown>; findings: Record<string, unknown>[] };
    expect(Object.keys(parsed.map)).toEqual(['schema', 'title', 'locale', 'stages', 'layers', 'notes', 'orphans']);
    expect(Object.keys(parsed.findings[3] ?? {})).toEqual(['rule', 'severity', 'stage', 'message', 'hint']);
    expect(Object.keys((parsed.map.stages as object[])[0] ?? {})).toEqual(['id', 'name', 'phase']);
  });

  it('does not fail on a map that is not valid cjm/1', () => {
    const broken = { ...map, stages: [{ id: '', name: 'x', extra: true }] } as unknown as CjmMap;
    expect((JSON.parse(formatJsonReport(broken, [])) as { map: CjmMap }).map.stages).toEqual([{ id: '', name: 'x', extra: true }]);
  });
});

describe('formatJsonReport of a map read from a board', () => {
  it('says where each finding is on the board: the rectangle and the items', async () => {
    const { readFileSync } = await import('node:fs');
    const { readDocument } = await import('../../../core/import/index.ts');
    const { auditReading } = await import('../../../core/audit/index.ts');
    const [reading] = readDocument(JSON.parse(readFileSync('examples/miro-board-ru.json', 'utf8'))).readings;
    if (!reading) throw new Error('the example board has a map');
    const report = JSON.parse(formatJsonReport(reading.map, auditReading(reading))) as { findings: Finding[] };
    const cellFindings = report.findings.filter((finding) => finding.stage !== undefined && finding.layer !== undefined);
    expect(cellFindings.length).toBeGreaterThan(0);
    for (const finding of cellFindings) {
      expect(finding.where?.rect.width).toBeGreaterThan(0);
      expect(finding.where?.rect.height).toBeGreaterThan(0);
    }
    expect(report.findings.some((finding) => (finding.where?.itemIds.length ?? 0) > 0)).toBe(true);
  });
});
