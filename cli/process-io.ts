import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import process from 'node:process';
import type { CliIo, ReadLimits } from './io.ts';
import { collectGarbage } from './collect-garbage.ts';
import { SNIFF_BYTES } from './decode-input.ts';
import { replaceFile } from './replace-file.ts';

/** The real {@link CliIo}: the process's streams, files and environment. */
export function createProcessIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: async (path, limits) => {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      // A regular file says its size: refuse it before reading a byte. Devices and pipes say 0.
      if (info.isFile() && info.size > limits.maxBytes) throw tooLarge(limits, info.size);
      return info.isFile() && info.size > 0 ? readRegularFile(path, info.size, limits) : readBounded(createReadStream(path), limits);
    },
    readStdin: (limits) => readBounded(process.stdin, limits),
    writeFile: replaceFile,
    sameFile: async (a, b) => {
      if (resolve(a) === resolve(b)) return true;
      const [first, second] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
      return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
    },
    releaseMemory: collectGarbage,
    env: process.env,
  };
}

/** The error a read over the limit rejects with (`code` EFBIG, as Node names "file too large"). */
export function tooLarge(limits: ReadLimits, size?: number): Error {
  return Object.assign(new Error('EFBIG: input over the limit'), { code: 'EFBIG', limit: limits.maxBytes, ...(size !== undefined ? { size } : {}) });
}

/**
 * Reads a regular file of a known size into one buffer of that size, as the bytes come: no
 * chunks to join, so a 26 MB export takes 26 MB, not the chunks' 26 MB (garbage the heap keeps
 * until its next full collection) and their 26 MB copy. The first bytes are read alone, so
 * `stopAfterHead` refuses a large binary file before the rest is read. A file that grows while
 * it is read is read on as a stream, within the same limit; one that shrinks gives what it has.
 */
async function readRegularFile(path: string, size: number, limits: ReadLimits): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(size);
    let total = 0;
    let sniffed = false;
    while (total < size) {
      // The head first, then the rest in one go.
      const want = sniffed || limits.stopAfterHead === undefined ? size - total : Math.min(size, SNIFF_BYTES) - total;
      const { bytesRead } = await handle.read(buffer, total, want, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (!sniffed && total >= Math.min(size, SNIFF_BYTES)) {
        sniffed = true;
        // As readBounded: a short file is never judged by its head alone.
        if (total >= SNIFF_BYTES && limits.stopAfterHead?.(buffer.subarray(0, total))) return buffer.subarray(0, total);
      }
    }
    if (total < size) return buffer.subarray(0, total);
    // Grown since stat: what follows comes as a stream, after the bytes read so far.
    const rest = handle.createReadStream({ start: size, autoClose: false });
    const more = await readBounded(rest, { maxBytes: limits.maxBytes - size }).catch((error: unknown) => {
      throw (error as { code?: unknown } | null)?.code === 'EFBIG' ? tooLarge(limits) : error;
    });
    return more.length === 0 ? buffer : Buffer.concat([buffer, more]);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a stream into one buffer, no further than the limits allow: an endless stream
 * (`/dev/zero`, `yes |`) stops at `maxBytes` instead of filling the memory.
 */
export async function readBounded(stream: (AsyncIterable<unknown> | Iterable<unknown>) & { destroy?: () => void }, limits: ReadLimits): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  let sniffed = false;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(buffer);
      total += buffer.length;
      if (total > limits.maxBytes) throw tooLarge(limits);
      if (!sniffed && total >= SNIFF_BYTES) {
        sniffed = true;
        const head = Buffer.concat(chunks);
        if (limits.stopAfterHead?.(head)) return head;
      }
    }
  } finally {
    // Stop the source when leaving early (over the limit, binary): nothing more is read.
    stream.destroy?.();
  }
  return Buffer.concat(chunks);
}
