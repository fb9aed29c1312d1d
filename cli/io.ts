/**
 * Everything the command line touches outside itself. `run` gets it as an argument so tests run
 * the real commands in-process with fake streams and files (docs/architecture.md, *Side effects injected*).
 */

import type { RemoteDeps } from './remote/remote-deps.ts';

/** An output stream: Node's `process.stdout` fits, and so does a string collector in tests. */
export interface CliStream {
  /** Writes text; false (Node's streams) when the text had to be queued: wait for `drain` before more. */
  write(text: string): boolean | void;
  /** Node's streams: `once('drain', …)` tells when queued text is out. A stream without it never queues. */
  once?(event: 'drain', listener: () => void): unknown;
  /** True when the stream is a terminal; colour is used only then. */
  readonly isTTY?: boolean;
}

/** How much input a read may take. */
export interface ReadLimits {
  /**
   * The most bytes to read. A regular file that is larger is refused before it is read; a stream
   * (stdin, a pipe, `/dev/zero`) is read until it passes the limit. Either way the read rejects
   * with an error whose `code` is `EFBIG` and whose `limit` is this number.
   */
  readonly maxBytes: number;
  /**
   * Called once with the first bytes (up to a few kB, or all of a shorter input): true stops the
   * read there and resolves with those bytes, so binary input (`/dev/zero`) is refused at once.
   */
  readonly stopAfterHead?: (head: Uint8Array) => boolean;
}

/** The command line's view of the outside world. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** Reads a file's bytes; rejects with a Node error carrying `code` (`ENOENT`, `EISDIR`, `EFBIG`…) when it can't. */
  readFile(path: string, limits: ReadLimits): Promise<Uint8Array>;
  /** Reads standard input's bytes (the `-` file), within the same limits. */
  readStdin(limits: ReadLimits): Promise<Uint8Array>;
  /**
   * Writes (replaces) a text file from its pieces, taken in order: the `--output` option. The
   * real one leaves the old file whole when it fails (cli/replace-file.ts).
   */
  writeFile(path: string, pieces: Iterable<string>): Promise<void>;
  /**
   * True when two paths name the same existing file (the same path, a link, a hard link): the
   * `--output` file must never be one of the inputs.
   */
  sameFile(a: string, b: string): Promise<boolean>;
  /**
   * Gives memory no longer used back before the next phase: called once a large input's bytes are
   * dropped (every item of a Miro listing imported) and before the board is read. The real
   * process runs a full garbage collection there (cli/collect-garbage.ts); tests leave it out.
   */
  releaseMemory?(): void;
  /** Environment variables: `NO_COLOR`, `FORCE_COLOR`, `LANG`, `CJM_DEBUG`, `CJM_MAX_INPUT_MB`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** What reading board links uses instead of the real network and clock (tests); see `cli/remote/`. */
  readonly remote?: Partial<RemoteDeps>;
}
