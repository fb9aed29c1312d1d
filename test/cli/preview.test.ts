import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap, planBoard, renderPlanSvg } from '../../core/index.ts';
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

  it('rejects a missing file and a bad option with one line and exit 2', async () => {
    const missing = await runCli(['preview']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const bad = await runCli(['preview', lumusPath, '--locale', 'de']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--locale/u);
  });
});
