import { describe, expect, it } from 'vitest';
import { RemoteClient } from '../../../cli/remote/remote-client.ts';
import { resolveRemoteDeps } from '../../../cli/remote/remote-deps.ts';
import type { RemoteDeps } from '../../../cli/remote/remote-deps.ts';
import { isRemoteFailure, type RemoteFailure } from '../../../cli/remote/remote-failure.ts';
import { backoffMs, RETRY_POLICY, serverWaitMs } from '../../../cli/remote/retry-policy.ts';
import { virtualClock } from './remote-cli.ts';

/** A fetch that answers from a script, one entry per call (the last repeats), and counts calls. */
function scriptedFetch(script: readonly (() => Response | Promise<Response>)[]): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  return {
    fetch: () => {
      const step = script[Math.min(calls, script.length - 1)];
      calls++;
      return Promise.resolve(step ? step() : new Response('{}'));
    },
    calls: () => calls,
  };
}

/** The client's world: `fetchFn`, and a virtual clock whose waits land in `waits`. */
function deps(fetchFn: typeof fetch, waits: number[]): RemoteDeps {
  const clock = virtualClock(1000);
  const sleep = clock.deps.sleep ?? (() => Promise.resolve());
  return {
    ...resolveRemoteDeps(clock.deps, {}),
    fetch: fetchFn,
    sleep: async (ms) => {
      waits.push(ms);
      await sleep(ms);
    },
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

async function failureOf(promise: Promise<unknown>): Promise<RemoteFailure> {
  try {
    await promise;
  } catch (error) {
    if (isRemoteFailure(error)) return error;
    throw error;
  }
  throw new Error('expected a RemoteFailure');
}

describe('RemoteClient', () => {
  it('returns the parsed answer and its text, token removed', async () => {
    const { fetch } = scriptedFetch([json({ echo: 'secret-token-123' })]);
    const client = new RemoteClient({ deps: deps(fetch, []), redact: (text) => text.replaceAll('secret-token-123', 'X') });
    expect(await client.getJson('https://api.example/x', {})).toEqual({ json: { echo: 'X' }, text: '{"echo":"X"}' });
  });

  it('does not retry what retrying cannot fix', async () => {
    for (const status of [400, 401, 403, 404]) {
      const script = scriptedFetch([json({ status, message: 'no' }, status)]);
      const failure = await failureOf(new RemoteClient({ deps: deps(script.fetch, []), redact: (t) => t }).getJson('https://api.example/x', {}));
      expect(failure.details).toMatchObject({ kind: 'http', status, attempts: 1, apiMessage: 'no' });
      expect(script.calls()).toBe(1);
    }
  });

  it('bounds the retries of all requests of one board together', async () => {
    // Every request fails twice, then works: each alone would succeed, but the board's budget of retries runs out.
    let call = 0;
    const fetchFn: typeof fetch = () => Promise.resolve(call++ % 3 < 2 ? new Response('{}', { status: 503 }) : new Response('{"ok":true}'));
    const waits: number[] = [];
    const client = new RemoteClient({ deps: deps(fetchFn, waits), redact: (t) => t });
    let pages = 0;
    const failure = await failureOf(
      (async () => {
        for (;;) {
          await client.getJson('https://api.example/page', {});
          pages++;
        }
      })(),
    );
    expect(failure.details).toMatchObject({ kind: 'http', status: 503 });
    expect(waits).toHaveLength(RETRY_POLICY.maxRetriesPerBoard);
    expect(pages).toBe(RETRY_POLICY.maxRetriesPerBoard / 2);
  });

  it('bounds the total time waited for one board', async () => {
    const limits = { ...RETRY_POLICY, budgetMs: 25_000 };
    const script = scriptedFetch([json({}, 429, { 'Retry-After': '10' })]);
    const waits: number[] = [];
    const failure = await failureOf(new RemoteClient({ deps: deps(script.fetch, waits), redact: (t) => t, limits }).getJson('https://api.example/x', {}));
    expect(failure.details).toMatchObject({ kind: 'http', status: 429, attempts: 3 });
    expect(waits).toEqual([10_000, 10_000]);
  });

  it('does not retry HTML a proxy sends with 200, and calls it not JSON', async () => {
    const script = scriptedFetch([() => new Response('<html>Sign in</html>', { headers: { 'Content-Type': 'text/html' } })]);
    const failure = await failureOf(new RemoteClient({ deps: deps(script.fetch, []), redact: (t) => t }).getJson('https://api.example/x', {}));
    expect(failure.details).toMatchObject({ kind: 'not-json', status: 200, attempts: 1 });
  });

  it('does not follow redirects with the token', async () => {
    const script = scriptedFetch([() => new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example/' } })]);
    const failure = await failureOf(new RemoteClient({ deps: deps(script.fetch, []), redact: (t) => t }).getJson('https://api.example/x', {}));
    expect(failure.details).toMatchObject({ kind: 'http', status: 302, attempts: 1 });
  });
});

describe('retry policy', () => {
  const now = Date.UTC(2026, 0, 15, 9, 0, 0);
  it('reads Retry-After as seconds or as a date, and Miro X-RateLimit-Reset as a UNIX time', () => {
    expect(serverWaitMs(new Headers({ 'Retry-After': '5' }), now)).toBe(5000);
    expect(serverWaitMs(new Headers({ 'Retry-After': new Date(now + 30_000).toUTCString() }), now)).toBe(30_000);
    expect(serverWaitMs(new Headers({ 'Retry-After': new Date(now - 30_000).toUTCString() }), now)).toBe(0);
    expect(serverWaitMs(new Headers({ 'X-RateLimit-Reset': String(now / 1000 + 42) }), now)).toBe(42_000);
    expect(serverWaitMs(new Headers({ 'X-RateLimit-Reset': '9' }), now)).toBe(9000);
    expect(serverWaitMs(new Headers({ 'Retry-After': 'soon' }), now)).toBeUndefined();
    expect(serverWaitMs(new Headers(), now)).toBeUndefined();
  });

  it('backs off exponentially within its cap, jittered in the upper half', () => {
    expect([1, 2, 3].map((retry) => backoffMs(retry, () => 0))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((retry) => backoffMs(retry, () => 0.999_999))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(20, () => 1)).toBe(RETRY_POLICY.maxBackoffMs);
  });
});
