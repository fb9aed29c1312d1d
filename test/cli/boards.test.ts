import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CjmMap, Finding } from '../../core/index.ts';
import { fixture, linesOf, runCli } from './fake-io.ts';

/**
 * `cjm` on the hand-made board exports of test/fixtures/ and examples/: real Miro and Figma REST
 * JSON with deliberate gaps, read by the real reader and audited by the real rules.
 */

const MIRO = 'test/fixtures/miro-ru-clinic.json';
const FIGMA = 'test/fixtures/figma-design-en-ecommerce.json';

interface JsonReport {
  map: CjmMap;
  findings: Finding[];
}

/** Names of the stages a rule flagged, in map order. */
function flaggedStages(report: JsonReport, rule: string): string[] {
  return report.findings
    .filter((finding) => finding.rule === rule)
    .map((finding) => report.map.stages.find((stage) => stage.id === finding.stage)?.name ?? `(no stage ${finding.stage})`);
}

/** Names of the stages with no note in any layer of `kind`: what the per-stage rules must flag. */
function stagesWithout(map: CjmMap, kind: string): string[] {
  const layers = new Set(map.layers.filter((layer) => layer.kind === kind).map((layer) => layer.id));
  return map.stages.filter((stage) => !map.notes.some((note) => note.stage === stage.id && layers.has(note.layer))).map((stage) => stage.name);
}

describe.each([
  { file: MIRO, format: 'Miro REST export', touchpoints: ['Повторные визиты'], recommendations: ['Выбор врача'] },
  { file: FIGMA, format: 'Figma REST export', touchpoints: ['Delivery'], recommendations: ['Add to cart', 'Checkout'] },
])('cjm audit $file', ({ file, format, touchpoints, recommendations }) => {
  it('lists every stage without touchpoints or recommendations as an error and exits 1', async () => {
    const { code, stdout } = await runCli(['audit', file, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(flaggedStages(report, 'missing-touchpoints')).toEqual(touchpoints);
    expect(flaggedStages(report, 'missing-recommendations')).toEqual(recommendations);
    // The invariant behind the two lists: exactly the stages with an empty row of that kind.
    expect(flaggedStages(report, 'missing-touchpoints')).toEqual(stagesWithout(report.map, 'touchpoints'));
    expect(flaggedStages(report, 'missing-recommendations')).toEqual(stagesWithout(report.map, 'recommendations'));
    for (const finding of report.findings.filter((f) => f.rule === 'missing-touchpoints' || f.rule === 'missing-recommendations')) {
      expect(finding.severity).toBe('error');
    }
  });

  it('names those stages in the text report', async () => {
    const { code, stdout } = await runCli(['audit', file]);
    expect(code).toBe(1);
    const lines = linesOf(stdout);
    for (const stage of [...touchpoints, ...recommendations]) {
      expect(lines.some((line) => line.includes(stage) && /\[missing-(touchpoints|recommendations)\]/u.test(line))).toBe(true);
    }
  });

  it('reads the same board from standard input', async () => {
    const fromFile = await runCli(['read', file, '--json']);
    const fromStdin = await runCli(['read', '-', '--json'], { stdin: readFileSync(file, 'utf8') });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it(`says it read a ${format} in the summary`, async () => {
    const { code, stdout } = await runCli(['read', file, '--locale', 'en']);
    expect(code).toBe(0);
    expect(linesOf(stdout)[0]).toBe(`${file}: ${format}, 1 map`);
  });
});

describe('npm start: the two example boards', () => {
  it('prints a report per board with a header, a total, and exits 0 with --exit-zero', async () => {
    const { code, stdout } = await runCli(['audit', 'examples/miro-board-ru.json', 'examples/figma-board-en.json', '--exit-zero']);
    expect(code).toBe(0);
    const headers = linesOf(stdout).filter((line) => line.startsWith('━━ '));
    expect(headers.map((line) => line.replace(/ ━+$/u, ''))).toEqual(['━━ examples/miro-board-ru.json', '━━ examples/figma-board-en.json']);
    expect(stdout).toContain('[missing-touchpoints]');
    expect(stdout).toContain('[missing-recommendations]');
    expect(linesOf(stdout).at(-1)).toMatch(/^Total: 2 maps audited, 2 with errors: \d+ errors?, /u);
  });
});

/**
 * A Miro listing with `count` copies of the clinic map, each further down and right than the one
 * before, the k-th with k sevens appended to its ids: the shape of an agency board that holds one
 * map per persona.
 */
function makeMapBoard(count: number): string {
  const pages = JSON.parse(readFileSync(MIRO, 'utf8')) as { data: Record<string, unknown>[] }[];
  const items = pages.flatMap((page) => page.data);
  const copies = Array.from({ length: count - 1 }, (_, i) => i + 1).flatMap((k) =>
    items.map((item) => {
      const copy = structuredClone(item) as {
        id: string;
        parent?: { id: string };
        position?: { x: number; y: number; relativeTo?: string };
      };
      copy.id = `${copy.id}${'7'.repeat(k)}`;
      if (copy.parent) copy.parent.id = `${copy.parent.id}${'7'.repeat(k)}`;
      if (copy.position?.relativeTo === 'canvas_center') {
        copy.position.x += 30_000 * k;
        copy.position.y += 30_000 * k;
      }
      return copy;
    }),
  );
  return JSON.stringify({ data: [...items, ...copies], total: items.length * count });
}

describe('a board with several maps', () => {
  const files = { 'two-maps.json': makeMapBoard(2), 'three-maps.json': makeMapBoard(3) };
  const firstNoteId = (JSON.parse(readFileSync(MIRO, 'utf8')) as { data: { id: string; type: string }[] }[])
    .flatMap((page) => page.data)
    .find((item) => item.type === 'sticky_note')?.id;

  it('summarises every map with its number', async () => {
    const { code, stdout } = await runCli(['read', 'two-maps.json', '--locale', 'en'], { files });
    expect(code).toBe(0);
    expect(linesOf(stdout)[0]).toBe('two-maps.json: Miro REST export, 2 maps');
    expect(linesOf(stdout).filter((line) => /^Map \d: /u.test(line)).map((line) => line.slice(0, 6))).toEqual(['Map 1:', 'Map 2:']);
  });

  it('prints all maps as a JSON array, or one with --map N, or the one holding --select ITEM_ID', async () => {
    const all = await runCli(['read', 'two-maps.json', '--json'], { files });
    expect(all.code).toBe(0);
    const maps = JSON.parse(all.stdout) as CjmMap[];
    expect(maps.map((map) => map.schema)).toEqual(['cjm/1', 'cjm/1']);
    expect(all.stderr).toBe('cjm: two-maps.json: 2 maps on the board, printed as a JSON array (pick one with --map N)\n');

    const second = await runCli(['read', 'two-maps.json', '--json', '--map', '2'], { files });
    expect(JSON.parse(second.stdout)).toEqual(maps[1]);
    const selected = await runCli(['read', 'two-maps.json', '--json', '--select', `${firstNoteId}7`], { files });
    expect(selected.stdout).toBe(second.stdout);
    expect(JSON.parse((await runCli(['read', 'two-maps.json', '--json', '--select', `${firstNoteId}`], { files })).stdout)).toEqual(maps[0]);
  });

  it('reads back its own JSON array of maps: read --json | audit -', async () => {
    const printed = (await runCli(['read', 'two-maps.json', '--json'], { files })).stdout;
    const direct = JSON.parse((await runCli(['audit', 'two-maps.json', '--format', 'json'], { files })).stdout) as { map: CjmMap }[];
    const piped = await runCli(['audit', '-', '--format', 'json'], { stdin: printed });
    expect(piped.code).toBe(1);
    const entries = JSON.parse(piped.stdout) as { file: string; mapIndex: number; map: CjmMap }[];
    expect(entries.map((entry) => [entry.file, entry.mapIndex])).toEqual([
      ['<stdin>', 1],
      ['<stdin>', 2],
    ]);
    expect(entries.map((entry) => entry.map)).toEqual(direct.map((entry) => entry.map));
    const second = await runCli(['export', '-', '--format', 'json', '--map', '2'], { stdin: printed });
    expect(second.stdout).toBe((await runCli(['read', 'two-maps.json', '--json', '--map', '2'], { files })).stdout);
  });

  it('names the map of a JSON array that is not valid cjm/1', async () => {
    const [first] = JSON.parse((await runCli(['read', 'two-maps.json', '--json'], { files })).stdout) as CjmMap[];
    const { code, stderr } = await runCli(['audit', '-'], { stdin: JSON.stringify([first, { ...first, title: 7 }]) });
    expect(code).toBe(2);
    expect(stderr).toBe('cjm: <stdin>, map 2: invalid cjm/1 map: title: expected string, got number 7\n');
  });

  it('rejects a --map number the board does not have', async () => {
    const { code, stderr } = await runCli(['read', 'two-maps.json', '--map', '3'], { files });
    expect(code).toBe(2);
    expect(stderr).toBe('cjm: two-maps.json: --map 3: the board has 2 maps\n');
  });

  it('audits each map under its own header, or as JSON entries with mapIndex', async () => {
    const text = await runCli(['audit', 'two-maps.json'], { files });
    expect(text.code).toBe(1);
    const headers = linesOf(text.stdout).filter((line) => line.startsWith('━━ '));
    expect(headers.map((line) => line.replace(/ ━+$/u, ''))).toEqual(['━━ two-maps.json, map 1', '━━ two-maps.json, map 2']);

    const json = JSON.parse((await runCli(['audit', 'two-maps.json', '--format', 'json'], { files })).stdout) as { file: string; mapIndex: number }[];
    expect(json.map((entry) => [entry.file, entry.mapIndex])).toEqual([
      ['two-maps.json', 1],
      ['two-maps.json', 2],
    ]);
    const picked = JSON.parse((await runCli(['audit', 'two-maps.json', '--format', 'json', '--map', '2'], { files })).stdout) as object;
    expect(Object.keys(picked)).toEqual(['map', 'findings']);
  });

  it('exports one map only: asks for --map when there are several', async () => {
    const ambiguous = await runCli(['export', 'two-maps.json', '--format', 'csv'], { files });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toBe('cjm: two-maps.json: 2 maps on the board; pick one with --map N (1–2) or --select ITEM_ID\n');
    const picked = await runCli(['export', 'two-maps.json', '--format', 'csv', '--map', '2'], { files });
    expect(picked.code).toBe(0);
    expect(picked.stdout.startsWith('\uFEFF')).toBe(true);
    // preview draws one map too, and asks the same way.
    const preview = await runCli(['preview', 'three-maps.json'], { files });
    expect([preview.code, preview.stderr]).toEqual([2, 'cjm: three-maps.json: 3 maps on the board; pick one with --map N (1–3) or --select ITEM_ID\n']);
    expect((await runCli(['preview', 'three-maps.json', '--select', `${firstNoteId}77`], { files })).code).toBe(0);
  });

  it('numbers a map picked by --select by its place on the whole board, as --map counts', async () => {
    const lumus = fixture('lumus-gaps.cjm.json');
    for (const [suffix, number] of [['', 1], ['7', 2], ['77', 3]] as const) {
      const selected = await runCli(['audit', 'three-maps.json', lumus, '--select', `${firstNoteId}${suffix}`, '--format', 'json'], { files });
      const entries = JSON.parse(selected.stdout) as { file: string; mapIndex: number; map: CjmMap }[];
      expect(entries.map((entry) => [entry.file, entry.mapIndex])).toEqual([
        ['three-maps.json', number],
        [lumus, 1],
      ]);
      const picked = JSON.parse((await runCli(['read', 'three-maps.json', '--json', '--map', String(number)], { files })).stdout) as CjmMap;
      expect(entries[0]?.map).toEqual(picked);
    }
    const text = await runCli(['audit', 'three-maps.json', lumus, '--select', `${firstNoteId}7`], { files });
    const headers = linesOf(text.stdout).filter((line) => line.startsWith('━━ '));
    expect(headers.map((line) => line.replace(/ ━+$/u, ''))).toEqual(['━━ three-maps.json, map 2', `━━ ${lumus}`]);
  });

  it('reads every map, with a warning, when the selection is in none', async () => {
    const { code, stdout, stderr } = await runCli(['audit', 'three-maps.json', '--select', 'no-such-item', '--format', 'json'], { files });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { mapIndex: number }[]).map((entry) => entry.mapIndex)).toEqual([1, 2, 3]);
    expect(stderr).toBe('cjm: three-maps.json: warning: Выделение не попадает ни в одну карту: прочитаны все карты на доске.\n');
  });
});

/**
 * The Figma fixture with the content of its map frame wrapped in `depth` nested groups, as JSON
 * text: built as text because JSON.stringify itself recurses and would overflow first.
 */
function makeDeepFigmaFile(depth: number): string {
  const file = JSON.parse(readFileSync(FIGMA, 'utf8')) as { document: { children: { children: { children: unknown[] }[] }[] } };
  const frame = file.document.children[0]?.children[0];
  if (!frame) throw new Error('no map frame in the fixture');
  const content = JSON.stringify(frame.children);
  frame.children = ['DEEP'];
  const open = Array.from({ length: depth }, (_, i) => `{"id":"9${i}:1","type":"GROUP","name":"Group ${i}","children":[`).join('');
  return JSON.stringify(file).replace('["DEEP"]', `[${open}${content.slice(1, -1)}${']}'.repeat(depth)}]`);
}

describe('a Figma file nested thousands of levels deep', () => {
  const files = { 'deep.json': makeDeepFigmaFile(5000) };

  it('reads and audits like the same board without the nesting, instead of failing with exit 3', async () => {
    const deep = await runCli(['read', 'deep.json', '--json'], { files });
    expect(deep.stderr).toBe('');
    expect(deep.code).toBe(0);
    expect(deep.stdout).toBe((await runCli(['read', FIGMA, '--json'])).stdout);
    const audited = await runCli(['audit', 'deep.json', '--format', 'json'], { files });
    expect(audited.code).toBe(1);
    expect(audited.stdout).toBe((await runCli(['audit', FIGMA, '--format', 'json'])).stdout);
  });
});
