import type { MessageEventHandler, ShowUIOptions } from '@figma/plugin-typings/plugin-api-standalone';

/**
 * Checks that a message is what `figma.ui.postMessage` can send: plain data only — objects,
 * arrays, strings, numbers, booleans, null, undefined, Date and Uint8Array. Functions, Maps and
 * class instances would not arrive as they were sent (docs/figma-plugin-api.md, "UI and
 * messages"), so the fake refuses them.
 */
function assertPlainData(value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return;
  if (type !== 'object') throw new Error(`postMessage: ${path} is a ${type}, which cannot be sent to the UI`);
  // Tags, not instanceof: the sandbox is another realm with its own Date and Object.
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]' || tag === '[object Uint8Array]') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertPlainData(item, `${path}[${i}]`));
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  // A plain object's prototype is its realm's Object.prototype, which has no prototype itself.
  if (proto !== null && Object.getPrototypeOf(proto) !== null) {
    throw new Error(`postMessage: ${path} is a ${(value).constructor?.name ?? 'class instance'}, which loses its prototype on the way to the UI`);
  }
  for (const [key, item] of Object.entries(value)) assertPlainData(item, `${path}.${key}`);
}

/** A structured copy of plain data (checked by `assertPlainData`): Dates and byte arrays stay what they are. */
function copyPlainData(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') return new Date((value as Date).getTime());
  if (tag === '[object Uint8Array]') return new Uint8Array(value as Uint8Array);
  if (Array.isArray(value)) return value.map(copyPlainData);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyPlainData(item)]));
}

/**
 * `figma.ui` and the UI's side of the channel. The plugin calls `showUI`, `postMessage`,
 * `onmessage`; a test (or the playground) plays the UI with `send` and reads `sent`.
 */
export class FakeUi {
  /** What `figma.showUI` was called with, once it was. */
  shown: { readonly html: string; readonly options: ShowUIOptions } | undefined;
  visible = false;
  closed = false;
  size: { width: number; height: number } = { width: 300, height: 200 };
  /** Every message the plugin posted to the UI, in order. */
  readonly sent: unknown[] = [];
  readonly #listeners = new Set<(message: unknown) => void>();
  readonly #handlers = new Set<MessageEventHandler>();
  onmessage: MessageEventHandler | undefined;

  show(html: string, options: ShowUIOptions = {}): void {
    this.shown = { html, options: { ...options } };
    this.visible = options.visible !== false;
    this.closed = false;
    if (options.width !== undefined || options.height !== undefined) {
      this.size = { width: options.width ?? this.size.width, height: options.height ?? this.size.height };
    }
  }

  /** `figma.ui.postMessage`: the message as the UI receives it (a structured copy). */
  postMessage(message: unknown): void {
    if (!this.shown || this.closed) throw new Error('postMessage: no UI is open (call figma.showUI first)');
    assertPlainData(message, 'message');
    const copy = copyPlainData(message);
    this.sent.push(copy);
    for (const listener of [...this.#listeners]) listener(copy);
  }

  on(type: 'message', handler: MessageEventHandler): void {
    if (type === 'message') this.#handlers.add(handler);
  }

  off(type: 'message', handler: MessageEventHandler): void {
    if (type === 'message') this.#handlers.delete(handler);
  }

  once(type: 'message', handler: MessageEventHandler): void {
    const wrapper: MessageEventHandler = (message, props) => {
      this.off(type, wrapper);
      handler(message, props);
    };
    this.on(type, wrapper);
  }

  resize(width: number, height: number): void {
    this.size = { width: Math.max(70, width), height: Math.max(0, height) };
  }

  hide(): void {
    this.visible = false;
  }

  close(): void {
    this.closed = true;
    this.visible = false;
  }

  // ── the UI's side ──

  /** Calls `listener` with every message the plugin posts from now on; returns the unsubscribe. */
  listen(listener: (message: unknown) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Sends a message from the UI to the plugin, as `parent.postMessage({ pluginMessage }, '*')`
   * does: it arrives on a later turn of the event loop. Resolves once the plugin's handlers have
   * returned (and their promises settled), so tests can await the plugin's reaction.
   */
  async send(message: unknown): Promise<void> {
    if (this.closed) throw new Error('send: the UI is closed');
    const copy: unknown = JSON.parse(JSON.stringify(message));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const results: unknown[] = [];
    const props = { origin: 'null' };
    if (this.onmessage) results.push(this.onmessage(copy, props));
    for (const handler of [...this.#handlers]) results.push(handler(copy, props));
    await Promise.all(results);
  }

  /** The messages posted so far whose `type` is `type`. */
  sentOfType<T extends { type: string }>(type: T['type']): T[] {
    return this.sent.filter((m): m is T => typeof m === 'object' && m !== null && (m as { type?: unknown }).type === type);
  }
}
