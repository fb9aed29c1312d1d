import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looksBinary, SNIFF_BYTES } from '../../cli/decode-input.ts';
import { createProcessIo } from '../../cli/process-io.ts';

/**
 * The real process reads a regular file into one buffer of its size (cli/process-io.ts):
 * the same bytes as the file, the input limit and the binary sniff kept.
 */
const dir = mkdtempSync(join(tmpdir(), 'cjm-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('reading a regular file', () => {
  const io = createProcessIo();
  const limits = { maxBytes: 4 * 2 ** 20, stopAfterHead: looksBinary };

  it('gives exactly the file\'s bytes, whatever its size', async () => {
    for (const size of [0, 1, SNIFF_BYTES - 1, SNIFF_BYTES, SNIFF_BYTES + 1, 3 * 2 ** 20 + 7]) {
      const bytes = new Uint8Array(size).map((_, i) => 0x20 + (i % 90));
      const read = await io.readFile(file(`f${size}.json`, bytes), limits);
      expect(Buffer.from(read).equals(Buffer.from(bytes)), `${size} bytes`).toBe(true);
    }
  });

  it('stops a large binary file after its first bytes', async () => {
    const read = await io.readFile(file('zeros.bin', new Uint8Array(2 ** 20)), limits);
    expect(read.length).toBe(SNIFF_BYTES);
    expect(looksBinary(read)).toBe(true);
  });

  it('refuses a file over the limit before reading it, naming its size', async () => {
    await expect(io.readFile(file('big.json', new Uint8Array(5000).fill(0x20)), { maxBytes: 4999 })).rejects.toMatchObject({ code: 'EFBIG', limit: 4999, size: 5000 });
  });
});
