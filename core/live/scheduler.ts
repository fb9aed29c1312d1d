/**
 * A timer the host gives to core: core itself has no `setTimeout` (lint keeps timers out of it,
 * so the engine runs the same in a browser panel, a plugin sandbox and a test with fake time).
 * In a browser: `{ set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as number) }`.
 */
export interface Scheduler {
  /** Calls `fn` once after `ms` milliseconds; returns a handle for `clear`. */
  set(fn: () => void, ms: number): unknown;
  /** Cancels a call `set` scheduled; a handle whose call has run is ignored. */
  clear(handle: unknown): void;
}
