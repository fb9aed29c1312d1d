import { toOneLine } from '../describe-error.ts';
import type { CliStream } from '../io.ts';

/** A status line that rewrites itself in place on a terminal. */
export interface ProgressLine {
  /** Shows `text` (at most every `intervalMs`, unless `force`). */
  update(text: string, force?: boolean): void;
  /** Erases the line, so what follows starts on a clean one. */
  done(): void;
}

/** Updates at most this often: a terminal redrawn for every chunk slows the download. */
const INTERVAL_MS = 100;

/** Erase to the end of the line (ANSI EL). */
const ERASE_LINE = '\u001b[K';

/**
 * A progress line on `stream` when it is a terminal ("page 3 · 150 of 412 items"), and nothing at
 * all otherwise: a CI log or a file gets no carriage returns.
 */
export function createProgressLine(stream: CliStream, now: () => number): ProgressLine {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let shown = false;
  let last = -Infinity;
  return {
    update(text, force = false) {
      const time = now();
      if (!force && time - last < INTERVAL_MS) return;
      last = time;
      shown = true;
      stream.write(`\r${toOneLine(text)}${ERASE_LINE}`);
    },
    done() {
      if (shown) stream.write(`\r${ERASE_LINE}`);
      shown = false;
    },
  };
}
