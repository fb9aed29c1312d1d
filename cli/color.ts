import type { CliIo } from './io.ts';

/**
 * Whether stdout gets ANSI colours: only on a terminal, never with `NO_COLOR` (no-color.org),
 * and always with `FORCE_COLOR` set to anything but `0`/`false`, for CI logs that render colour.
 * Files written with `--output` never get colour: callers pass `false` for them.
 */
export function shouldUseColor(io: Pick<CliIo, 'stdout' | 'env'>): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  if (io.env.TERM === 'dumb') return false;
  return io.stdout.isTTY === true;
}

/** Text styles the command line's own lines use (reports colour themselves). */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
}

/** A {@link Paint} that styles with ANSI codes when `color` is true and is a no-op otherwise. */
export function createPaint(color: boolean): Paint {
  const wrap = (open: number, close: number) => (text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { bold: wrap(1, 22), dim: wrap(2, 22) };
}
