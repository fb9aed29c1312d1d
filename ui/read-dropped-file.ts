import type { UiStrings } from './strings.ts';

/** The largest cjm/1 file the panel reads: far above any real map, far below a frozen tab. */
export const MAX_IMPORT_MB = 5;

/** A file's text, or an error in plain words when it is too large or not text. */
export async function readImportFile(file: File, strings: UiStrings): Promise<string> {
  if (file.size > MAX_IMPORT_MB * 1024 * 1024) throw new Error(strings.errors.fileTooLarge(file.name, MAX_IMPORT_MB));
  try {
    return await file.text();
  } catch {
    throw new Error(strings.errors.fileUnreadable(file.name));
  }
}
