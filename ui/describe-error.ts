import type { UiStrings } from './strings.ts';

/** True for the error an aborted operation rejects with (`DOMException` or any `AbortError`). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * An error in plain words for the panel: the message the adapter or core wrote for people (an
 * `InputError` says what and where), never a stack trace, behind a short localized lead-in.
 */
export function describeError(error: unknown, strings: UiStrings): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  // The first line only: some platform errors append details meant for developers.
  const firstLine = message.split('\n')[0]?.trim() ?? '';
  return strings.errors.generic(firstLine || String(error));
}
