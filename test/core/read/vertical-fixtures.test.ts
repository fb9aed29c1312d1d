import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/import/read-document.ts';
import { FIXTURES } from '../../fixtures/fixture-list.ts';

/**
 * Vertical maps, in both formats and both languages: every hand-made fixture board (Miro REST
 * RU and EN, FigJam RU, Figma design EN; see test/fixtures/make-*.ts) drawn turned — every
 * position and size transposed, so the stages run down the left and the layers across the top —
 * must read into the same cells as the board drawn upright, with the same stages, phases and
 * layer kinds. The expected placements are the sketches', not the reader's.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Miro REST listing (one page or several) with every item transposed. */
function transposeMiro(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(transposeMiro);
  if (!isObject(json)) return json;
  if (Array.isArray(json['data'])) return { ...json, data: json['data'].map(transposeMiro) };
  const position = json['position'];
  const geometry = json['geometry'];
  const out: Json = { ...json };
  if (isObject(position)) out['position'] = { ...position, x: position['y'], y: position['x'] };
  if (isObject(geometry)) {
    // Square stickies are listed by width alone; turned they are no longer square.
    const width = geometry['width'];
    const height = geometry['height'] ?? (typeof width === 'number' ? (width * 228) / 199 : undefined);
    out['geometry'] = { ...geometry, width: height, height: width };
    if (isObject(json['data']) && json['type'] === 'sticky_note') out['data'] = { ...json['data'], shape: 'rectangle' };
  }
  return out;
}

/** A Figma REST file with every node's boxes transposed. */
function transposeFigma(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(transposeFigma);
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'absoluteBoundingBox' || key === 'absoluteRenderBounds') && isObject(value)) out[key] = { x: value['y'], y: value['x'], width: value['height'], height: value['width'] };
    else if (key === 'size' && isObject(value)) out[key] = { x: value['y'], y: value['x'] };
    else out[key] = typeof value === 'object' ? transposeFigma(value) : value;
  }
  return out;
}

describe.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))('fixture %s drawn vertically', (name, fixture) => {
  const { json, expected } = fixture.build();
  const plain = JSON.parse(JSON.stringify(json)) as unknown;
  const turned = expected.format === 'miro-rest' ? transposeMiro(plain) : transposeFigma(plain);
  const document = readDocument(turned, { where: `${name}.json (transposed)` });
  const map = document.readings[0]?.map;

  it('finds one map with the stages, phases and layer kinds drawn', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => ({ name: s.name, ...(s.phase ? { phase: s.phase } : {}) }))).toEqual(expected.stages);
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(expected.layers);
  });

  it('puts every note in the cell it was drawn in, and keeps every stray as an orphan', () => {
    const stageName = new Map(map?.stages.map((s) => [s.id, s.name]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [stageName.get(note.stage), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(expected.notes);
    // Turned, a stray beside the grid is under it: the reason may change, the orphan may not go.
    // The title, drawn above the upright map, is now left of the grid, not above it: an orphan
    // (kept, with its reason) rather than the map's title.
    const orphans = new Map((map?.orphans ?? []).map((o) => [o.source?.id, o.reason]));
    const title = expected.title?.id;
    expect(new Set([...orphans.keys()].filter((id) => id !== title))).toEqual(new Set(Object.keys(expected.orphans)));
  });
});
