import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAP_GEOMETRY, parseMap } from '../../core/index.ts';
import { describeWarnings } from '../../cli/load-board.ts';
import type { LoadedBoard } from '../../cli/load-board.ts';
import { fixture, linesOf, runCli } from './fake-io.ts';

/**
 * Board text and file names are the user's (or an attacker's): whatever the command line prints
 * of them itself must not carry terminal control sequences (clear the screen, recolour, ring).
 */

const complete = parseMap(JSON.parse(readFileSync(fixture('complete.cjm.json'), 'utf8')));

/** The ESCs, C1 control sequence introducers and BELs in a text: what a terminal would obey. */
function controlsIn(text: string): string[] {
  return [...text].filter((char) => char === '\u001b' || char === '\u009b' || char === '\u0007');
}

const hostile = {
  ...complete,
  title: 'T\u001b[2J\u001b[31mHACK',
  persona: { name: 'Anna\u0007' },
  stages: complete.stages.map((stage, i) => (i === 0 ? { ...stage, name: `Aware\u009b31mness`, lane: 'Web\u001b]0;owned\u0007' } : stage)),
  layers: complete.layers.map((layer, i) => (i === 0 ? { ...layer, title: 'Goal\u000bline two' } : layer)),
};
const badId = { ...complete, notes: complete.notes.map((note, i) => (i === 0 ? { ...note, stage: 'zz\u001b[2J' } : note)) };

const files = {
  'hostile.json': JSON.stringify(hostile),
  'bad-id.json': JSON.stringify(badId),
  'evil\u001b[2J.json': JSON.stringify([complete, complete]),
};

describe('board text on the terminal', () => {
  it('summarises a map whose title and headings hold escape sequences without them', async () => {
    const { code, stdout, stderr } = await runCli(['read', 'hostile.json'], { files });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(controlsIn(stdout)).toEqual([]);
    const lines = linesOf(stdout);
    expect(lines[2]).toBe('T[2J[31mHACK [English]');
    expect(lines[3]).toBe('  Persona:  Anna');
    expect(lines[4]).toMatch(/^ {2}Stages: {3}4 — Reach: Aware31mness \(Web\]0;owned\); Act: /u);
    // A vertical tab is a soft line break: one line still.
    expect(lines[5]).toMatch(/^ {2}Layers: {3}4 — Goal line two \(required\), /u);
  });

  it('names an id with an escape sequence in an error line without it', async () => {
    const { code, stdout, stderr } = await runCli(['read', 'bad-id.json'], { files });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('cjm: bad-id.json: invalid cjm/1 map: notes[0].stage: unknown stage "zz[2J"\n');
  });

  it('keeps them out of audit errors and file headers too', async () => {
    const { code, stdout, stderr } = await runCli(['audit', 'bad-id.json', 'evil\u001b[2J.json'], { files });
    expect(code).toBe(2);
    expect(controlsIn(stderr)).toEqual([]);
    expect(linesOf(stderr)).toEqual(['cjm: bad-id.json: invalid cjm/1 map: notes[0].stage: unknown stage "zz[2J"']);
    const headers = linesOf(stdout).filter((line) => line.startsWith('━━ '));
    expect(headers.map((line) => line.replace(/ ━+$/u, ''))).toEqual(['━━ evil[2J.json, map 1', '━━ evil[2J.json, map 2']);
    const comments = linesOf((await runCli(['audit', 'evil\u001b[2J.json', '--format', 'md'], { files })).stdout).filter((line) => line.startsWith('<!--'));
    expect(comments).toEqual(['<!-- evil[2J.json, map 1 -->', '<!-- evil[2J.json, map 2 -->']);
  });

  it('keeps them out of the notes on standard error', async () => {
    const printed = await runCli(['read', 'evil\u001b[2J.json', '--json'], { files });
    expect(printed.code).toBe(0);
    expect(printed.stderr).toBe('cjm: evil[2J.json: 2 maps on the board, printed as a JSON array (pick one with --map N)\n');
    const summary = await runCli(['read', 'evil\u001b[2J.json'], { files });
    expect(linesOf(summary.stdout)[0]).toBe('evil[2J.json: cjm/1 map, 2 maps');

    const board: LoadedBoard = {
      label: 'board\u001b[2J.json',
      format: 'miro-rest',
      mapCount: 1,
      readings: [{ map: complete, roles: new Map(), geometry: EMPTY_MAP_GEOMETRY, mapNumber: 1, warnings: [{ code: 'unknown-layer', message: 'Unknown heading "\u001b[31mRed"', itemId: 'id\u001b[2J' }] }],
      warnings: [],
    };
    expect(describeWarnings(board)).toEqual(['cjm: board[2J.json: warning: Unknown heading "[31mRed" [item id[2J]']);
  });
});
