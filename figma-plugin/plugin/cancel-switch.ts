import type { AbortSignalLike } from '../../core/index.ts';

/**
 * A cancel switch for one generation. The sandbox is a minimal JavaScript environment without
 * browser APIs (docs/figma-plugin-api.md, "Main thread"), so the plugin does not count on
 * `AbortController`; core's `writePlan` needs only `aborted` and `reason`.
 */
export interface CancelSwitch {
  readonly signal: AbortSignalLike;
  cancel(reason?: unknown): void;
}

/** A fresh, not yet cancelled switch. */
export function createCancelSwitch(): CancelSwitch {
  const signal: { aborted: boolean; reason?: unknown } = { aborted: false };
  return {
    signal,
    cancel(reason: unknown = new Error('The generation was cancelled')) {
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason;
    },
  };
}
