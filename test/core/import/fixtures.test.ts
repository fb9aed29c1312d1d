import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '../../../core/board/snapshot.ts';
import { importFigmaRest } from '../../../core/import/figma-rest.ts';
import { importMiroRest } from '../../../core/import/miro-rest.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import { detectFormat } from '../../../core/import/detect-format.ts';
import { auditReading } from '../../../core/audit/audit-reading.ts';
import type { ItemRole } from '../../../core/read/index.ts';
import type { ExpectedPlacement } from '../../fixtures/board-sketch.ts';
import { FIXTURES } from '../../fixtures/fixture-list.ts';

/**
 * The hand-made boards of test/fixtures, read end to end: import, then the board reader. The
 * expected placements were written from how each board was drawn (see the make-*.ts sketches),
 * not from what the reader says.
 */

const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures');
const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', '..', 'examples');

function load(name: string): { json: unknown; expected: ExpectedPlacement } {
  return {
    json: JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.json`), 'utf8')) as unknown,
    expected: JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as ExpectedPlacement,
  };
}

function importSnapshot(json: unknown): BoardSnapshot {
  return detectFormat(json) === 'miro-rest' ? importMiroRest(json) : importFigmaRest(json);
}

describe.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))('fixture %s', (name, fixture) => {
  const { json, expected } = load(name);

  it('is what its sketch makes, and small', () => {
    const built = fixture.build();
    expect(json).toEqual(JSON.parse(JSON.stringify(built.json)));
    expect(expected).toEqual(JSON.parse(JSON.stringify(built.expected)));
    expect(statSync(join(FIXTURE_DIR, `${name}.json`)).size).toBeLessThan(200_000);
    if (fixture.example) expect(JSON.parse(readFileSync(join(EXAMPLES_DIR, fixture.example), 'utf8'))).toEqual(json);
  });

  it('is detected as its format', () => {
    expect(detectFormat(json)).toBe(expected.format);
  });

  it('imports every text as drawn, and nothing hidden', () => {
    const snapshot = importSnapshot(json);
    const texts = Object.fromEntries(snapshot.items.filter((item) => item.text !== '').map((item) => [item.id, item.text]));
    expect(texts).toEqual(expected.texts);
    const ids = new Set(snapshot.items.map((item) => item.id));
    for (const id of expected.hidden) expect(ids.has(id)).toBe(false);
    for (const id of expected.decorations) expect(ids.has(id)).toBe(true);
  });

  describe('read', () => {
    const document = readDocument(json, { where: `${name}.json` });
    const reading = document.readings[0];

    it('finds one map with the stages and layers drawn', () => {
      expect(document.format).toBe(expected.format);
      expect(document.readings).toHaveLength(1);
      expect(reading?.map.locale).toBe(expected.locale);
      expect(reading?.map.stages.map((s) => ({ name: s.name, ...(s.phase ? { phase: s.phase } : {}) }))).toEqual(expected.stages);
      expect(reading?.map.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(expected.layers);
    });

    it('puts every note in the cell it was drawn in', () => {
      const map = reading?.map;
      const stageName = new Map(map?.stages.map((s) => [s.id, s.name]));
      const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
      const placed = Object.fromEntries(
        (map?.notes ?? []).map((note) => [note.source?.id ?? '?', [stageName.get(note.stage), layerTitle.get(note.layer)]]),
      );
      expect(placed).toEqual(expected.notes);
      for (const note of map?.notes ?? []) expect(note.text).toBe(expected.texts[note.source?.id ?? '']);
    });

    it('lists the strays as orphans with their reasons', () => {
      const orphans = Object.fromEntries((reading?.map.orphans ?? []).map((orphan) => [orphan.source?.id ?? '?', orphan.reason]));
      expect(orphans).toEqual(expected.orphans);
    });

    it('recognises the title, the persona and the headers', () => {
      const roles: ReadonlyMap<string, ItemRole> = reading?.roles ?? new Map();
      if (expected.title) {
        expect(reading?.map.title).toBe(expected.title.text);
        expect(roles.get(expected.title.id)).toBe('title');
      }
      for (const id of expected.persona) expect(roles.get(id)).toBe('persona');
      expect(reading?.map.persona).toBeDefined();
      for (const [id, role] of Object.entries(expected.headers)) expect([id, roles.get(id)]).toEqual([id, role]);
      for (const id of expected.frames) expect(roles.get(id)).toBe('frame');
    });

    it('has every header in place, so it raises no doubt of a missing one and its audit reads it', () => {
      // A stray beside the grid is an orphan with its reason, never a doubt that fails the audit.
      expect((reading?.warnings ?? []).filter((w) => /^(unsure|unnamed)-/.test(w.code)).map((w) => w.message)).toEqual([]);
      expect(reading ? auditReading(reading).filter((f) => f.rule === 'unreadable-map') : ['no reading']).toEqual([]);
    });

    it('loses nothing: every text is a note, an orphan, a header, the title, the persona or a frame', () => {
      const roles: ReadonlyMap<string, ItemRole> = reading?.roles ?? new Map();
      const counted: readonly string[] = ['note', 'orphan', 'stage-header', 'layer-header', 'phase-band', 'title', 'persona', 'frame'];
      const withText = Object.keys(expected.texts);
      const accounted = withText.filter((id) => counted.includes(roles.get(id) ?? ''));
      expect(accounted).toEqual(withText);
      expect((reading?.map.notes.length ?? 0) + (reading?.map.orphans.length ?? 0)).toBe(Object.keys(expected.notes).length + Object.keys(expected.orphans).length);
    });
  });
});
