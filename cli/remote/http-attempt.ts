import type { RemoteDeps } from './remote-deps.ts';

/** What one GET brought back. */
export type AttemptOutcome =
  /** A whole answer, whatever its status. */
  | { readonly kind: 'response'; readonly status: number; readonly headers: Headers; readonly text: string }
  /** No answer at all. */
  | { readonly kind: 'network'; readonly code: string }
  /** Nothing complete within the time limit. */
  | { readonly kind: 'timeout' }
  /** An answer that broke off: the connection closed before the announced length (or before its end). */
  | { readonly kind: 'truncated'; readonly status: number; readonly received: number };

/**
 * Sends one GET with Node's own `fetch` and reads the whole body, counting bytes as they arrive
 * (`onBytes`, for the progress line). The time limit covers the body too: a server that sends
 * headers and then stalls is given up like one that never answers.
 *
 * Redirects are not followed: a custom token header (`X-Figma-Token`) would go along to wherever
 * the redirect points (docs/remote-apis.md, "Figma"), so a 3xx comes back as an answer like any other.
 *
 * Never throws for network trouble: the outcome says what happened, and the caller decides
 * whether to retry.
 */
export async function attemptGet(url: string, headers: Readonly<Record<string, string>>, deps: RemoteDeps, onBytes?: (received: number) => void): Promise<AttemptOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
  try {
    let response: Response;
    try {
      response = await deps.fetch(url, { headers: { Accept: 'application/json', ...headers }, signal: controller.signal, redirect: 'manual' });
    } catch (error) {
      return controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network', code: networkCode(error) };
    }
    const chunks: Uint8Array[] = [];
    let received = 0;
    try {
      if (response.body) {
        // A reader loop, not `for await`: the project's typings include the DOM's ReadableStream
        // (for the panels), which declares no async iterator.
        const reader = response.body.getReader();
        for (let next = await reader.read(); !next.done; next = await reader.read()) {
          const chunk = next.value as Uint8Array;
          chunks.push(chunk);
          received += chunk.byteLength;
          onBytes?.(received);
        }
      }
    } catch {
      return controller.signal.aborted ? { kind: 'timeout' } : { kind: 'truncated', status: response.status, received };
    }
    // undici already fails a body shorter than its Content-Length; this catches what slips through.
    const declared = Number(response.headers.get('content-length'));
    if (response.headers.has('content-length') && Number.isFinite(declared) && declared !== received && !response.headers.has('content-encoding')) {
      return { kind: 'truncated', status: response.status, received };
    }
    return { kind: 'response', status: response.status, headers: response.headers, text: decode(chunks, received) };
  } finally {
    clearTimeout(timer);
  }
}

function decode(chunks: readonly Uint8Array[], length: number): string {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The code of a failed `fetch`: undici wraps the socket error (`ECONNREFUSED`, `ENOTFOUND`,
 * `UND_ERR_SOCKET`…) in a `TypeError('fetch failed')` as its `cause`.
 */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; name?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.name === 'string') return cause.name;
  return error instanceof Error ? error.name : 'unknown';
}
