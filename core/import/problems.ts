import type { SnapshotWarning, SnapshotWarningOutcome } from '../board/snapshot.ts';

/** How many warnings an import lists one by one; the rest are counted in a last `more` warning. */
export const MAX_LISTED_WARNINGS = 100;

/**
 * Collects what an importer could not fully understand but read anyway (the board is still read:
 * one odd item must not reject it). A board with thousands of broken items lists the first
 * {@link MAX_LISTED_WARNINGS} and counts the rest, so a report stays readable.
 */
export class WarningList {
  readonly #warnings: SnapshotWarning[] = [];
  #unlisted = 0;

  /** Records one warning at `path`. */
  add(path: string, problem: string, outcome: Exclude<SnapshotWarningOutcome, 'more'>, itemId?: string): void {
    if (this.#warnings.length >= MAX_LISTED_WARNINGS) {
      this.#unlisted++;
      return;
    }
    this.#warnings.push({ path, problem, outcome, ...(itemId !== undefined ? { itemId } : {}) });
  }

  /** How many warnings were recorded, listed or not. */
  get size(): number {
    return this.#warnings.length + this.#unlisted;
  }

  /** The warnings, with a last `more` entry when some were not listed; undefined for none. */
  toArray(): SnapshotWarning[] | undefined {
    if (this.size === 0) return undefined;
    const more: SnapshotWarning[] = this.#unlisted > 0 ? [{ path: '', problem: `${this.#unlisted} more items like these`, outcome: 'more' }] : [];
    return [...this.#warnings, ...more];
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a finite number (JSON has no NaN or Infinity, but hand-edited files may hold strings). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Describes a JSON value for an error message: `got "12"`, `got null`, `got an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'got null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'got an array';
  if (typeof value === 'object') return 'got an object';
  if (typeof value === 'string') return `got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `got ${typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value}`;
}
