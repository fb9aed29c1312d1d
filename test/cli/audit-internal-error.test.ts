import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type * as CoreModule from '../../core/index.ts';
import { parseMap } from '../../core/index.ts';
import { fixture, linesOf, runCli } from './fake-io.ts';

/** A bug of ours, planted: the audit throws a plain Error on maps titled "BOOM". */
vi.mock('../../core/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof CoreModule>();
  return {
    ...original,
    audit: (...args: Parameters<typeof original.audit>) => {
      if (args[0].title === 'BOOM') throw new TypeError("Cannot read properties of undefined (reading 'id')");
      return original.audit(...args);
    },
  };
});

const completePath = fixture('complete.cjm.json');
const completeText = readFileSync(completePath, 'utf8');
const boom = JSON.stringify({ ...parseMap(JSON.parse(completeText)), title: 'BOOM' });

describe('cjm audit: a bug while auditing one of several files', () => {
  it('reports it for that file in one line, audits the others, and exits 3', async () => {
    const { code, stdout, stderr } = await runCli(['audit', 'boom.json', completePath, 'missing.json', '--format', 'json'], { files: { 'boom.json': boom } });
    expect(linesOf(stderr)).toEqual([
      "cjm: boom.json: internal error: Cannot read properties of undefined (reading 'id') (a bug in cjm; run with CJM_DEBUG=1 for details)",
      'cjm: missing.json: no such file',
    ]);
    const reports = JSON.parse(stdout) as { file: string }[];
    expect(reports.map((report) => report.file)).toEqual([completePath]);
    // 3 (our bug) wins over 2 (bad input) and over the findings.
    expect(code).toBe(3);
  });

  it('still exits 3 with --exit-zero, and prints the other reports as text', async () => {
    const { code, stdout } = await runCli(['audit', completePath, 'boom.json', '--exit-zero'], { files: { 'boom.json': boom } });
    expect(code).toBe(3);
    expect(linesOf(stdout).filter((line) => line.startsWith('━━ ')).map((line) => line.replace(/ ━+$/u, ''))).toEqual([`━━ ${completePath}`]);
    expect(linesOf(stdout).at(-1)).toMatch(/^Total: 1 map audited, 0 with errors: /u);
  });
});
