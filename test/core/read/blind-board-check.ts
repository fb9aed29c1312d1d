/**
 * The check of a set of blind boards (test/fixtures/blind2/, blind3/): each board drawn from a
 * sketch by someone who had not read the reader, with the reading its author expects. Every board
 * is read through the path the command line takes (`readDocument` on the parsed export, as
 * `cjm read FILE` does), then every stage, layer, note and orphan and the audit's errors are
 * compared with the expectation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditReading, readDocument, type CjmMap } from '../../../core/index.ts';
import type { BlindBoard, ExpectedMap } from '../../fixtures/blind2/index.ts';

/** Whitespace as the board shows it: runs of spaces and line breaks are one space. */
function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function names(name: string | readonly string[] | undefined): readonly string[] {
  return name === undefined ? [] : typeof name === 'string' ? [name] : name;
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** What differs between a read map (and its audit) and the expectation; empty when it reads as expected. */
function compareMap(map: CjmMap, errors: readonly string[], warnings: readonly string[], want: ExpectedMap, at: string): string[] {
  const out: string[] = [];
  // cjm/1 always has a title; '' is none.
  const readTitle = map.title === '' ? undefined : map.title;
  const stages = map.stages;
  const layers = map.layers;
  if (stages.length !== want.stages.length) out.push(`${at}: ${String(stages.length)} stages (${stages.map((s) => s.name).join(' | ')}), expected ${String(want.stages.length)}`);
  if (layers.length !== want.layers.length) out.push(`${at}: ${String(layers.length)} layers (${layers.map((l) => `${l.title}:${l.kind}`).join(' | ')}), expected ${String(want.layers.length)}`);
  want.stages.forEach((w, i) => {
    const s = stages[i];
    if (!s) return;
    const ok = names(w.name);
    if (ok.length > 0 && !ok.includes(norm(s.name))) out.push(`${at}: stage ${String(i)} is named ${show(s.name)}, expected ${ok.map(show).join(' or ')}`);
    if (s.phase !== w.phase) out.push(`${at}: stage ${show(s.name)} has phase ${show(s.phase)}, expected ${show(w.phase)}`);
    const description = s.description === undefined ? undefined : norm(s.description);
    if (description !== w.description) out.push(`${at}: stage ${show(s.name)} has description ${show(s.description)}, expected ${show(w.description)}`);
    if (s.lane !== w.lane) out.push(`${at}: stage ${show(s.name)} has lane ${show(s.lane)}, expected ${show(w.lane)}`);
  });
  want.layers.forEach((w, j) => {
    const l = layers[j];
    if (!l) return;
    const ok = names(w.title);
    if (ok.length > 0 && !ok.includes(norm(l.title))) out.push(`${at}: layer ${String(j)} is titled ${show(l.title)}, expected ${ok.map(show).join(' or ')}`);
    if (l.kind !== w.kind) out.push(`${at}: layer ${show(l.title)} is ${l.kind}, expected ${w.kind}`);
    const description = l.description === undefined ? undefined : norm(l.description);
    if (description !== w.description) out.push(`${at}: layer ${show(l.title)} has description ${show(l.description)}, expected ${show(w.description)}`);
  });

  // Every note in its cell, nothing more.
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const layerIndex = new Map(layers.map((l, j) => [l.id, j]));
  const got = new Map<string, string[]>();
  for (const note of map.notes) {
    const key = `${String(stageIndex.get(note.stage))}:${String(layerIndex.get(note.layer))}`;
    got.set(key, [...(got.get(key) ?? []), norm(note.text)]);
  }
  const expectedKeys = new Set<string>();
  want.cells.forEach((row, j) =>
    row.forEach((notes, i) => {
      const key = `${String(i)}:${String(j)}`;
      expectedKeys.add(key);
      const have = [...(got.get(key) ?? [])].sort();
      const need = notes.map(norm).sort();
      if (JSON.stringify(have) !== JSON.stringify(need)) {
        const where = `${show(stages[i]?.name ?? `#${String(i)}`)} × ${show(layers[j]?.title ?? `#${String(j)}`)}`;
        out.push(`${at}: cell ${where} holds ${show(have)}, expected ${show(need)}`);
      }
    }),
  );
  for (const [key, notes] of got) if (!expectedKeys.has(key) && notes.length > 0) out.push(`${at}: notes in an unexpected cell ${key}: ${show(notes)}`);

  // Orphans: exactly the expected texts, each for a reason the author accepts; the title may be one.
  const orphans = new Map<string, string[]>();
  for (const orphan of map.orphans) orphans.set(norm(orphan.text), [...(orphans.get(norm(orphan.text)) ?? []), orphan.reason]);
  const title = want.title === undefined ? undefined : norm(want.title);
  for (const w of want.orphans) {
    const reasons = orphans.get(norm(w.text));
    if (!reasons) out.push(`${at}: ${show(w.text)} is no orphan, expected one (${w.reasons.join(' or ')})`);
    else if (!reasons.every((r) => w.reasons.includes(r))) out.push(`${at}: orphan ${show(w.text)} has reason ${reasons.join(', ')}, expected ${w.reasons.join(' or ')}`);
    orphans.delete(norm(w.text));
  }
  if (title !== undefined) {
    const asOrphan = orphans.get(title);
    if (asOrphan?.every((r) => r === 'title')) orphans.delete(title);
    else if (readTitle === undefined || norm(readTitle) !== title) out.push(`${at}: the title ${show(want.title)} is read as ${show(readTitle)} (orphan reasons: ${show(asOrphan)})`);
  }
  for (const [text, reasons] of orphans) out.push(`${at}: unexpected orphan ${show(text)} (${reasons.join(', ')})`);
  const titleOk = readTitle === undefined || norm(readTitle) === title || (want.frame !== undefined && norm(readTitle) === norm(want.frame));
  if (!titleOk) out.push(`${at}: map title ${show(readTitle)}, expected ${show(want.title)}`);
  const persona = names(want.persona);
  if (persona.length > 0 && !persona.includes(norm(map.persona?.name ?? ''))) out.push(`${at}: persona ${show(map.persona?.name)}, expected ${persona.map(show).join(' or ')}`);
  if (want.frame !== undefined && norm(map.frame ?? '') !== norm(want.frame)) out.push(`${at}: frame ${show(map.frame)}, expected ${show(want.frame)}`);

  // The audit: exactly the expected errors; the expected warnings among the findings.
  const wantErrors = [...want.errors].map((e) => canonical(e, want)).sort();
  const gotErrors = [...errors].sort();
  if (JSON.stringify(wantErrors) !== JSON.stringify(gotErrors)) out.push(`${at}: audit errors ${show(gotErrors)}, expected ${show(wantErrors)}`);
  for (const w of want.warnings ?? []) if (!warnings.includes(canonical(w, want))) out.push(`${at}: no warning ${w} (warnings: ${show(warnings)})`);
  return out;
}

/** `rule@name` → `rule@#index` by the expected stage names. */
function canonical(finding: string, want: ExpectedMap): string {
  const at = finding.indexOf('@');
  if (at < 0) return finding;
  const rule = finding.slice(0, at);
  const stage = finding.slice(at + 1);
  if (stage.startsWith('#')) return finding;
  const index = want.stages.findIndex((s) => names(s.name).includes(stage));
  if (index < 0) throw new Error(`expectation names no stage "${stage}"`);
  return `${rule}@#${String(index)}`;
}

/** Findings of a severity as `rule@#stage index` (or `rule` for the whole map). */
function findingKeys(findings: ReturnType<typeof auditReading>, map: CjmMap, severity: string): string[] {
  const index = new Map(map.stages.map((s, i) => [s.id, i]));
  return findings.filter((f) => f.severity === severity).map((f) => (f.stage === undefined ? f.rule : `${f.rule}@#${String(index.get(f.stage))}`));
}

/** Everything that differs between reading a board and its expectation. */
export function mismatches(board: BlindBoard, json: unknown): string[] {
  const document = readDocument(json, { where: `${board.file}.json` });
  const out: string[] = [];
  if (document.readings.length !== board.maps.length) out.push(`${String(document.readings.length)} maps read, expected ${String(board.maps.length)}`);
  board.maps.forEach((want, m) => {
    const reading = document.readings[m];
    if (!reading) return;
    const findings = auditReading(reading);
    out.push(...compareMap(reading.map, findingKeys(findings, reading.map, 'error'), findingKeys(findings, reading.map, 'warning'), want, `map ${String(m)}`));
  });
  return out;
}

/**
 * One test per board of a set in `dir`: its committed export is what it draws, and it reads as
 * expected — or, listed in `knownFailures` (file → what goes wrong), still fails: a fix has to
 * move the board out of the list.
 */
export function describeBlindBoards(title: string, boards: readonly BlindBoard[], dir: string, knownFailures: ReadonlyMap<string, string>): void {
  describe(title, () => {
    it('lists only boards that exist, and each file is what its board draws', () => {
      const files = new Set(boards.map((b) => b.file));
      for (const name of knownFailures.keys()) expect(files.has(name), name).toBe(true);
      expect(files.size).toBe(boards.length);
    });

    for (const board of boards) {
      const known = knownFailures.get(board.file);
      it(`${board.file} ${known === undefined ? 'reads as drawn' : `still fails: ${known}`}`, () => {
        const json: unknown = JSON.parse(readFileSync(join(dir, `${board.file}.json`), 'utf8'));
        expect(json, 'the committed export is what the board draws (run generate.ts)').toEqual(board.draw());
        const found = mismatches(board, json);
        if (known === undefined) expect(found).toEqual([]);
        else expect(found.length, 'fixed: move the board out of KNOWN_FAILURES').toBeGreaterThan(0);
      });
    }
  });
}
