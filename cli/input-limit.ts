import { UsageError } from './usage-error.ts';

/**
 * How much input `cjm` reads, by default: far above any real board export (a 100,000-note Miro
 * listing is about 60 MB) and far below what Node can hold as one string (about 512 MB, where
 * `JSON.parse` input fails with a bare ERR_STRING_TOO_LONG).
 */
export const DEFAULT_MAX_INPUT_MB = 256;

/** The most `CJM_MAX_INPUT_MB` may ask for: just under the longest string Node can hold (2^29 − 24 characters). */
export const MAX_INPUT_MB_CEILING = 500;

const MB = 1024 * 1024;

/**
 * The input limit in bytes: `CJM_MAX_INPUT_MB` when set (1–500), else {@link DEFAULT_MAX_INPUT_MB}.
 * @throws UsageError for a value that is no number in that range.
 */
export function inputLimitBytes(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.CJM_MAX_INPUT_MB;
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_INPUT_MB * MB;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > MAX_INPUT_MB_CEILING) {
    throw new UsageError(undefined, `CJM_MAX_INPUT_MB must be a number of megabytes from 1 to ${MAX_INPUT_MB_CEILING}, got '${raw}'`);
  }
  // Fractions are for tests; a byte is the smallest limit.
  return Math.max(1, Math.floor(value * MB));
}

/** What to say when input passes the limit: its size when known (a regular file), else that reading stopped. */
export function describeTooLarge(limit: number, size: number | undefined): string {
  const limitText = formatMegabytes(limit);
  const what = size === undefined ? `more than ${limitText} of input: stopped reading` : `${formatMegabytes(size)}, over the ${limitText} input limit`;
  return `${what}. A board export is far smaller; if this really is one, raise the limit with CJM_MAX_INPUT_MB (up to ${MAX_INPUT_MB_CEILING})`;
}

/** `256 MB`, `1.5 MB`, `0.01 MB`: two significant decimals at most. */
function formatMegabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toPrecision(2))} MB`;
}
