import { InputError } from '../core/index.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './usage-error.ts';

/**
 * Writes a command's result to stdout, or to the `--output` file when one is given. Text always
 * ends with a line break, so a shell prompt never sticks to the last line.
 */
export async function writeOutput(io: CliIo, text: string, outputPath: string | undefined): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (outputPath === undefined || outputPath === '-') {
    io.stdout.write(body);
    return;
  }
  await writeFileOutput(io, [body], outputPath);
}

/** What the file system's error codes mean for an `--output` file. */
const WRITE_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
};

/** Writes the `--output` file, turning the file system's failure into an error that names it. */
async function writeFileOutput(io: CliIo, pieces: Iterable<string>, outputPath: string): Promise<void> {
  try {
    await io.writeFile(outputPath, pieces);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // Only the file system's failures are about the file; anything else is no "cannot write".
    if (typeof code !== 'string') throw error;
    throw new InputError(`cannot write (${WRITE_FAILURES[code] ?? code})`, outputPath);
  }
}

/**
 * Writes a long result made in pieces (`cjm read --json` of a 100k-note board is 15 MB): each
 * piece goes to stdout as it is made, so the whole text is never one string, and the next one
 * is made only once stdout has taken the last (a pipe to a slower reader says so: `write`
 * returns false until `drain`), so the pieces never queue up in memory either. An `--output`
 * file gets them the same way, through a temporary file renamed over it once whole, so a failure
 * half-way leaves the old file as it was. The pieces must end the text with a line break.
 */
export async function writeOutputPieces(io: CliIo, pieces: Iterable<string>, outputPath: string | undefined): Promise<void> {
  if (outputPath === undefined || outputPath === '-') {
    const { stdout } = io;
    for (const piece of pieces) {
      // Node's stdout queues what a pipe cannot take at once (docs/node-runtime.md, "Standard output into a pipe queues").
      if (stdout.write(piece) === false && stdout.once) {
        const once = stdout.once.bind(stdout);
        await new Promise<void>((resolve) => void once('drain', resolve));
      }
    }
    return;
  }
  await writeFileOutput(io, pieces, outputPath);
}

/** True when a command writes to a file rather than to stdout (so no colour). */
export function writesToFile(outputPath: string | undefined): boolean {
  return outputPath !== undefined && outputPath !== '-';
}

/**
 * Refuses an `--output` file that is one of the inputs (the same path, or a link to the same
 * file): `cjm audit b.json -f md -o b.json` would replace the board export with the report.
 * Checked before anything is read or written.
 *
 * @throws UsageError naming the file.
 */
export async function refuseOutputOverInput(command: string, io: CliIo, outputPath: string | undefined, inputs: readonly string[]): Promise<void> {
  if (outputPath === undefined || !writesToFile(outputPath)) return;
  for (const input of inputs) {
    if (input === '-') continue;
    if (await io.sameFile(input, outputPath)) {
      throw new UsageError(command, `--output ${outputPath} is the input file ${input}: writing would replace it; choose another output file`);
    }
  }
}
