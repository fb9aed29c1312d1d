import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap, serializeMap } from '../../core/index.ts';
import { fixture, linesOf } from './fake-io.ts';

/**
 * The built `cjm` in a real process: what in-process tests can't show (exit codes crossing the
 * process boundary, real stdin, no stack trace from an unhandled rejection). Built into a
 * temporary folder with the same options as esbuild.config.mjs, so dist/ is left alone.
 */
let dir = '';
let cli = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-cli-'));
  cli = join(dir, 'cjm.mjs');
  await build({
    entryPoints: ['cli/main.ts'],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'silent',
  });
}, 30_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function cjm(args: readonly string[], input?: string) {
  // An empty environment but PATH: the developer's NO_COLOR, LANG or CJM_DEBUG must not matter.
  const result = spawnSync(process.execPath, [cli, ...args], { input: input ?? '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lumusPath = fixture('lumus-gaps.cjm.json');
const lumusText = readFileSync(lumusPath, 'utf8');

describe('dist cjm', () => {
  it('starts with the shebang the bin needs', () => {
    expect(readFileSync(cli, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it.each([
    ['not-json.json', /: not JSON \(line 4, column 14: Unexpected token ','\)$/u],
    ['unknown-shape.json', /: not a cjm\/1 map, Miro REST item listing or Figma REST file$/u],
    ['truncated-miro.json', /more pages follow/u],
    ['broken-map.cjm.json', /invalid cjm\/1 map: title: /u],
    ['does-not-exist.json', /: no such file$/u],
  ])('prints exactly one stderr line and no stack trace for %s, exit 2', (name, expected) => {
    const { status, stdout, stderr } = cjm(['audit', fixture(name)]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(linesOf(stderr)).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(expected);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)|node:internal/u);
  });

  it('exits 1 for error findings, 0 with --exit-zero or a complete map', () => {
    expect(cjm(['audit', lumusPath]).status).toBe(1);
    expect(cjm(['audit', lumusPath, '--exit-zero']).status).toBe(0);
    expect(cjm(['audit', fixture('complete.cjm.json')]).status).toBe(0);
    expect(cjm(['audit', '--bogus']).status).toBe(2);
  });

  it('reads piped standard input for -', () => {
    const { status, stdout, stderr } = cjm(['read', '-', '--json'], lumusText);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(serializeMap(parseMap(JSON.parse(lumusText))));
    const audited = cjm(['audit', '-', '--format', 'json'], stdout);
    expect(audited.status).toBe(1);
    expect(Object.keys(JSON.parse(audited.stdout) as object)).toEqual(['map', 'findings']);
  });

  it('reads a UTF-16 file written by Windows PowerShell', () => {
    const path = join(dir, 'board-utf16.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lumusText, 'utf16le')]));
    const { status, stdout } = cjm(['read', path, '--json']);
    expect(status).toBe(0);
    expect(stdout).toBe(serializeMap(parseMap(JSON.parse(lumusText))));
  });

  it('writes --output files', () => {
    const path = join(dir, 'map.csv');
    expect(cjm(['export', lumusPath, '--output', path]).status).toBe(0);
    expect(readFileSync(path, 'utf8').startsWith('\uFEFF')).toBe(true);
  });

  it('prints help and version', () => {
    expect(cjm(['--help']).stdout).toMatch(/^cjm \d+\.\d+\.\d+: /u);
    expect(cjm(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });
});
