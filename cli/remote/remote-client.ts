import { attemptGet } from './http-attempt.ts';
import type { AttemptOutcome } from './http-attempt.ts';
import type { RemoteDeps } from './remote-deps.ts';
import { RemoteFailure } from './remote-failure.ts';
import type { RemoteFailureDetails } from './remote-failure.ts';
import { backoffMs, isRetryableStatus, RETRY_POLICY, serverWaitMs } from './retry-policy.ts';
import type { RetryLimits } from './retry-policy.ts';

/** A JSON answer and the text it was parsed from (token already removed). */
export interface JsonAnswer {
  readonly json: unknown;
  readonly text: string;
}

/** Options of {@link RemoteClient}. */
export interface RemoteClientOptions {
  readonly deps: RemoteDeps;
  /** Removes the token from any text that came back, before anything else sees it. */
  readonly redact: (text: string) => string;
  readonly limits?: RetryLimits;
}

/**
 * GETs JSON from a REST API the way a good client does: retries rate limits (429), server
 * errors, timeouts, dropped connections and cut-off answers, waiting what the server asks
 * (`Retry-After`) or backing off exponentially, within {@link RETRY_POLICY}'s bounds on tries,
 * single waits and the total waited for one board. One client reads one board, so the bounds
 * hold for the whole board, not per page.
 */
export class RemoteClient {
  private readonly deps: RemoteDeps;
  private readonly redact: (text: string) => string;
  private readonly limits: RetryLimits;
  private retries = 0;
  private waitedMs = 0;

  constructor(options: RemoteClientOptions) {
    this.deps = options.deps;
    this.redact = options.redact;
    this.limits = options.limits ?? RETRY_POLICY;
  }

  /**
   * GETs `url` and parses the answer as JSON.
   *
   * @param onBytes Called with the bytes received so far, for a progress line.
   * @throws RemoteFailure when the request cannot succeed, or still fails when its retries,
   *   or the board's, are spent.
   */
  async getJson(url: string, headers: Readonly<Record<string, string>>, onBytes?: (received: number) => void): Promise<JsonAnswer> {
    const host = new URL(url).host;
    for (let attempt = 1; ; attempt++) {
      const outcome = await attemptGet(url, headers, this.deps, onBytes);
      const verdict = this.judge(outcome, host, attempt);
      if ('answer' in verdict) return verdict.answer;
      const wait = verdict.waitMs;
      if (!verdict.retryable || attempt >= this.limits.maxAttempts || this.retries >= this.limits.maxRetriesPerBoard) {
        throw new RemoteFailure(verdict.failure);
      }
      if (wait > this.limits.maxWaitMs) throw new RemoteFailure({ ...verdict.failure, kind: 'wait-too-long', askedWaitMs: wait });
      if (this.waitedMs + wait > this.limits.budgetMs) throw new RemoteFailure(verdict.failure);
      this.retries++;
      this.waitedMs += wait;
      await this.deps.sleep(wait);
    }
  }

  /** What an outcome means: the answer, or a failure and whether (and after how long) to try again. */
  private judge(
    outcome: AttemptOutcome,
    host: string,
    attempt: number,
  ): { answer: JsonAnswer } | { failure: RemoteFailureDetails; retryable: boolean; waitMs: number } {
    const backoff = backoffMs(this.retries + 1, this.deps.random, this.limits);
    switch (outcome.kind) {
      case 'network':
        return { failure: { kind: 'network', code: outcome.code, attempts: attempt, host }, retryable: true, waitMs: backoff };
      case 'timeout':
        return { failure: { kind: 'timeout', attempts: attempt, host }, retryable: true, waitMs: backoff };
      case 'truncated':
        return { failure: { kind: 'truncated', status: outcome.status, attempts: attempt, host }, retryable: true, waitMs: backoff };
      case 'response':
        break;
    }
    const text = this.redact(outcome.text);
    const status = outcome.status;
    if (status >= 200 && status < 300) {
      try {
        return { answer: { json: JSON.parse(text) as unknown, text } };
      } catch {
        // A JSON answer that does not parse was cut short (a proxy closed a chunked answer
        // early): worth another try. HTML from a proxy or login page is not.
        const type = outcome.headers.get('content-type') ?? '';
        const looksJson = type === '' || /json/iu.test(type);
        return { failure: { kind: looksJson ? 'truncated' : 'not-json', status, attempts: attempt, host }, retryable: looksJson, waitMs: backoff };
      }
    }
    const apiMessage = readApiMessage(text);
    const failure: RemoteFailureDetails = { kind: 'http', status, attempts: attempt, host, ...(apiMessage === undefined ? {} : { apiMessage }) };
    if (!isRetryableStatus(status)) return { failure, retryable: false, waitMs: 0 };
    return { failure, retryable: true, waitMs: serverWaitMs(outcome.headers, this.deps.now()) ?? backoff };
  }
}

/** The error text of an API's error body: Miro `{ message }`, Figma `{ err }` or `{ message }`. */
function readApiMessage(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null) return undefined;
    const { message, err } = body as { message?: unknown; err?: unknown };
    const value = typeof err === 'string' ? err : typeof message === 'string' ? message : undefined;
    return value?.trim() || undefined;
  } catch {
    return undefined;
  }
}
