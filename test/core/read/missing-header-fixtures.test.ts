import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import { FIXTURES } from '../../fixtures/fixture-list.ts';

/**
 * A stage header deleted from a hand-made fixture board (Miro REST, RU and EN) never cuts the
 * map: the column stays as an unnamed stage with its notes, with a warning, and the audit fails.
 */

type Json = Record<string, unknown>;

function withoutItem(json: unknown, id: string): unknown {
  // A bare array of items (one page's `data`), or an array of pages.
  if (Array.isArray(json)) return (json as Json[]).every((entry) => 'type' in entry && !('data' in entry && Array.isArray(entry['data']))) ? (json as Json[]).filter((item) => item['id'] !== id) : json.map((page) => withoutItem(page, id));
  const page = json as Json;
  return { ...page, data: (page['data'] as Json[]).filter((item) => item['id'] !== id) };
}

describe.each(FIXTURES.filter((f) => f.name.startsWith('miro')).map((f) => [f.name, f] as const))('fixture %s without one stage header', (name, fixture) => {
  const { json, expected } = fixture.build();
  const headerIds = Object.entries(expected.headers).filter(([, role]) => role === 'stage-header').map(([id]) => id);
  it('keeps the headerless column as an unnamed stage, and the audit fails the map', () => {
    expect(headerIds.length).toBeGreaterThan(2);
    const gone = 1;
    const document = readDocument(withoutItem(JSON.parse(JSON.stringify(json)), headerIds[gone] ?? ''), { where: name });
    const reading = document.readings[0];
    const map = reading?.map;
    expect(map?.stages.map((s) => s.name)).toEqual(expected.stages.map((s, i) => (i === gone ? '' : s.name)));
    const lost = expected.stages[gone]?.name;
    const stageName = new Map(map?.stages.map((s) => [s.id, s.name]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [stageName.get(note.stage), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(Object.fromEntries(Object.entries(expected.notes).map(([id, [stage, layer]]) => [id, [stage === lost ? '' : stage, layer]])));
    expect(reading?.warnings.map((w) => w.code)).toContain('unnamed-stage');
    expect(audit(map ?? (undefined as never)).some((f) => f.rule === 'unreadable-map' && f.severity === 'error')).toBe(true);
  });
});
