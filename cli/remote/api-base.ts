import { InputError } from '../../core/index.ts';
import type { RemotePlatform } from './remote-platforms.ts';

/** Hosts a plain-http API address may name: this machine only. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The address of a platform's API, without a trailing slash: the production one, or the one
 * `CJM_MIRO_API` / `CJM_FIGMA_API` names (a test emulation, a proxy). Plain http is allowed only
 * to this machine, so an override can never send the token unencrypted over a network.
 *
 * @throws InputError when the override is no http(s) address or is http to another host.
 */
export function resolveApiBase(platform: RemotePlatform, env: Readonly<Record<string, string | undefined>>): string {
  const override = env[platform.baseEnv]?.trim();
  if (!override) return platform.defaultBase;
  let url: URL;
  try {
    url = new URL(override);
  } catch {
    throw new InputError(`not a web address: expected https://… (or http://127.0.0.1:PORT for a local emulation)`, platform.baseEnv);
  }
  const secure = url.protocol === 'https:';
  const local = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (!secure && !local) {
    throw new InputError('must be an https:// address (http:// only to 127.0.0.1 or localhost), so the token never travels unencrypted', platform.baseEnv);
  }
  if (url.search !== '' || url.hash !== '') throw new InputError('must be a plain address, without ? or #', platform.baseEnv);
  return `${url.origin}${url.pathname}`.replace(/\/+$/u, '');
}
