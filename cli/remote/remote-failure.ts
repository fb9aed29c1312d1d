/** Why a request to a REST API gave up. */
export type RemoteFailureKind =
  /** The API answered with an error status that retrying does not fix (401, 403, 404…), or kept answering a retryable one. */
  | 'http'
  /** No answer: the connection was refused, reset, or the name did not resolve. */
  | 'network'
  /** No complete answer within the time limit. */
  | 'timeout'
  /** The answer stopped before its end (fewer bytes than announced, or JSON cut short). */
  | 'truncated'
  /** A complete answer that is not JSON (a proxy's or a login page's HTML). */
  | 'not-json'
  /** The API asked to wait longer than `cjm` waits. */
  | 'wait-too-long';

/** What is known about a request that failed, for {@link describeRemoteFailure}. */
export interface RemoteFailureDetails {
  readonly kind: RemoteFailureKind;
  /** The HTTP status of the last answer, when there was one. */
  readonly status?: number;
  /** The API's own explanation (Miro `message`, Figma `err`), already stripped of the token. */
  readonly apiMessage?: string;
  /** The network error's code (`ECONNREFUSED`, `UND_ERR_SOCKET`…). */
  readonly code?: string;
  /** How many times the request was sent. */
  readonly attempts: number;
  /** What the API asked to wait, for `wait-too-long`. */
  readonly askedWaitMs?: number;
  /** The host asked, for network messages. */
  readonly host: string;
}

/**
 * A request to a REST API that gave up, after the retries it was worth. Carries no token, no
 * header and no URL query: only what a one-line message needs.
 */
export class RemoteFailure extends Error {
  readonly details: RemoteFailureDetails;

  constructor(details: RemoteFailureDetails) {
    super(`${details.kind}${details.status === undefined ? '' : ` ${details.status}`} from ${details.host} after ${details.attempts} attempt(s)`);
    this.name = 'RemoteFailure';
    this.details = details;
  }
}

/** True when `error` is a {@link RemoteFailure}. */
export function isRemoteFailure(error: unknown): error is RemoteFailure {
  return error instanceof RemoteFailure;
}
