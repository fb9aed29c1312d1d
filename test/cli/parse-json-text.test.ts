import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/index.ts';
import { findJsonSyntaxError, formatLineColumn, parseJsonText } from '../../cli/parse-json-text.ts';

function errorOf(text: string): string {
  try {
    parseJsonText(text, 'board.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected parseJsonText to throw');
}

describe('parseJsonText', () => {
  it('parses JSON and ignores a UTF-8 byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2]}', 'x')).toEqual({ a: [1, 2] });
  });

  it('gives line and column where V8 gives only the offending token', () => {
    // V8: `Unexpected token ',', ..."stages": [,]..." is not valid JSON`: no position.
    expect(errorOf('{\n  "schema": "cjm/1",\n  "title": "x",\n  "stages": [,]\n}\n')).toBe(
      "board.json: not JSON (line 4, column 14: Unexpected token ',')",
    );
  });

  it('uses the position V8 gives and drops V8\'s own wording of it', () => {
    expect(errorOf('{\n  "a" 1\n}')).toBe("board.json: not JSON (line 2, column 7: Expected ':' after property name)");
  });

  it('says when a file looks cut off', () => {
    expect(errorOf('{"data": [{"id": "1"},\n  {"id": "2", "ty')).toMatch(/^board\.json: not JSON \(line 2, column 18: .*\); the file looks cut off$/u);
    expect(errorOf('{"data": [')).toMatch(/Unexpected end of JSON input\); the file looks cut off$/u);
  });

  it('never repeats the input in the message, however long or multi-line', () => {
    const message = errorOf(`{"a": "${'x'.repeat(5000)}",\n"b": tru}`);
    expect(message).toBe("board.json: not JSON (line 2, column 9: Unexpected token '}')");
  });

  it('calls empty input empty', () => {
    expect(errorOf('')).toBe('board.json: empty, expected JSON');
    expect(errorOf('\uFEFF \n')).toBe('board.json: empty, expected JSON');
  });
});

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a":}', 5],
    ['[1,2,]', 5],
    ['{"a":1}x', 7],
    ['{"a":"\n"}', 6],
    ['{\'a\':1}', 1],
    ['01', 1],
    ['-', 1],
    ['1.', 2],
    ['"\\x"', 2],
    ['"\\u12G4"', 5],
    ['tru', 3],
    ['[nul', 4],
    ['', 0],
  ])('finds the error in %j at offset %i', (text, offset) => {
    expect(findJsonSyntaxError(text)).toBe(offset);
  });

  it('accepts what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeUndefined();
      }),
    );
  });

  it('fails exactly where JSON.parse fails, whenever V8 names a position (fuzz: mutated JSON)', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.nat(3), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '0', '-', '.', '\\'))
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        let v8: number | undefined | 'valid' = 'valid';
        try {
          JSON.parse(text);
        } catch (error) {
          const match = /at position (\d+)/u.exec((error as Error).message);
          v8 = match ? Number(match[1]) : undefined;
        }
        const ours = findJsonSyntaxError(text);
        if (v8 === 'valid') expect(ours).toBeUndefined();
        else expect(ours).toBeTypeOf('number');
        if (typeof v8 === 'number') expect(ours).toBe(v8);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatLineColumn', () => {
  it('counts lines and columns from 1, CRLF as one line break', () => {
    expect(formatLineColumn('ab', 0)).toBe('line 1, column 1');
    expect(formatLineColumn('ab\r\ncd', 5)).toBe('line 2, column 2');
    expect(formatLineColumn('a\n\nb', 3)).toBe('line 3, column 1');
  });
});
