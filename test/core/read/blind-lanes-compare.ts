/**
 * Compares what the reader made of a blind lane board with what was drawn (draw.ts): shared by
 * the board fixtures (blind-lanes-boards.test.ts) and the properties (blind-lanes.property.test.ts).
 */
import { auditReading } from '../../../core/audit/index.ts';
import type { DocumentReading } from '../../../core/import/read-document.ts';
import type { MapReading } from '../../../core/read/index.ts';
import type { BoardDrawing, ExpectedMap } from '../../fixtures/blind-lanes/draw.ts';

/** Everything in the reading that differs from the drawing, as readable lines. */
export function compare(drawing: BoardDrawing, doc: DocumentReading): string[] {
  const problems: string[] = [];
  const readings = doc.readings;
  if (readings.length !== drawing.maps.length) problems.push(`${readings.length} maps read, ${drawing.maps.length} drawn`);
  const orphanOf = new Map<string, string>();
  const noteOwner = new Map<string, number>();
  readings.forEach((r, i) => {
    for (const o of r.map.orphans ?? []) if (o.source?.id !== undefined) orphanOf.set(o.source.id, o.reason);
    for (const n of r.map.notes) if (n.source?.id !== undefined) noteOwner.set(n.source.id, i);
  });
  drawing.maps.forEach((expected, mi) => {
    const label = `map ${mi + 1}${expected.title === undefined ? '' : ` (${expected.title})`}`;
    const votes = new Map<number, number>();
    for (const id of Object.keys(expected.notes)) {
      const owner = noteOwner.get(id);
      if (owner !== undefined) votes.set(owner, (votes.get(owner) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    const reading = best === undefined ? undefined : readings[best[0]];
    if (!reading) {
      problems.push(`${label}: no reading holds its notes`);
      return;
    }
    problems.push(...compareMap(label, expected, reading));
  });
  for (const [id, reasons] of Object.entries(drawing.orphans)) {
    const reason = orphanOf.get(id);
    if (reason === undefined) problems.push(`stray ${id}: ${noteOwner.has(id) ? 'read as a note' : 'not an orphan'}, expected ${reasons.join(' or ')}`);
    else if (!reasons.includes(reason)) problems.push(`stray ${id}: orphan "${reason}", expected ${reasons.join(' or ')}`);
  }
  for (const id of [...drawing.headings, ...drawing.placeholders]) {
    const what = drawing.headings.includes(id) ? 'heading' : 'placeholder container';
    if (noteOwner.has(id)) problems.push(`${what} ${id} read as a note`);
    if (orphanOf.has(id)) problems.push(`${what} ${id} is an orphan (${orphanOf.get(id) ?? ''})`);
  }
  return problems;
}

function compareMap(label: string, expected: ExpectedMap, reading: MapReading): string[] {
  const problems: string[] = [];
  const map = reading.map;
  if (expected.title !== undefined && map.title !== expected.title) problems.push(`${label}: title ${JSON.stringify(map.title)}`);
  if (expected.frame !== undefined && map.frame !== expected.frame) problems.push(`${label}: frame ${JSON.stringify(map.frame)}, expected ${JSON.stringify(expected.frame)}`);
  // Stage keys ↔ read stage ids: named stages by name and lane, unnamed ones by their notes.
  const keyOfStage = new Map<string, string>();
  const stageOfKey = new Map<string, string>();
  for (const s of expected.stages) {
    if (s.name === undefined) continue;
    const found = map.stages.find((r) => r.name === s.name && (r.lane ?? undefined) === s.lane);
    if (!found) {
      problems.push(`${label}: no stage "${s.key}" (read: ${map.stages.map((r) => (r.lane ? `${r.name}|${r.lane}` : r.name)).join(', ')})`);
      continue;
    }
    keyOfStage.set(found.id, s.key);
    stageOfKey.set(s.key, found.id);
    if (s.phase !== undefined && found.phase !== s.phase) problems.push(`${label}: stage "${s.key}" phase ${found.phase ?? 'none'}, expected ${s.phase}`);
  }
  const byId = new Map(map.notes.map((n) => [n.source?.id, n]));
  for (const s of expected.stages) {
    if (s.name !== undefined) continue;
    const ids = Object.entries(expected.notes).filter(([, e]) => e.stage === s.key).map(([id]) => id);
    const stages = new Set(ids.map((id) => byId.get(id)?.stage));
    const [only] = stages;
    if (stages.size !== 1 || only === undefined || keyOfStage.has(only)) problems.push(`${label}: the unnamed stage "${s.key}" is not one stage of its own`);
    else {
      keyOfStage.set(only, s.key);
      stageOfKey.set(s.key, only);
      const read = map.stages.find((r) => r.id === only);
      if ((read?.lane ?? undefined) !== s.lane) problems.push(`${label}: the unnamed stage "${s.key}" has lane ${read?.lane ?? 'none'}`);
    }
  }
  if (map.stages.length !== expected.stages.length) problems.push(`${label}: ${map.stages.length} stages read, ${expected.stages.length} drawn`);
  const layerTitle = new Map(map.layers.map((l) => [l.id, l.title]));
  for (const l of expected.layers) {
    const found = map.layers.find((r) => r.title === l.title);
    if (!found) problems.push(`${label}: no layer "${l.title}" (read: ${map.layers.map((r) => r.title).join(', ')})`);
    else if (found.kind !== l.kind) problems.push(`${label}: layer "${l.title}" is ${found.kind}, expected ${l.kind}`);
  }
  if (map.layers.length !== expected.layers.length) problems.push(`${label}: ${map.layers.length} layers read, ${expected.layers.length} drawn`);
  let misplaced = 0;
  let first = '';
  for (const [id, cell] of Object.entries(expected.notes)) {
    const note = byId.get(id);
    const got = note === undefined ? 'not a note here' : `${keyOfStage.get(note.stage) ?? note.stage} × ${layerTitle.get(note.layer) ?? note.layer}`;
    const want = `${cell.stage} × ${cell.layer}`;
    if (got !== want) {
      misplaced++;
      if (first === '') first = `${id} in ${got}, expected ${want}`;
    }
  }
  if (misplaced > 0) problems.push(`${label}: ${misplaced} of ${Object.keys(expected.notes).length} notes misplaced (first: ${first})`);
  const extra = map.notes.filter((n) => n.source?.id === undefined || expected.notes[n.source.id] === undefined);
  if (extra.length > 0) problems.push(`${label}: ${extra.length} notes that were not drawn as notes (first: ${JSON.stringify(extra[0]?.text)})`);

  // The audit: a gap where the drawing has no note of the kind, per stage and lane.
  const kindOf = new Map(expected.layers.map((l) => [l.title, l.kind]));
  const want = new Set<string>();
  for (const s of expected.stages) {
    const kinds = new Set(Object.values(expected.notes).filter((n) => n.stage === s.key).map((n) => kindOf.get(n.layer)));
    if (!kinds.has('touchpoints')) want.add(`missing-touchpoints@${s.key}`);
    if (!kinds.has('recommendations')) want.add(`missing-recommendations@${s.key}`);
  }
  const findings = auditReading(reading);
  const got = new Set<string>();
  for (const f of findings) {
    if (f.rule !== 'missing-touchpoints' && f.rule !== 'missing-recommendations') continue;
    const key = f.stage === undefined ? '(map)' : (keyOfStage.get(f.stage) ?? f.stage);
    got.add(`${f.rule}@${key}`);
    const lane = map.stages.find((s) => s.id === f.stage)?.lane;
    if (lane !== undefined && !f.message.includes(lane)) problems.push(`${label}: "${f.message}" does not name the lane ${lane}`);
  }
  const missing = [...want].filter((k) => !got.has(k));
  const invented = [...got].filter((k) => !want.has(k));
  if (missing.length > 0) problems.push(`${label}: audit misses ${missing.join(', ')}`);
  if (invented.length > 0) problems.push(`${label}: audit invents ${invented.join(', ')}`);
  const unreadable = findings.some((f) => f.rule === 'unreadable-map');
  if (unreadable !== (expected.unreadable === true)) problems.push(`${label}: unreadable-map ${unreadable ? 'reported' : 'not reported'}`);
  if (findings.some((f) => f.rule === 'missing-stages-or-layers')) problems.push(`${label}: missing-stages-or-layers`);
  return problems;
}
