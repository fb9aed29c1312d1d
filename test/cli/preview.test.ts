import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap, planBoard, readDocument, renderPlanSvg, renderReadingSvg } from '../../core/index.ts';
import { fixture, runCli } from './fake-io.ts';

const lumusPath = fixture('lumus-gaps.cjm.json');
const lumus = parseMap(JSON.parse(readFileSync(lumusPath, 'utf8')));

describe('cjm preview', () => {
  it('draws the planned layout of the map as SVG', async () => {
    const { code, stdout, stderr } = await runCli(['preview', lumusPath]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(renderPlanSvg(planBoard(lumus)));
    expect(stdout).toContain('Статья на vc.ru');
  });

  it('writes the picture to --output and labels phases in --locale', async () => {
    const { code, io } = await runCli(['preview', lumusPath, '--locale', 'en', '-o', 'map.svg']);
    expect(code).toBe(0);
    expect(io.written.get('map.svg')).toBe(renderPlanSvg(planBoard(lumus, { locale: 'en' })));
  });

  it('draws a board export as it was read with --as-read, orphans marked', async () => {
    const board = fixture('../../fixtures/miro-ru-clinic.json');
    const { code, stdout, stderr } = await runCli(['preview', board, '--as-read']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const document = readDocument(JSON.parse(readFileSync(board, 'utf8')));
    const [reading] = document.readings;
    if (!reading || !document.snapshot) throw new Error('no reading');
    expect(stdout).toBe(renderReadingSvg(document.snapshot, reading));
    expect(stdout).toContain('stroke-dasharray');
    // Not the planned layout: the board's own items, where they lie.
    expect(stdout).not.toBe(renderPlanSvg(planBoard(reading.map)));
  });

  it('says --as-read needs a board export when given a cjm/1 map', async () => {
    const { code, stderr } = await runCli(['preview', lumusPath, '--as-read']);
    expect(code).toBe(2);
    expect(stderr).toBe(`cjm: ${lumusPath}: --as-read draws a board export (Miro or Figma); a cjm/1 map has no board to draw: leave --as-read out to see its layout\n`);
  });

  it('rejects a missing file and a bad option with one line and exit 2', async () => {
    const missing = await runCli(['preview']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const bad = await runCli(['preview', lumusPath, '--locale', 'de']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--locale/u);
  });
});
