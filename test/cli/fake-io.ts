import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../cli/io.ts';
import { readBounded, tooLarge } from '../../cli/process-io.ts';
import { run } from '../../cli/run.ts';

/** Absolute path of a file in test/cli/fixtures/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** Options of {@link createFakeIo}. */
export interface FakeIoOptions {
  /** Files that exist only in memory (text is stored as UTF-8); other paths are read from the real disk. */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  /** What `-` reads: text (as UTF-8), bytes, or an endless stream of chunks. */
  readonly stdin?: string | Uint8Array | (() => AsyncIterable<Uint8Array>);
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout claims to be a terminal. */
  readonly tty?: boolean;
}

/** A {@link CliIo} that records what the command printed and wrote. */
export interface FakeIo extends CliIo {
  readonly stdoutText: () => string;
  readonly stderrText: () => string;
  /** Files written with `--output`, by path; nothing touches the disk. */
  readonly written: Map<string, string>;
  /** How many times `-` was read. */
  readonly stdinReads: () => number;
}

/**
 * The command line's environment faked, the real commands and core untouched (docs/architecture.md,
 * *Side effects injected*: a test double that runs the real code). The environment is empty unless given, so the
 * developer's NO_COLOR or LANG never changes a test.
 */
export function createFakeIo(options: FakeIoOptions = {}): FakeIo {
  let stdout = '';
  let stderr = '';
  let stdinReads = 0;
  const written = new Map<string, string>();
  return {
    stdout: { write: (text) => void (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text) => void (stderr += text), isTTY: false },
    readFile: async (path, limits) => {
      const inMemory = options.files?.[path];
      const bytes = inMemory === undefined ? new Uint8Array(await readFile(path)) : toBytes(inMemory);
      // Like a regular file on disk: its size is known before reading.
      if (bytes.length > limits.maxBytes) throw tooLarge(limits, bytes.length);
      return bytes;
    },
    readStdin: (limits) => {
      stdinReads++;
      const input = stdinReads === 1 ? (options.stdin ?? '') : '';
      if (typeof input === 'function') return readBounded(input(), limits);
      return readBounded([toBytes(input)], limits);
    },
    sameFile: (a, b) => Promise.resolve(resolve(a) === resolve(b)),
    writeFile: (path, pieces) => {
      if (path.startsWith('/nonexistent/')) return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
      written.set(path, [...pieces].join(''));
      return Promise.resolve();
    },
    env: options.env ?? {},
    stdoutText: () => stdout,
    stderrText: () => stderr,
    written,
    stdinReads: () => stdinReads,
  };
}

function toBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}

/** What one in-process run of `cjm` did. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly io: FakeIo;
}

/** Runs `cjm ARGS` in-process against a fake environment. */
export async function runCli(argv: readonly string[], options: FakeIoOptions = {}): Promise<RunResult> {
  const io = createFakeIo(options);
  const code = await run(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText(), io };
}

/** The lines of a text, without the empty one after the final line break. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
}

/** True when the text contains an ANSI escape sequence. */
export function hasAnsi(text: string): boolean {
  return text.includes('\u001b[');
}
