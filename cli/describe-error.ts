import { isInputError, stripControlChars } from '../core/index.ts';
import { EXIT_CODES } from './exit-codes.ts';
import { isUsageError } from './usage-error.ts';

/** Longest error line we print: long enough for a few JSON paths, short enough to read in a CI log. */
const MAX_LINE = 400;

/** What to print for an error and which exit code it means. */
export interface ErrorReport {
  /** One line, except that `CJM_DEBUG=1` adds the stack of an internal error. */
  readonly lines: readonly string[];
  readonly exitCode: number;
}

/**
 * Turns anything a command threw into one `cjm: …` line: what is wrong and where. Bad input and bad
 * options exit 2; anything else is our bug (exit 3), still one line, because a stack trace
 * in a CI log helps nobody but us: `CJM_DEBUG=1` shows it.
 *
 * @param file the input being worked on, named in the line of an internal error (input errors
 *   name their file themselves).
 */
export function describeError(error: unknown, env: Readonly<Record<string, string | undefined>>, file?: string): ErrorReport {
  if (isUsageError(error)) {
    const prefix = error.command ? `cjm ${error.command}` : 'cjm';
    return { lines: [toOneLine(`${prefix}: ${error.message} (see '${prefix} --help')`)], exitCode: EXIT_CODES.badInput };
  }
  if (isInputError(error)) {
    return { lines: [toOneLine(`cjm: ${withAllProblems(error.message, error.problems)}`)], exitCode: EXIT_CODES.badInput };
  }
  const message = error instanceof Error ? error.message : String(error);
  const where = file === undefined ? '' : `${file}: `;
  const lines = [toOneLine(`cjm: ${where}internal error: ${message} (a bug in cjm; run with CJM_DEBUG=1 for details)`)];
  if (env.CJM_DEBUG && error instanceof Error && error.stack) lines.push(stripControlChars(error.stack));
  return { lines, exitCode: EXIT_CODES.internal };
}

/**
 * Core errors summarise their problems in the message (`data[3].x: expected a number (and 2 more
 * problems)`); when the message doesn't name them all, the rest are appended so the single line
 * still names every path. A message that already lists most of them chose its own cap: kept.
 */
function withAllProblems(message: string, problems: readonly string[]): string {
  if (problems.length < 2) return message;
  const missing = problems.filter((problem) => !message.includes(problem));
  if (missing.length < problems.length - 1) return message;
  const summary = message.replace(/\s*\(and \d+ more[^)]*\)$/u, '');
  return `${summary}${missing.length === problems.length ? ':' : ';'} ${missing.join('; ')}`;
}

/**
 * Makes board text safe for one terminal line: drops control characters (an escape sequence in a
 * sticky's text would clear the screen or recolour it), collapses line breaks (a stray one would
 * split the line) and caps the length.
 */
export function toOneLine(text: string, max = MAX_LINE): string {
  const flat = stripControlChars(text).replace(/\s*[\r\n]+\s*/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
