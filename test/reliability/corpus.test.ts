import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/io.ts';
import { createProcessIo } from '../../cli/process-io.ts';
import { run } from '../../cli/run.ts';
import { runCli } from '../cli/fake-io.ts';
import { buildCorpus, type CorpusCase } from './corpus.ts';

/**
 * Runs every input of the hostile corpus through `cjm read --json` and `cjm audit --format json`
 * in-process, as a user would: each is refused with one line that says what and where (exit 2),
 * or read (exit 0; audit 0 or 1) keeping every text the case names, with warnings where it
 * says so. Never exit 3 (our bug), never a stack trace, never a hang (the test's timeout).
 */
const corpus = buildCorpus();

/** Every string in a JSON value, however deep. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') out.push(next);
    else if (Array.isArray(next)) stack.push(...(next as unknown[]));
    else if (next && typeof next === 'object') stack.push(...(Object.values(next) as unknown[]));
  }
  return out;
}

async function runCase(entry: CorpusCase, argv: readonly string[]) {
  const file = typeof entry.input === 'function' ? '-' : 'case.json';
  const options = typeof entry.input === 'function' ? { stdin: entry.input } : { files: { 'case.json': entry.input } };
  return runCli([argv[0] ?? 'read', file, ...argv.slice(1)], { ...options, env: entry.env ?? {} });
}

describe('the hostile corpus', () => {
  it('has at least 60 inputs, each with a distinct name', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((entry) => entry.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s', { timeout: 60_000 }, async (_, entry) => {
    const commands = entry.heavy ? [['audit', '--format', 'json']] : [['read', '--json'], ['audit', '--format', 'json']];
    for (const argv of commands) {
      const { code, stdout, stderr } = await runCase(entry, argv);
      expect(stderr).not.toMatch(/internal error|^\s+at /mu);
      const lines = stderr.split('\n').filter((line) => line !== '');
      for (const line of lines) expect(line).toMatch(/^cjm( \w+)?: /u);
      if (entry.expect.outcome === 'error') {
        expect(code).toBe(2);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^cjm: (?:case\.json|<stdin>)(?:, map \d+)?: /u);
        expect(lines[0]).toMatch(entry.expect.message);
        expect(stdout).toBe('');
        continue;
      }
      expect(code, stderr).toBe(argv[0] === 'read' ? 0 : code === 1 ? 1 : 0);
      // `audit --format json` prints { map, findings } (or a list of them): the map is in it.
      const strings = stringsIn(JSON.parse(stdout) as unknown);
      for (const text of entry.expect.texts ?? []) expect(strings.some((s) => s.includes(text)), `text lost: ${text}`).toBe(true);
      if (entry.expect.warning) expect(stderr).toMatch(entry.expect.warning);
    }
  });

  it('refuses /dev/zero at once (the real file system)', { timeout: 20_000 }, async () => {
    let stderr = '';
    const io: CliIo = { ...createProcessIo(), stdout: { write: () => undefined }, stderr: { write: (text) => void (stderr += text) }, env: {} };
    expect(await run(['audit', '/dev/zero'], io)).toBe(2);
    expect(stderr).toBe('cjm: /dev/zero: binary data (NUL bytes), not a JSON text file\n');
  });
});
