import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import type { FakeFigma } from '../../figma-plugin/fake/index.ts';
import { runPlugin } from '../../figma-plugin/plugin/run-plugin.ts';
import type { RunningPlugin } from '../../figma-plugin/plugin/run-plugin.ts';

/** The emulated FigJam editor with the plugin's main code running in it. */
export interface FigjamSession {
  readonly fake: FakeFigma;
  readonly plugin: RunningPlugin;
  /**
   * Connects the plugin's UI (an iframe of dist/figma-plugin/ui.html) as Figma does: the UI's
   * `parent.postMessage({ pluginMessage })` reaches `figma.ui.onmessage`, and
   * `figma.ui.postMessage` arrives in the UI as `event.data.pluginMessage`. Messages are copied on
   * the way (structured clone), as between Figma's sandbox and the UI's iframe.
   */
  connect(frame: HTMLIFrameElement): () => void;
  dispose(): void;
}

/**
 * Starts the plugin's main thread (figma-plugin/plugin/run-plugin.ts, the code main.ts runs in
 * Figma's sandbox) against the fake `figma` of figma-plugin/fake, on an empty FigJam page or on
 * a Figma REST export.
 */
export function startFigjamSession(file?: unknown): FigjamSession {
  const fake = createFakeFigma({ editor: 'figjam', command: 'new-map', ...(file === undefined ? {} : { file }) });
  const plugin = runPlugin(fake.figma, { html: '' });
  let disconnect: (() => void) | undefined;
  return {
    fake,
    plugin,
    connect(frame) {
      disconnect?.();
      const pending: unknown[] = [];
      let ready = false;
      const toUi = (message: unknown) => {
        if (!ready || !frame.contentWindow) pending.push(message);
        else frame.contentWindow.postMessage({ pluginMessage: message }, '*');
      };
      const stopListening = fake.ui.listen(toUi);
      const fromUi = (event: MessageEvent<unknown>) => {
        if (event.source !== frame.contentWindow) return;
        const data = event.data;
        if (typeof data !== 'object' || data === null || !('pluginMessage' in data)) return;
        // Until the UI speaks it may not listen yet: what the plugin said before waits for it.
        ready = true;
        for (const message of pending.splice(0)) frame.contentWindow?.postMessage({ pluginMessage: message }, '*');
        void fake.ui.send(data.pluginMessage);
      };
      window.addEventListener('message', fromUi);
      disconnect = () => {
        stopListening();
        window.removeEventListener('message', fromUi);
      };
      return disconnect;
    },
    dispose() {
      disconnect?.();
      plugin.dispose();
    },
  };
}
