/**
 * The exit codes of `cjm`, documented in `cjm --help`. CI scripts rely on them: never renumber.
 */
export const EXIT_CODES = {
  /** Done; for `audit`: no finding is an error (or `--exit-zero`). */
  ok: 0,
  /** `audit` found at least one error-level finding. */
  findings: 1,
  /** Bad input: a missing or unreadable file, not JSON, an unknown board shape, a bad option. */
  badInput: 2,
  /** A bug in cjm itself. */
  internal: 3,
} as const;
