import { InputError } from '../core/index.ts';
import { formatLineColumn } from './parse-json-text.ts';

/** Text decoded from a file's bytes, and how. */
export interface DecodedInput {
  readonly text: string;
  /** The encoding the bytes were read as. */
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1251';
  /** Something the user should know about the decoding (a guessed encoding), for a warning line. */
  readonly warning?: string;
}

/** How many leading bytes decide whether input is binary or wide text without a byte order mark. */
export const SNIFF_BYTES = 4096;

/**
 * Decodes a file's bytes as text. Board exports are UTF-8, but not always:
 * - a byte order mark decides: UTF-32 (checked first: its little-endian mark starts with
 *   UTF-16's), UTF-16 (Windows PowerShell 5's `curl … > board.json` writes it), UTF-8 (kept: the
 *   JSON reader strips it and can say the file had one);
 * - UTF-16 or UTF-32 without a mark is recognised by its NUL bytes (JSON starts with ASCII) and
 *   refused with the encoding named, as a file saved in the wrong encoding;
 * - bytes that are not UTF-8 are read as Windows-1251 when they look like Russian text in it
 *   (what Excel and old Windows editors save), with a warning; anything else is refused with the
 *   place of the first bad byte, never turned into U+FFFD silently.
 *
 * @throws InputError for binary data, wide text without a byte order mark, or text in an
 *   encoding that cannot be told.
 */
export function decodeInput(bytes: Uint8Array, label: string): DecodedInput {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { text: decodeUtf32(bytes.subarray(4), true, label), encoding: 'utf-32le' };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { text: decodeUtf32(bytes.subarray(4), false, label), encoding: 'utf-32be' };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };

  const wide = sniffWideText(bytes);
  if (wide) throw new InputError(`the file looks like ${wide}; save it as UTF-8`, label);
  if (looksBinary(bytes)) throw new InputError('binary data (NUL bytes), not a JSON text file', label);

  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: below.
  }
  if (looksLikeWindows1251(bytes)) {
    return {
      text: new TextDecoder('windows-1251').decode(bytes),
      encoding: 'windows-1251',
      warning: 'the file is not UTF-8; read it as Windows-1251 (Cyrillic). Save it as UTF-8 to be sure every letter is right',
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= bytes.length) throw new InputError('not UTF-8 text; save the file as UTF-8', label);
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const byte = bytes[bad] ?? 0;
  throw new InputError(`not UTF-8 text (byte 0x${byte.toString(16).padStart(2, '0')} at ${formatLineColumn(head, head.length)} is not valid UTF-8); save the file as UTF-8`, label);
}

/**
 * True when the first bytes hold NULs that are no wide-text rhythm: an image, an archive,
 * `/dev/zero`. Raw NULs are never valid in JSON text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  return head.includes(0) && sniffWideText(head) === undefined;
}

/**
 * UTF-16 or UTF-32 without a byte order mark: JSON starts with ASCII (`{`, `[`, spaces, keys),
 * and each ASCII character comes with one NUL (UTF-16) or three (UTF-32), after it
 * (little-endian) or before it (big-endian).
 */
function sniffWideText(bytes: Uint8Array): string | undefined {
  const rhythm = (size: number, at: number): boolean => {
    const units = Math.min(32, Math.floor(bytes.length / size));
    if (units < 2) return false;
    let hits = 0;
    for (let u = 0; u < units; u++) {
      let ok = true;
      for (let k = 0; k < size; k++) {
        const value = bytes[u * size + k] ?? 0;
        if ((k === at) === (value === 0)) ok = false;
      }
      if (ok) hits++;
    }
    return hits >= units * 0.75;
  };
  if (rhythm(4, 0)) return 'UTF-32 (little-endian)';
  if (rhythm(4, 3)) return 'UTF-32 (big-endian)';
  if (rhythm(2, 0)) return 'UTF-16';
  if (rhythm(2, 1)) return 'UTF-16';
  return undefined;
}

/** UTF-32 code units to a string; a value beyond Unicode is refused with its offset. */
function decodeUtf32(bytes: Uint8Array, little: boolean, label: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; offset += 4) {
    const code = view.getUint32(offset, little);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      throw new InputError(`not UTF-32 text (value 0x${code.toString(16)} at byte ${offset + 4} is no character); save the file as UTF-8`, label);
    }
    chunk.push(code);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/**
 * Russian text in Windows-1251: its non-ASCII bytes are mostly the letters А–я (0xC0–0xFF) and
 * Ё/ё, and they come in runs (whole words), where Latin-1 or Windows-1252 text has single accented
 * letters between ASCII ones (`café`). Both tests must pass, so a French file is refused, not
 * misread as Cyrillic.
 */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let besideAscii = 0;
  const isAsciiLetter = (value: number | undefined) => value !== undefined && ((value >= 0x41 && value <= 0x5a) || (value >= 0x61 && value <= 0x7a));
  for (let i = 0; i < bytes.length; i++) {
    const value = bytes[i] ?? 0;
    if (value < 0x80) continue;
    high++;
    if (value >= 0xc0 || value === 0xa8 || value === 0xb8) letters++;
    if (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1])) besideAscii++;
  }
  return high > 0 && letters >= high * 0.8 && besideAscii <= high * 0.2;
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += size;
  }
  return bytes.length;
}
