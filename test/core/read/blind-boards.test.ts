import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audit, readDocument, type CjmMap, type Finding } from '../../../core/index.ts';
import { AUDITED_RULES, type BlindBoard } from '../../fixtures/blind/board-spec.ts';
import { BLIND_BOARDS } from '../../fixtures/blind/index.ts';
import { KNOWN_FAILURES } from '../../fixtures/blind/known-failures.ts';
import { runCli } from '../../cli/fake-io.ts';

/*
 * Issue #12: boards drawn the way people draw journey maps, written from sketches before the
 * reader was looked at (test/fixtures/blind/). Each is read through the command line (`cjm read
 * --json`, `cjm audit --format json`) and checked aspect by aspect against what a careful
 * person reads on it. Aspects the reader still gets wrong are listed in known-failures.ts, and
 * asserted to still fail: fixing one makes its entry fail here, so the list only shrinks.
 */

const ASPECTS = ['maps', 'title', 'stages', 'layers', 'placements', 'kept', 'findings', 'warnings', 'clean-output'] as const;
type Aspect = (typeof ASPECTS)[number];

/** What the command line and the reader give for one board. */
interface Outcome {
  readonly maps: readonly CjmMap[];
  readonly findings: readonly (readonly Finding[])[];
  readonly exitCode: number;
  readonly stderr: readonly string[];
  readonly warnings: readonly string[];
  readonly kept: ReadonlySet<string>;
  readonly textIds: readonly { id: string; text: string }[];
}

const outcomes = new Map<string, Promise<Outcome>>();

function fileOf(board: BlindBoard): string {
  return fileURLToPath(new URL(`../../fixtures/blind/${board.name}.json`, import.meta.url));
}

async function outcomeOf(board: BlindBoard): Promise<Outcome> {
  const file = fileOf(board);
  const read = await runCli(['read', '--json', file]);
  const audited = await runCli(['audit', '--format', 'json', file]);
  const parsedRead = JSON.parse(read.stdout) as CjmMap | CjmMap[];
  const parsedAudit = JSON.parse(audited.stdout) as { map: CjmMap; findings: Finding[] } | { map: CjmMap; findings: Finding[] }[];
  const audits = Array.isArray(parsedAudit) ? parsedAudit : [parsedAudit];
  // The reader's warnings and roles, through the same core call the command line makes.
  const document = readDocument(JSON.parse(readFileSync(file, 'utf8')), { where: board.name });
  const kept = new Set<string>();
  for (const reading of document.readings) {
    for (const [id, role] of reading.roles) if (role !== 'cell' && role !== 'decoration') kept.add(id);
    for (const note of reading.map.notes) if (note.source) kept.add(note.source.id);
    for (const orphan of reading.map.orphans) if (orphan.source) kept.add(orphan.source.id);
  }
  return {
    maps: Array.isArray(parsedRead) ? parsedRead : [parsedRead],
    findings: audits.map((entry) => entry.findings),
    exitCode: audited.code,
    stderr: [read.stderr, audited.stderr],
    warnings: [...document.warnings, ...document.readings.flatMap((reading) => reading.warnings)].map((warning) => warning.code),
    kept,
    textIds: (document.snapshot?.items ?? []).filter((item) => item.text.trim() !== '').map((item) => ({ id: item.id, text: item.text })),
  };
}

function outcome(board: BlindBoard): Promise<Outcome> {
  let found = outcomes.get(board.name);
  if (!found) {
    found = outcomeOf(board);
    outcomes.set(board.name, found);
  }
  return found;
}

/**
 * The name a board module uses for a map's stage or layer: its name, or `#n` (its position,
 * 1-based) where the board leaves it unnamed (a deleted or empty header).
 */
function nameAt(expected: readonly { readonly name?: string; readonly title?: string }[], index: number, actual: string): string {
  const want = expected[index];
  const named = want?.name ?? want?.title;
  return named === '' ? `#${index + 1}` : actual;
}

/** `rule@stage name` (or `rule`) for each finding of the audited rules. */
function findingKeys(map: CjmMap, findings: readonly Finding[], board: BlindBoard): string[] {
  const names = new Map(map.stages.map((stage, i) => [stage.id, nameAt(board.expected.stages, i, stage.name)]));
  return findings
    .filter((finding) => AUDITED_RULES.includes(finding.rule))
    .map((finding) => (finding.stage === undefined ? finding.rule : `${finding.rule}@${names.get(finding.stage) ?? finding.stage}`))
    .sort();
}

/** What is wrong with one aspect of a board's reading: empty when it is read as a person reads it. */
function problems(board: BlindBoard, aspect: Aspect, got: Outcome): string[] {
  const want = board.expected;
  const [map] = got.maps;
  if (aspect === 'maps') return got.maps.length === 1 ? [] : [`${got.maps.length} maps read, expected 1`];
  if (aspect === 'clean-output') {
    return got.stderr.filter((text) => /\bat .+:\d+:\d+\)?$/mu.test(text) || /TypeError|RangeError|ReferenceError/u.test(text)).map((text) => `stack trace: ${text.slice(0, 200)}`);
  }
  if (aspect === 'kept') {
    return got.textIds.filter((item) => !got.kept.has(item.id)).map((item) => `dropped: "${item.text}"`);
  }
  if (aspect === 'warnings') return (want.warnings ?? []).filter((code) => !got.warnings.includes(code)).map((code) => `no warning ${code}`);
  if (!map) return ['no map'];
  if (aspect === 'title') return want.title === undefined || map.title === want.title ? [] : [`title "${map.title}", want "${want.title}"`];
  if (aspect === 'stages') {
    const actual = map.stages.map((stage, i) => JSON.stringify({ name: want.stages[i]?.name === '' ? '' : stage.name, phase: stage.phase, description: stage.description }));
    const expected = want.stages.map((stage) => JSON.stringify({ name: stage.name, phase: stage.phase, description: stage.description }));
    return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [`stages:\n  got  ${actual.join('\n       ')}\n  want ${expected.join('\n       ')}`];
  }
  if (aspect === 'layers') {
    const actual = map.layers.map((layer, i) => JSON.stringify({ title: want.layers[i]?.title === '' ? '' : layer.title, kind: layer.kind, description: layer.description }));
    const expected = want.layers.map((layer) => JSON.stringify({ title: layer.title, kind: layer.kind, description: layer.description }));
    return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [`layers:\n  got  ${actual.join('\n       ')}\n  want ${expected.join('\n       ')}`];
  }
  if (aspect === 'placements') {
    const stageName = new Map(map.stages.map((stage, i) => [stage.id, nameAt(want.stages, i, stage.name)]));
    const layerTitle = new Map(map.layers.map((layer, i) => [layer.id, nameAt(want.layers, i, layer.title)]));
    const notes = new Map(map.notes.map((note) => [note.source?.id ?? '', note]));
    const orphans = new Map(map.orphans.map((orphan) => [orphan.source?.id ?? '', orphan]));
    const wrong: string[] = [];
    for (const [id, place] of want.placements) {
      const note = notes.get(id);
      const orphan = orphans.get(id);
      const where = note ? `${stageName.get(note.stage) ?? note.stage} × ${layerTitle.get(note.layer) ?? note.layer}` : orphan ? `orphan (${orphan.reason})` : 'neither note nor orphan';
      if ('orphan' in place) {
        if (!orphan || !place.orphan.includes(orphan.reason)) wrong.push(`"${place.text}": ${where}, want orphan (${place.orphan.join('|')})`);
      } else if (!note || stageName.get(note.stage) !== place.stage || layerTitle.get(note.layer) !== place.layer) {
        wrong.push(`"${place.text}": ${where}, want ${place.stage} × ${place.layer}`);
      }
    }
    return wrong;
  }
  // findings
  const actual = findingKeys(map, got.findings[0] ?? [], board);
  const expected = [...want.findings].sort();
  const wrong = JSON.stringify(actual) === JSON.stringify(expected) ? [] : [`findings:\n  got  ${actual.join(', ')}\n  want ${expected.join(', ')}`];
  const mustFail = want.mustFail === true || want.findings.some((key) => ['missing-stages-or-layers', 'missing-touchpoints', 'missing-recommendations', 'unreadable-map'].includes(key.split('@')[0] ?? ''));
  if (mustFail && got.exitCode !== 1) wrong.push(`cjm audit exits ${got.exitCode}, expected 1`);
  if (!mustFail && got.exitCode !== 0) wrong.push(`cjm audit exits ${got.exitCode}, expected 0`);
  return wrong;
}

/** The map a careful person reads on the board, built from the board's expected reading. */
function expectedMap(board: BlindBoard, locale: 'ru' | 'en'): CjmMap {
  const stageIds = new Map(board.expected.stages.map((stage, i) => [nameAt(board.expected.stages, i, stage.name), `s${i + 1}`]));
  const layerIds = new Map(board.expected.layers.map((layer, i) => [nameAt(board.expected.layers, i, layer.title), `l${i + 1}`]));
  return {
    schema: 'cjm/1',
    title: board.expected.title ?? board.name,
    locale,
    stages: board.expected.stages.map((stage, i) => ({ id: `s${i + 1}`, name: nameAt(board.expected.stages, i, stage.name), ...(stage.phase ? { phase: stage.phase as never } : {}) })),
    layers: board.expected.layers.map((layer, i) => ({ id: `l${i + 1}`, title: layer.title, kind: layer.kind as never })),
    notes: [...board.expected.placements.values()].flatMap((place) =>
      'orphan' in place ? [] : [{ stage: stageIds.get(place.stage) ?? '?', layer: layerIds.get(place.layer) ?? '?', text: place.text, ...(place.sentiment === undefined ? {} : { sentiment: place.sentiment }) }],
    ),
    orphans: [],
  };
}

describe('blind boards (issue #12)', () => {
  it('every known failure names a board and an aspect that exist', () => {
    const names = new Set(BLIND_BOARDS.map((board) => board.name));
    for (const entry of KNOWN_FAILURES) {
      const [name, aspect] = entry.split(':');
      expect(names.has(name ?? ''), entry).toBe(true);
      expect((ASPECTS as readonly string[]).includes(aspect ?? ''), entry).toBe(true);
    }
  });

  for (const board of BLIND_BOARDS) {
    describe(`${board.name}: ${board.about}`, () => {
      it('the committed export is what the board module draws', () => {
        expect(JSON.parse(readFileSync(fileOf(board), 'utf8'))).toEqual(board.json);
      });

      it('its expected findings are what the audit says of the expected map (the sketch is consistent)', () => {
        const map = expectedMap(board, /[а-яё]/iu.test(JSON.stringify(board.expected.stages)) ? 'ru' : 'en');
        for (const note of map.notes) {
          expect(note.stage, note.text).not.toBe('?');
          expect(note.layer, note.text).not.toBe('?');
        }
        const keys = findingKeys(map, audit(map), board).filter((key) => !key.startsWith('unreadable-map'));
        expect(keys).toEqual([...board.expected.findings].filter((key) => !key.startsWith('unreadable-map')).sort());
      });

      for (const aspect of ASPECTS) {
        const known = KNOWN_FAILURES.includes(`${board.name}:${aspect}`);
        it(known ? `${aspect} — known failure, still fails` : aspect, async () => {
          const found = problems(board, aspect, await outcome(board));
          if (known) expect(found, 'fixed: remove it from test/fixtures/blind/known-failures.ts').not.toEqual([]);
          else expect(found, found.join('\n')).toEqual([]);
        });
      }
    });
  }
});
