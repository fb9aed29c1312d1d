/** What a token is replaced with. */
export const REDACTED = '[token removed]';

/**
 * Tokens shorter than this are not searched for: replacing every "ab" in a board would garble
 * it, and no real Miro or Figma token is that short.
 */
const MIN_TOKEN_LENGTH = 8;

/**
 * `text` with every occurrence of `token` replaced, so a token an API (or a proxy) echoes back
 * reaches no output, no saved export and no error line.
 */
export function redactToken(text: string, token: string): string {
  if (token.length < MIN_TOKEN_LENGTH || !text.includes(token)) return text;
  return text.split(token).join(REDACTED);
}

/**
 * An unexpected error with the token taken out of its message and stack, so even an internal
 * error printed with `CJM_DEBUG=1` cannot show it.
 */
export function redactError(error: unknown, token: string): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redactToken(error, token) : error;
  error.message = redactToken(error.message, token);
  if (error.stack) error.stack = redactToken(error.stack, token);
  return error;
}
