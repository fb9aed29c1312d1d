import type { MainMessage, UiMessage } from '../messages.ts';

/** The UI's end of the plugin's message channel (figma-plugin/messages.ts has the transport). */
export interface PluginChannel {
  send(message: UiMessage): void;
  /** Calls `listener` with every message from the main thread until the returned function is called. */
  listen(listener: (message: MainMessage) => void): () => void;
}

/**
 * The channel of a plugin UI iframe: `parent.postMessage({ pluginMessage }, '*')` out, and
 * `event.data.pluginMessage` in. Events without a `pluginMessage` (other frames, extensions) are
 * ignored.
 */
export function createWindowChannel(win: Window = window): PluginChannel {
  return {
    send(message) {
      win.parent.postMessage({ pluginMessage: message }, '*');
    },
    listen(listener) {
      const onMessage = (event: MessageEvent<unknown>) => {
        const data = event.data;
        if (typeof data !== 'object' || data === null || !('pluginMessage' in data)) return;
        const message = data.pluginMessage;
        if (typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string') listener(message as MainMessage);
      };
      win.addEventListener('message', onMessage);
      return () => win.removeEventListener('message', onMessage);
    },
  };
}
