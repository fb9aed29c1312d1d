import type { Scheduler } from './scheduler.ts';

/** Quiet time after the last board event before a re-audit starts, in milliseconds. */
export const DEFAULT_LIVE_AUDIT_DELAY_MS = 400;

/** Options of `createLiveAudit`. */
export interface LiveAuditOptions<T> {
  /** One re-audit: read the board and audit it. */
  readonly run: () => Promise<T>;
  /** Gets each run's result, in run order; never called after `dispose`. */
  readonly onResult: (result: T) => void;
  /**
   * Gets a failed run's error; never called after `dispose`. Without it a failure is re-raised
   * from a scheduler callback, so the host reports it as an uncaught error instead of losing it.
   */
  readonly onError?: (error: unknown) => void;
  /** Quiet time after the last `poke` before a run starts. Default `DEFAULT_LIVE_AUDIT_DELAY_MS`. */
  readonly delayMs?: number;
  readonly scheduler: Scheduler;
}

/** A running live audit. */
export interface LiveAudit {
  /** Tells it the board changed; call it on every board event. */
  poke(): void;
  /** Stops it: cancels a pending run and drops the result of one in flight. */
  dispose(): void;
}

/**
 * Re-audits a board while people edit it, without flooding the platform with reads:
 *
 * - debounced: a run starts `delayMs` after the last `poke` (a burst of events → one run);
 * - at most one run in flight; a `poke` during a run schedules exactly one more after it
 *   (however many pokes came), so the last result always reflects the last change;
 * - results and errors arrive in run order.
 *
 * The host injects the timer (`scheduler`): core has no timers of its own.
 */
export function createLiveAudit<T>(options: LiveAuditOptions<T>): LiveAudit {
  const { run, onResult, onError, scheduler } = options;
  const delayMs = Math.max(0, options.delayMs ?? DEFAULT_LIVE_AUDIT_DELAY_MS);
  let timer: { handle: unknown } | undefined;
  let running = false;
  let dirty = false;
  let disposed = false;

  const schedule = (): void => {
    if (timer) scheduler.clear(timer.handle);
    const entry: { handle: unknown } = { handle: undefined };
    timer = entry;
    entry.handle = scheduler.set(() => {
      if (timer !== entry) return;
      timer = undefined;
      start();
    }, delayMs);
  };

  const start = (): void => {
    if (disposed) return;
    running = true;
    dirty = false;
    // Wrapped so that a `run` that throws before returning its promise fails like one that rejects.
    const pending = (async () => run())();
    void pending.then(
      (result) => {
        if (!disposed) onResult(result);
      },
      (error: unknown) => {
        if (disposed) return;
        if (onError) onError(error);
        else scheduler.set(() => { throw error; }, 0);
      },
    ).finally(() => {
      running = false;
      if (dirty && !disposed) schedule();
    });
  };

  return {
    poke() {
      if (disposed) return;
      if (running) dirty = true;
      else schedule();
    },
    dispose() {
      disposed = true;
      if (timer) scheduler.clear(timer.handle);
      timer = undefined;
    },
  };
}
