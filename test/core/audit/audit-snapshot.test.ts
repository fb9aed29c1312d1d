import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditSnapshot } from '../../../core/audit/index.ts';
import { importMiroRest } from '../../../core/import/index.ts';

describe('auditSnapshot', () => {
  const snapshot = importMiroRest(JSON.parse(readFileSync('examples/miro-board-ru.json', 'utf8')));

  it('reads every map and gives each finding its place on the board', () => {
    const { reading, maps } = auditSnapshot(snapshot);
    expect(maps.map((m) => m.reading)).toEqual(reading.maps);
    const errors = maps.flatMap((m) => m.findings).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toContain('missing-touchpoints');
    for (const finding of errors) expect(finding.where?.rect.width).toBeGreaterThan(0);
  });

  it('words the findings in the language asked for', () => {
    const ru = auditSnapshot(snapshot).maps[0]?.findings[0]?.message;
    const en = auditSnapshot(snapshot, { locale: 'en' }).maps[0]?.findings[0]?.message;
    // Messages quote board text, so only their own wording is checked: it opens the message.
    expect(ru).toMatch(/^[А-ЯЁ]/u);
    expect(en).toMatch(/^[A-Z]/u);
  });
});
