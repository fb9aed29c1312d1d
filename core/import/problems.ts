import { InputError } from '../errors.ts';

/**
 * Collects what is wrong with an imported file, each with its JSON path
 * (`data[12].position.x: expected a number`), so one run reports every problem instead of the
 * first only (STYLE.md: validation errors carry the path).
 */
export class ProblemList {
  readonly #problems: string[] = [];

  /** Records one problem at `path` (a JSON path, '' for the root). */
  add(path: string, message: string): void {
    this.#problems.push(path ? `${path}: ${message}` : message);
  }

  /** How many problems were recorded. */
  get size(): number {
    return this.#problems.length;
  }

  /**
   * Throws an {@link InputError} listing every problem, when there is any. Like `parseMap`, the
   * message names what was being read and shows the first five problems; `problems` holds all.
   * @param what What was read, e.g. "Miro REST item listing".
   */
  throwIfAny(what: string, where: string | undefined): void {
    if (this.#problems.length === 0) return;
    const shown = this.#problems.slice(0, 5).join('; ');
    const more = this.#problems.length > 5 ? `; and ${this.#problems.length - 5} more` : '';
    throw new InputError(`invalid ${what}: ${shown}${more}`, where, [...this.#problems]);
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
