/**
 * Everything the command line touches outside itself. `run` gets it as an argument so tests run
 * the real commands in-process with fake streams and files (docs/architecture.md, *Side effects injected*).
 */

import type { RemoteDeps } from './remote/remote-deps.ts';

/** An output stream: Node's `process.stdout` fits, and so does a string collector in tests. */
export interface CliStream {
  write(text: string): void;
  /** True when the stream is a terminal; colour is used only then. */
  readonly isTTY?: boolean;
}

/** The command line's view of the outside world. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** Reads a text file; rejects with a Node error carrying `code` (`ENOENT`…) when it can't. */
  readFile(path: string): Promise<string>;
  /** Reads all of standard input as text (the `-` file). */
  readStdin(): Promise<string>;
  /** Writes (replaces) a text file: the `--output` option. */
  writeFile(path: string, text: string): Promise<void>;
  /** Environment variables: `NO_COLOR`, `FORCE_COLOR`, `LANG`, `CJM_DEBUG`, `MIRO_TOKEN`… */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** What reading board links uses instead of the real network and clock (tests); see `cli/remote/`. */
  readonly remote?: Partial<RemoteDeps>;
}
