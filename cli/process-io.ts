import { readFile, writeFile } from 'node:fs/promises';
import process from 'node:process';
import type { CliIo } from './io.ts';

/** The real {@link CliIo}: the process's streams, files and environment. */
export function createProcessIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: async (path) => decodeText(await readFile(path)),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return decodeText(Buffer.concat(chunks));
    },
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    env: process.env,
  };
}

/**
 * Decodes a file's bytes as text. Board exports usually are UTF-8, but Windows PowerShell 5's
 * `curl … > board.json` writes UTF-16 with a byte order mark, so the BOM decides when there is one.
 * A UTF-8 BOM is kept: the JSON reader strips it and can then say the file had one.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
