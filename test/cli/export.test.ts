import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, formatCsv, formatMarkdownReport, parseMap, serializeMap } from '../../core/index.ts';
import { fixture, linesOf, runCli } from './fake-io.ts';

const lumusPath = fixture('lumus-gaps.cjm.json');
const lumus = parseMap(JSON.parse(readFileSync(lumusPath, 'utf8')));

describe('cjm export', () => {
  it('writes CSV with a byte order mark, so Excel reads Cyrillic', async () => {
    const { code, stdout, stderr } = await runCli(['export', lumusPath, '--format', 'csv']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    expect(stdout).toBe(formatCsv(lumus).endsWith('\n') ? formatCsv(lumus) : `${formatCsv(lumus)}\n`);
    expect(stdout).toContain('Статья на vc.ru');
  });

  it('writes the cjm/1 map for json', async () => {
    expect((await runCli(['export', lumusPath, '--format', 'json'])).stdout).toBe(serializeMap(lumus));
  });

  it('writes Markdown with the findings, in --locale when given', async () => {
    expect((await runCli(['export', lumusPath, '--format', 'md'])).stdout).toBe(formatMarkdownReport(lumus, audit(lumus), { includeNotes: true, heading: 'map' }));
    expect((await runCli(['export', lumusPath, '--format', 'md', '--locale', 'en'])).stdout).toBe(
      formatMarkdownReport(lumus, audit(lumus, { locale: 'en' }), { locale: 'en', includeNotes: true, heading: 'map' }),
    );
  });

  it('writes the map itself into Markdown, not just its audit: every note\'s text', async () => {
    const { code, stdout } = await runCli(['export', lumusPath, '--format', 'md']);
    expect(code).toBe(0);
    expect(lumus.notes.length).toBeGreaterThan(0);
    for (const note of lumus.notes) expect(stdout).toContain(note.text);
    expect(stdout).toContain('Статья на vc.ru');
    // The audit alone (what `cjm audit --format md` prints) does not hold them.
    expect((await runCli(['audit', lumusPath, '--format', 'md'])).stdout).not.toContain('Статья на vc.ru');
  });

  it('exits 0 even though the map has error findings: exporting is not auditing', async () => {
    expect((await runCli(['export', lumusPath, '--format', 'md'])).code).toBe(0);
  });

  it.each([
    ['map.csv', 'csv'],
    ['report.MD', 'md'],
    ['notes.markdown', 'md'],
    ['map.json', 'json'],
  ])('takes the format from --output %s', async (output, format) => {
    const { code, stdout, io } = await runCli(['export', lumusPath, '--output', output]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const explicit = await runCli(['export', lumusPath, '--format', format]);
    expect(io.written.get(output)).toBe(explicit.stdout);
  });

  it('lets --format win over the extension', async () => {
    const { io } = await runCli(['export', lumusPath, '--output', 'map.txt', '--format', 'json']);
    expect(io.written.get('map.txt')).toBe(serializeMap(lumus));
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await runCli(['export', '-', '--format', 'json'], { stdin: readFileSync(lumusPath, 'utf8') });
    expect(code).toBe(0);
    expect(stdout).toBe(serializeMap(lumus));
  });

  it('rejects bad input with one line and exit 2', async () => {
    const { code, stdout, stderr } = await runCli(['export', fixture('truncated-miro.json'), '--format', 'csv']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(linesOf(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/truncated-miro\.json: .*more pages follow/u);
  });
});
