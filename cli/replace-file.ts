import { chmod, lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Text is handed to the file in batches of about this many characters: few writes, little held. */
const BATCH_CHARS = 1 << 16;

/**
 * Writes text made in pieces to a file so that the file is either the old one or the whole new
 * one, never half: the pieces go to a temporary file beside it, which is renamed over it once
 * complete (a rename within one folder replaces the target in one step: docs/node-runtime.md,
 * "Replacing a file in one step"). A failure on the way — a full disk, an error while the pieces
 * are made — removes the temporary file and leaves the old file as it was.
 *
 * The pieces are taken one batch at a time, so a 15 MB `cjm read --json` never becomes one
 * string. A link is followed (the file it points to is replaced, the link stays) and a replaced
 * file keeps its permissions. What is not a regular file (`/dev/stdout`, a named pipe) is
 * written in place, as there is nothing to rename over; so is a file whose folder refuses a new
 * file but which itself may be written.
 *
 * @throws the file system's error (with its `code`) when the file cannot be written.
 */
export async function replaceFile(path: string, pieces: Iterable<string>): Promise<void> {
  const target = await existingTarget(path);
  if (target !== undefined && !target.regular) return writeInPlace(path, pieces);
  const finalPath = target?.path ?? path;
  const temporary = join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  let handle: FileHandle;
  try {
    // 'wx': a name nobody else has; another cjm writing the same file makes its own.
    handle = await open(temporary, 'wx', target?.mode ?? 0o666);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (target !== undefined && (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')) return writeInPlace(finalPath, pieces);
    throw error;
  }
  try {
    try {
      await writeBatches(handle, pieces);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // open() applies the umask to the mode; the replaced file's own permissions come back here.
    if (target !== undefined) await chmod(temporary, target.mode);
    await rename(temporary, finalPath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

interface Target {
  /** The file itself: a link's target. */
  readonly path: string;
  readonly regular: boolean;
  /** Permission bits. */
  readonly mode: number;
}

/** What already stands at `path`, or undefined when nothing does (a dangling link counts as nothing there yet). */
async function existingTarget(path: string): Promise<Target | undefined> {
  const link = await lstat(path).catch(() => undefined);
  if (link === undefined) return undefined;
  const real = link.isSymbolicLink() ? await realpath(path).catch(() => undefined) : path;
  if (real === undefined) return undefined;
  const info = await stat(real);
  return { path: real, regular: info.isFile(), mode: info.mode & 0o7777 };
}

async function writeInPlace(path: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await writeBatches(handle, pieces);
  } finally {
    await handle.close();
  }
}

async function writeBatches(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH_CHARS) {
      await writeAll(handle, batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (size > 0) await writeAll(handle, batch.join(''));
}

/** `write` may take fewer bytes than it is given (docs/node-runtime.md): write until all are out. */
async function writeAll(handle: FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}
