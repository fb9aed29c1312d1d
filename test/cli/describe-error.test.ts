import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/index.ts';
import { describeError, toOneLine } from '../../cli/describe-error.ts';
import { decodeInput } from '../../cli/decode-input.ts';

const decodeText = (bytes: Uint8Array) => decodeInput(bytes, 'x.json').text;
import { UsageError } from '../../cli/usage-error.ts';

describe('describeError', () => {
  it('prints bad input as "cjm: where: what", exit 2', () => {
    expect(describeError(new InputError('no such file', 'board.json'), {})).toEqual({ lines: ['cjm: board.json: no such file'], exitCode: 2 });
  });

  it('appends the problems a summary message leaves out', () => {
    const problems = ['data[1].position.x: expected a number, got "12"', 'data[4].geometry: missing', 'data[9].id: missing'];
    const error = new InputError(`${problems[0]} (and 2 more problems)`, 'board.json', problems);
    expect(describeError(error, {}).lines).toEqual([
      'cjm: board.json: data[1].position.x: expected a number, got "12"; data[4].geometry: missing; data[9].id: missing',
    ]);
    const summary = new InputError('malformed listing', 'board.json', problems.slice(1));
    expect(describeError(summary, {}).lines).toEqual(['cjm: board.json: malformed listing: data[4].geometry: missing; data[9].id: missing']);
  });

  it('keeps a message that already lists its problems (and chose how many)', () => {
    const problems = ['a: x', 'b: y', 'c: z', 'd: w'];
    const error = new InputError('invalid cjm/1 map: a: x; b: y; c: z; and 1 more', 'm.json', problems);
    expect(describeError(error, {}).lines).toEqual(['cjm: m.json: invalid cjm/1 map: a: x; b: y; c: z; and 1 more']);
  });

  it('prints usage errors with a pointer to the right help', () => {
    expect(describeError(new UsageError('audit', "unknown option '--x'"), {}).lines).toEqual([
      "cjm audit: unknown option '--x' (see 'cjm audit --help')",
    ]);
    expect(describeError(new UsageError(undefined, 'missing command'), {}).lines).toEqual(["cjm: missing command (see 'cjm --help')"]);
  });

  it('calls anything else an internal error, exit 3, one line unless CJM_DEBUG', () => {
    const bug = new RangeError('index out of range');
    expect(describeError(bug, {})).toEqual({ lines: ['cjm: internal error: index out of range (a bug in cjm; run with CJM_DEBUG=1 for details)'], exitCode: 3 });
    expect(describeError(bug, { CJM_DEBUG: '1' }).lines[1]).toMatch(/^RangeError: index out of range\n\s+at /u);
    expect(describeError('thrown string', {}).lines).toEqual(['cjm: internal error: thrown string (a bug in cjm; run with CJM_DEBUG=1 for details)']);
  });
});

describe('toOneLine', () => {
  it('joins lines and caps the length', () => {
    expect(toOneLine('a\n  b\r\nc')).toBe('a b c');
    const long = toOneLine('x'.repeat(1000));
    expect(long).toHaveLength(400);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 (keeping a BOM for the JSON reader) and UTF-16 with a BOM (PowerShell 5 redirects)', () => {
    const text = '{"title": "Поиск решения"}';
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(new TextEncoder().encode(`\uFEFF${text}`))).toBe(`\uFEFF${text}`);
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(utf16le)).toBe(text);
    const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]))).toBe(text);
  });
});
