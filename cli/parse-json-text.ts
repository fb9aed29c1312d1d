import { InputError } from '../core/index.ts';

/**
 * Parses the text of a board file as JSON, or throws an {@link InputError} that says where the
 * syntax breaks: `not JSON (line 3, column 14: Unexpected token '}')`.
 *
 * @param label names the input in the error: the file name or `<stdin>`.
 */
export function parseJsonText(text: string, label: string): unknown {
  // Windows editors and our own CSV export put a UTF-8 byte order mark first; JSON.parse rejects it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (looksLikeUtf16(body)) throw new InputError('the file looks like UTF-16; save it as UTF-8', label);
  if (body.trim() === '') throw new InputError('empty, expected JSON', label);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const reason = cleanSyntaxMessage(error instanceof Error ? error.message : String(error));
    const offset = positionInMessage(error) ?? findJsonSyntaxError(body);
    const place = offset === undefined ? '' : `${formatLineColumn(body, offset)}: `;
    const truncated = offset !== undefined && offset >= body.trimEnd().length ? '; the file looks cut off' : '';
    throw new InputError(`not JSON (${place}${reason})${truncated}`, label);
  }
}

/**
 * UTF-16 without a byte order mark, decoded as UTF-8: JSON starts with ASCII (`{`, `[`, spaces,
 * keys), and each ASCII character comes out with a NUL after it (little-endian) or before it
 * (big-endian). Raw NULs are never valid JSON; a binary file has them too, but not in that rhythm.
 */
function looksLikeUtf16(text: string): boolean {
  const pairs = Math.min(16, Math.floor(text.length / 2));
  if (pairs < 2) return false;
  let little = 0;
  let big = 0;
  for (let i = 0; i < pairs; i++) {
    const first = text.charAt(2 * i);
    const second = text.charAt(2 * i + 1);
    if (first !== '\u0000' && second === '\u0000') little++;
    if (first === '\u0000' && second !== '\u0000') big++;
  }
  return Math.max(little, big) >= pairs * 0.75;
}

/**
 * V8 gives `… in JSON at position 42` for some errors and, for an unexpected token, quotes the
 * input instead (`Unexpected token '}', "{"a":}" is not valid JSON`), which may be the whole file.
 */
function positionInMessage(error: unknown): number | undefined {
  const match = error instanceof Error ? /at position (\d+)/u.exec(error.message) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Keeps V8's description and drops the position and the quoted input: we print line and column. */
function cleanSyntaxMessage(message: string): string {
  return message
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/su, '')
    .replace(/ in JSON at position \d+.*$/su, '')
    .trim();
}

/** `line 3, column 14` for a 0-based offset; both count from 1, as editors do. */
export function formatLineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `line ${line}, column ${column}`;
}

/**
 * The offset of the first character that breaks JSON (RFC 8259), or undefined when `text` is
 * valid. Used where V8's message has no position; the text's length means "ended too early".
 */
export function findJsonSyntaxError(text: string): number | undefined {
  let pos = 0;

  const fail = (): never => {
    throw new SyntaxAt(pos);
  };
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text.charAt(pos))) pos++;
  };
  const expect = (char: string): void => {
    if (text.charAt(pos) !== char) fail();
    pos++;
  };
  const digits = (): void => {
    if (!/[0-9]/u.test(text.charAt(pos))) fail();
    while (/[0-9]/u.test(text.charAt(pos))) pos++;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      if (pos >= text.length) fail();
      const char = text.charAt(pos);
      if (char === '"') break;
      if (char < ' ') fail();
      if (char === '\\') {
        pos++;
        const escape = text.charAt(pos);
        if (escape === 'u') {
          // V8 blames the first bad hex digit.
          for (let digit = 0; digit < 4; digit++) {
            pos++;
            if (!/[0-9a-fA-F]/u.test(text.charAt(pos))) fail();
          }
        } else if (!'"\\/bfnrt'.includes(escape) || escape === '') fail();
      }
      pos++;
    }
    pos++;
  };
  const number = (): void => {
    if (text.charAt(pos) === '-') pos++;
    if (text.charAt(pos) === '0') pos++;
    else digits();
    if (text.charAt(pos) === '.') {
      pos++;
      digits();
    }
    if (/[eE]/u.test(text.charAt(pos))) {
      pos++;
      if (/[+-]/u.test(text.charAt(pos))) pos++;
      digits();
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text.charAt(pos);
    if (char === '{') {
      pos++;
      skipSpace();
      if (text.charAt(pos) === '}') {
        pos++;
        return;
      }
      for (;;) {
        skipSpace();
        string();
        skipSpace();
        expect(':');
        value();
        skipSpace();
        if (text.charAt(pos) === ',') pos++;
        else return expect('}');
      }
    }
    if (char === '[') {
      pos++;
      skipSpace();
      if (text.charAt(pos) === ']') {
        pos++;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text.charAt(pos) === ',') pos++;
        else return expect(']');
      }
    }
    if (char === '"') return string();
    if (char === '-' || /[0-9]/u.test(char)) return number();
    const literal = ['true', 'false', 'null'].find((word) => word.startsWith(char) && char !== '');
    if (literal) {
      // Like V8, blame the first character that breaks the word (`tru}` fails at `}`).
      for (const expected of literal) expect(expected);
      return;
    }
    fail();
  };

  try {
    value();
    skipSpace();
    if (pos < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    // Deeply nested input overflows the stack: no position, but still "not JSON" to the caller.
    return undefined;
  }
}

/** Unwinds the scanner's recursion from the first bad character. */
class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}
