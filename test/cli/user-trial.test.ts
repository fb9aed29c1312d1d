import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, formatMarkdownReport, parseMap } from '../../core/index.ts';
import { fixture, linesOf, runCli } from './fake-io.ts';

const lumusPath = fixture('lumus-gaps.cjm.json');
const lumusText = readFileSync(lumusPath, 'utf8');
const lumus = parseMap(JSON.parse(lumusText));
const completePath = fixture('complete.cjm.json');
const complete = parseMap(JSON.parse(readFileSync(completePath, 'utf8')));

/** The two pages of the example Miro board, as `GET …/items` returned them. */
const miroPages = JSON.parse(readFileSync('examples/miro-board-ru.json', 'utf8')) as { total: number; cursor?: string | null; links?: Record<string, unknown> }[];

describe('a Miro listing whose total is above the items received', () => {
  it('is read when no cursor is left (stickies deleted while the pages were fetched)', async () => {
    const pages = miroPages.map((page) => ({ ...page, total: page.total + 3 }));
    const last = pages.at(-1);
    if (last) last.cursor = null;
    const files = { 'board.json': JSON.stringify(pages), 'original.json': JSON.stringify(miroPages) };
    const { code, stdout, stderr } = await runCli(['read', 'board.json', '--json'], { files });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe((await runCli(['read', 'original.json', '--json'], { files })).stdout);
  });

  it('is refused with "more pages follow" while the last page still has a cursor', async () => {
    const [first] = miroPages;
    const { code, stdout, stderr } = await runCli(['read', 'page1.json'], { files: { 'page1.json': JSON.stringify([first]) } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(linesOf(stderr)).toEqual([expect.stringMatching(/^cjm: page1\.json: the listing holds 50 of the board's 75 items: more pages follow\. Fetch every page/u)]);
  });
});

describe('cjm audit --format md with several files', () => {
  it('labels each report visibly and ends with a summary of counts and unreadable files', async () => {
    const { code, stdout, stderr } = await runCli(['audit', lumusPath, completePath, 'broken.json', '--format', 'md'], { files: { 'broken.json': '{"a":' } });
    expect(code).toBe(2);
    expect(linesOf(stderr)).toEqual([expect.stringMatching(/^cjm: broken\.json: not JSON/u)]);
    const parts = stdout.split('\n---\n\n');
    expect(parts).toHaveLength(3);
    expect(parts[0]).toBe(`<!-- ${lumusPath} -->\n**Файл:** ${lumusPath}\n\n${formatMarkdownReport(lumus, audit(lumus))}`);
    expect(parts[1]).toBe(`<!-- ${completePath} -->\n**File:** ${completePath}\n\n${formatMarkdownReport(complete, audit(complete))}`);
    const errors = audit(lumus).filter((finding) => finding.severity === 'error').length;
    const summary = linesOf(parts[2] ?? '');
    expect(summary[0]).toBe('## Total');
    expect(summary[2]).toMatch(/^2 maps audited, 1 with errors: \d+ errors?/u);
    expect(summary.slice(4, 8)).toEqual([
      '| File | Map | Errors | Warnings | Info |',
      '|---|--:|--:|--:|--:|',
      expect.stringMatching(new RegExp(`^\\| ${lumusPath.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} \\| 1 \\| ${errors} \\| \\d+ \\| \\d+ \\|$`, 'u')),
      `| ${completePath} | 1 | 0 | 0 | 0 |`,
    ]);
    expect(summary.slice(-3)).toEqual(['Could not be read:', '', expect.stringMatching(/^- broken\.json: not JSON \(line 1, column 6: .*\)/u)]);
  });

  it('numbers the maps of a multi-map board and words the summary in the maps\' language', async () => {
    const files = { 'a.json': lumusText, 'b.json': lumusText };
    const { stdout } = await runCli(['audit', 'a.json', 'b.json', '--format', 'md', '--map', '1'], { files });
    expect(linesOf(stdout).filter((line) => line.startsWith('**Файл:**'))).toEqual(['**Файл:** a.json, карта 1', '**Файл:** b.json, карта 1']);
    expect(stdout).toContain('## Итого\n\nПроверено: 2 карты, с ошибками — 2: ');
    expect(stdout).toContain('| Файл | Карта | Ошибки | Предупреждения | Наблюдения |');
    expect(stdout).not.toContain('Не удалось прочитать');
  });

  it('escapes a file name in the visible label and the table', async () => {
    const evil = 'x|<b>_y_.json';
    const { stdout } = await runCli(['audit', evil, completePath, '--format', 'md', '--locale', 'en'], { files: { [evil]: lumusText } });
    expect(stdout).toContain('**File:** x\\|&lt;b&gt;\\_y\\_.json\n');
    expect(stdout).toContain('| x\\|&lt;b&gt;\\_y\\_.json | 1 |');
    expect(stdout).not.toContain('<b>');
  });

  it('still prints the summary when every file failed', async () => {
    const { code, stdout } = await runCli(['audit', 'nope1.json', 'nope2.json', '--format', 'md']);
    expect(code).toBe(2);
    expect(stdout).toBe('## Total\n\n0 maps audited, 0 with errors: no findings.\n\nCould not be read:\n\n- nope1.json: no such file\n- nope2.json: no such file\n');
  });
});

describe('cjm export', () => {
  it('says it cannot tell the format from an unknown --output extension', async () => {
    const { code, stderr } = await runCli(['export', lumusPath, '-o', 'out.xlsx']);
    expect(code).toBe(2);
    expect(stderr).toBe("cjm export: can't tell the format from '.xlsx'; use --format csv|md|json (see 'cjm export --help')\n");
    expect((await runCli(['export', lumusPath, '-o', 'out'])).stderr).toMatch(/^cjm export: missing --format csv\|md\|json/u);
  });

  it.each([
    [';', ';'],
    ['semicolon', ';'],
    [',', ','],
    ['COMMA', ','],
  ])('separates CSV fields with --delimiter %s', async (option, delimiter) => {
    const { code, stdout } = await runCli(['export', lumusPath, '--format', 'csv', '--delimiter', option]);
    expect(code).toBe(0);
    const [header = ''] = stdout.slice(1).split('\r\n');
    expect(header.split(delimiter)).toEqual(['Слой', ...lumus.stages.map((stage) => stage.name)]);
  });

  it('rejects a bad --delimiter, or one without CSV', async () => {
    expect((await runCli(['export', lumusPath, '--format', 'csv', '--delimiter', 'tab'])).stderr).toMatch(/^cjm export: --delimiter must be ',' or ';'/u);
    const md = await runCli(['export', lumusPath, '--format', 'md', '--delimiter', ';']);
    expect(md.code).toBe(2);
    expect(md.stderr).toMatch(/^cjm export: --delimiter applies to --format csv only/u);
  });

  it('mentions the Russian Excel setting in its help', async () => {
    expect((await runCli(['export', '--help'])).stdout).toMatch(/--delimiter ,\|;[\s\S]*Excel with Russian[\s\S]*expects ;/u);
  });

  it('titles the Markdown document with the map\'s name', async () => {
    const { stdout } = await runCli(['export', lumusPath, '--format', 'md']);
    expect(stdout).toBe(formatMarkdownReport(lumus, audit(lumus), { includeNotes: true, heading: 'map' }));
    expect(linesOf(stdout)[0]).toContain(lumus.title);
  });
});

describe('small gaps', () => {
  it('says a UTF-16 file without a byte order mark is UTF-16', async () => {
    const little = new Uint8Array(Buffer.from(lumusText, 'utf16le'));
    const big = new Uint8Array(Buffer.from(lumusText, 'utf16le').swap16());
    for (const text of [little, big]) {
      const { code, stderr } = await runCli(['read', 'u16.json'], { files: { 'u16.json': text } });
      expect(code).toBe(2);
      expect(stderr).toBe('cjm: u16.json: the file looks like UTF-16; save it as UTF-8\n');
    }
    // A binary file with NULs is no text at all.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect((await runCli(['read', 'x.png'], { files: { 'x.png': png } })).stderr).toBe('cjm: x.png: binary data (NUL bytes), not a JSON text file\n');
  });

  it('says where orphans are in `cjm read --help`', async () => {
    const { stdout } = await runCli(['read', '--help']);
    expect(stdout).toContain('"orphans" field of --json');
    expect(stdout).not.toMatch(/note outside the grid\) is\s+reported on standard error/u);
  });

  it('words a bad --map as "a whole number, 1 or more"', async () => {
    expect((await runCli(['read', lumusPath, '--map', '0'])).stderr).toBe("cjm read: --map must be a whole number, 1 or more, got '0' (see 'cjm read --help')\n");
  });
});
