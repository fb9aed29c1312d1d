import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, countFindings, formatFindingCounts, formatJsonReport, formatMarkdownReport, formatTextReport, parseMap } from '../../core/index.ts';
import type { CjmMap, Finding } from '../../core/index.ts';
import { fixture, linesOf, runCli } from './fake-io.ts';

const lumusPath = fixture('lumus-gaps.cjm.json');
const lumusText = readFileSync(lumusPath, 'utf8');
const lumus = parseMap(JSON.parse(lumusText));
const completePath = fixture('complete.cjm.json');
const complete = parseMap(JSON.parse(readFileSync(completePath, 'utf8')));

interface JsonReport {
  map: CjmMap;
  findings: Finding[];
}

/** `rule@stage` for each finding of a rule, e.g. `missing-touchpoints@s1`: what per-stage checks are about. */
function ruleStages(findings: readonly Finding[], rule: string): string[] {
  return findings.filter((finding) => finding.rule === rule).map((finding) => `${finding.rule}@${finding.stage ?? '-'}`);
}

describe('cjm audit: one map', () => {
  it('prints {"map", "findings"} with --format json, lists the gaps per stage and exits 1', async () => {
    const { code, stdout, stderr } = await runCli(['audit', lumusPath, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toBe(formatJsonReport(lumus, audit(lumus)));
    const report = JSON.parse(stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['map', 'findings']);
    expect(report.map).toEqual(lumus);
    expect(ruleStages(report.findings, 'missing-touchpoints')).toEqual(['missing-touchpoints@s1', 'missing-touchpoints@s4']);
    expect(ruleStages(report.findings, 'missing-recommendations')).toEqual([
      'missing-recommendations@s1',
      'missing-recommendations@s2',
      'missing-recommendations@s4',
    ]);
    expect(report.findings.filter((finding) => finding.severity === 'error').length).toBeGreaterThan(0);
  });

  it('prints the text report by default', async () => {
    const { code, stdout } = await runCli(['audit', lumusPath]);
    expect(code).toBe(1);
    expect(stdout).toBe(formatTextReport(lumus, audit(lumus), { color: false }));
    expect(stdout).toContain('[missing-touchpoints]');
  });

  it('prints the Markdown report with --format md', async () => {
    const { stdout } = await runCli(['audit', lumusPath, '--format', 'md']);
    expect(stdout).toBe(formatMarkdownReport(lumus, audit(lumus)));
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await runCli(['audit', '-', '--format', 'json'], { stdin: lumusText });
    expect(code).toBe(1);
    expect(stdout).toBe(formatJsonReport(lumus, audit(lumus)));
  });

  it('exits 0 for a map with no error finding', async () => {
    const { code, stdout } = await runCli(['audit', completePath, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('exits 0 with --exit-zero and prints the same report', async () => {
    const plain = await runCli(['audit', lumusPath]);
    const zero = await runCli(['audit', lumusPath, '--exit-zero']);
    expect(zero.code).toBe(0);
    expect(zero.stdout).toBe(plain.stdout);
  });

  it('writes the report to --output and nothing to stdout', async () => {
    const { code, stdout, io } = await runCli(['audit', lumusPath, '--format', 'json', '-o', 'report.json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(io.written.get('report.json')).toBe(formatJsonReport(lumus, audit(lumus)));
  });

  it('reports an --output file it cannot write as bad input', async () => {
    const { code, stderr } = await runCli(['audit', lumusPath, '-o', '/nonexistent/report.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe('cjm: /nonexistent/report.txt: cannot write (its folder does not exist)\n');
  });
});

describe('cjm audit: rules and locale', () => {
  it('switches rules off with --disable', async () => {
    const { code, stdout } = await runCli(['audit', lumusPath, '--format', 'json', '--disable', 'missing-touchpoints', '--disable', 'missing-recommendations']);
    const { findings } = JSON.parse(stdout) as JsonReport;
    expect(findings.map((finding) => finding.rule)).not.toContain('missing-touchpoints');
    expect(findings.map((finding) => finding.rule)).not.toContain('missing-recommendations');
    expect(findings).toEqual(audit(lumus, { rules: { 'missing-touchpoints': 'off', 'missing-recommendations': 'off' } }));
    // Those two were the only error rules the map broke.
    expect(code).toBe(0);
  });

  it('changes severities with --severity RULE=LEVEL (the last switch for a rule wins)', async () => {
    const { code, stdout } = await runCli([
      'audit', lumusPath, '--format', 'json',
      '--severity', 'missing-touchpoints=info',
      '--severity', 'missing-recommendations=off',
      '--disable', 'missing-goal', '--severity', 'missing-goal=error',
    ]);
    const { findings } = JSON.parse(stdout) as JsonReport;
    expect(findings).toEqual(audit(lumus, { rules: { 'missing-touchpoints': 'info', 'missing-recommendations': 'off', 'missing-goal': 'error' } }));
    expect(findings.filter((finding) => finding.rule === 'missing-touchpoints').map((finding) => finding.severity)).toEqual(['info', 'info']);
    expect(findings.some((finding) => finding.rule === 'missing-goal' && finding.severity === 'error')).toBe(true);
    expect(code).toBe(1);
  });

  it('marks in the Markdown coverage table only the gaps the switched rules report', async () => {
    const rules = { 'empty-cell': 'off', 'missing-touchpoints': 'off' } as const;
    const { stdout } = await runCli(['audit', lumusPath, '--format', 'md', '--disable', 'empty-cell', '--disable', 'missing-touchpoints']);
    expect(stdout).toBe(formatMarkdownReport(lumus, audit(lumus, { rules }), { rules }));
    expect(stdout).not.toBe(formatMarkdownReport(lumus, audit(lumus, { rules })));
  });

  it.each([
    [['--disable', 'missing-touchpoint'], /^cjm audit: --disable: unknown rule 'missing-touchpoint' \(rules: missing-stages-or-layers, missing-touchpoints, /u],
    [['--severity', 'missing-goal'], /^cjm audit: --severity expects RULE=LEVEL, got 'missing-goal'/u],
    [['--severity', 'missing-goal=fatal'], /^cjm audit: --severity missing-goal must be one of error, warning, info, off, got 'fatal'/u],
    [['--severity', 'nope=error'], /^cjm audit: --severity: unknown rule 'nope'/u],
  ])('rejects %j with one line and exit 2', async (options, expected) => {
    const { code, stdout, stderr } = await runCli(['audit', lumusPath, ...options]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(linesOf(stderr)).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(expected);
  });

  it('words findings in the map\'s locale by default and in --locale when given', async () => {
    const russian = JSON.parse((await runCli(['audit', lumusPath, '--format', 'json'])).stdout) as JsonReport;
    const english = JSON.parse((await runCli(['audit', lumusPath, '--format', 'json', '--locale', 'en'])).stdout) as JsonReport;
    expect(russian.findings).toEqual(audit(lumus, { locale: 'ru' }));
    expect(english.findings).toEqual(audit(lumus, { locale: 'en' }));
    expect(english.findings.map((finding) => finding.message)).not.toEqual(russian.findings.map((finding) => finding.message));
    // The map itself keeps its own locale: --locale is about the report.
    expect(english.map.locale).toBe('ru');
    const text = await runCli(['audit', lumusPath, '--locale', 'en']);
    expect(text.stdout).toBe(formatTextReport(lumus, audit(lumus, { locale: 'en' }), { color: false, locale: 'en' }));
  });
});

describe('cjm audit: several files (agencies)', () => {
  it('prints a header per file and a total in text', async () => {
    const { code, stdout } = await runCli(['audit', lumusPath, completePath]);
    expect(code).toBe(1);
    const headers = linesOf(stdout).filter((line) => line.startsWith('━━ '));
    expect(headers.map((line) => line.replace(/ ━+$/u, ''))).toEqual([`━━ ${lumusPath}`, `━━ ${completePath}`]);
    expect(stdout).toContain(formatTextReport(lumus, audit(lumus), { color: false }));
    expect(stdout).toContain(formatTextReport(complete, audit(complete), { color: false }));
    expect(linesOf(stdout).at(-1)).toBe(`Total: 2 maps audited, 1 with errors: ${formatFindingCounts(countFindings([...audit(lumus), ...audit(complete)]), 'en')}`);
  });

  it('prints a JSON array of {file, mapIndex, map, findings}', async () => {
    const { code, stdout } = await runCli(['audit', lumusPath, '-', '--format', 'json'], { stdin: readFileSync(completePath, 'utf8') });
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as (JsonReport & { file: string; mapIndex: number })[];
    expect(reports.map((report) => Object.keys(report))).toEqual([
      ['file', 'mapIndex', 'map', 'findings'],
      ['file', 'mapIndex', 'map', 'findings'],
    ]);
    expect(reports.map((report) => [report.file, report.mapIndex, report.map.title])).toEqual([
      [lumusPath, 1, lumus.title],
      ['<stdin>', 1, complete.title],
    ]);
    expect(reports[0]?.findings).toEqual(audit(lumus));
  });

  it('separates Markdown reports and names their files', async () => {
    const { stdout } = await runCli(['audit', lumusPath, completePath, '--format', 'md']);
    expect(stdout.startsWith(
      `<!-- ${lumusPath} -->\n**Файл:** ${lumusPath}\n\n${formatMarkdownReport(lumus, audit(lumus))}\n---\n\n` +
        `<!-- ${completePath} -->\n**File:** ${completePath}\n\n${formatMarkdownReport(complete, audit(complete))}\n---\n\n## Total\n`,
    )).toBe(true);
  });

  it('words the total in the maps\' language when they share one, else in English; --locale wins', async () => {
    const files = { 'a.json': lumusText, 'b.json': lumusText };
    const counts = countFindings([...audit(lumus), ...audit(lumus)]);
    const russian = await runCli(['audit', 'a.json', 'b.json'], { files });
    expect(linesOf(russian.stdout).at(-1)).toBe(`Итого проверено: 2 карты, с ошибками — 2: ${formatFindingCounts(counts, 'ru')}`);
    const english = await runCli(['audit', 'a.json', 'b.json', '--locale', 'en'], { files });
    expect(linesOf(english.stdout).at(-1)).toBe(`Total: 2 maps audited, 2 with errors: ${formatFindingCounts(countFindings([...audit(lumus, { locale: 'en' }), ...audit(lumus, { locale: 'en' })]), 'en')}`);
    // A Russian and an English map: English, unless --locale says otherwise.
    const mixed = await runCli(['audit', lumusPath, completePath, '--locale', 'ru']);
    const mixedCounts = countFindings([...audit(lumus, { locale: 'ru' }), ...audit(complete, { locale: 'ru' })]);
    expect(linesOf(mixed.stdout).at(-1)).toBe(`Итого проверено: 2 карты, с ошибками — 1: ${formatFindingCounts(mixedCounts, 'ru')}`);
  });

  it('keeps a file name from closing the Markdown comment that names it', async () => {
    const evil = 'a--><b onmouseover=alert(1)>x.json';
    const { stdout } = await runCli(['audit', evil, completePath, '--format', 'md'], { files: { [evil]: lumusText } });
    const comments = linesOf(stdout).filter((line) => line.startsWith('<!--'));
    expect(comments).toEqual(['<!-- a-&#45;&gt;&lt;b onmouseover=alert(1)&gt;x.json -->', `<!-- ${completePath} -->`]);
    for (const comment of comments) expect(comment.slice(4, -3)).not.toMatch(/--|[<>]/u);
    expect(stdout).not.toContain('<b ');
  });

  it('still audits the good files when one is bad, and exits 2 even with --exit-zero', async () => {
    const notJson = fixture('not-json.json');
    const { code, stdout, stderr } = await runCli(['audit', notJson, completePath, 'missing.json', '--format', 'json', '--exit-zero']);
    expect(code).toBe(2);
    expect(linesOf(stderr)).toEqual([`cjm: ${notJson}: not JSON (line 4, column 14: Unexpected token ',')`, 'cjm: missing.json: no such file']);
    const reports = JSON.parse(stdout) as { file: string }[];
    expect(reports.map((report) => report.file)).toEqual([completePath]);
  });

  it('prints nothing on stdout for a single bad file', async () => {
    const { code, stdout, stderr } = await runCli(['audit', fixture('unknown-shape.json'), '--format', 'json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(linesOf(stderr)).toHaveLength(1);
  });

  it('prints an empty JSON array when every one of several files is bad', async () => {
    const { code, stdout } = await runCli(['audit', 'a.json', 'b.json', '--format', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
