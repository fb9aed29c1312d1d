import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { LOCALES } from '../core/index.ts';
import type { Locale } from '../core/index.ts';
import { UsageError } from './usage-error.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments with Node's `parseArgs` (strict: unknown options are errors) and
 * turns its long messages into a one-line {@link UsageError} for `command`.
 */
export function parseCommandArgs<const T extends OptionsConfig>(command: string, argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(command, describeParseError(error));
  }
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option '${/Unknown option '([^']+)'/u.exec(message)?.[1] ?? message}'`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // Node names the option as '-f, --format <value>': the long name is the one users know.
    const option = /--[\w-]+/u.exec(message)?.[0] ?? /'(-\w)/u.exec(message)?.[1] ?? 'option';
    if (/does not take an argument/u.test(message)) return `option '${option}' takes no value`;
    // "argument missing" and "ambiguous" (`--output --json`) both mean the value is missing.
    return `option '${option}' needs a value`;
  }
  return message.split('\n')[0] ?? message;
}

/** Checks a `--locale` value. */
export function parseLocaleOption(command: string, value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  const locale = LOCALES.find((candidate) => candidate === value.toLowerCase());
  if (!locale) throw new UsageError(command, `--locale must be one of ${LOCALES.join(', ')}, got '${value}'`);
  return locale;
}

/**
 * The locale for output that has no map to follow (`templates`, `new`): `--locale`, else Russian
 * when the environment's language is Russian (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
 */
export function resolveLocale(command: string, value: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  const chosen = parseLocaleOption(command, value);
  if (chosen) return chosen;
  const language = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Checks a value that must be one of `choices` (`--format`). */
export function parseChoice<T extends string>(command: string, option: string, value: string, choices: readonly T[]): T {
  const choice = choices.find((candidate) => candidate === value.toLowerCase());
  if (!choice) throw new UsageError(command, `${option} must be one of ${choices.join(', ')}, got '${value}'`);
  return choice;
}

/** Checks a 1-based number (`--map 2`). */
export function parsePositiveInteger(command: string, option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]*$/u.test(value)) throw new UsageError(command, `${option} must be a whole number, 1 or more, got '${value}'`);
  return Number(value);
}
