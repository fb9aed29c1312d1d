import { createFakeFigma } from '../../../figma-plugin/fake/index.ts';
import type { FakeFigma, FakeFigmaOptions } from '../../../figma-plugin/fake/index.ts';
import type { MainMessage, UiMessage } from '../../../figma-plugin/messages.ts';
import { runPlugin } from '../../../figma-plugin/plugin/run-plugin.ts';
import type { RunningPlugin } from '../../../figma-plugin/plugin/run-plugin.ts';

/** The plugin running on a fake editor, with the test playing its UI. */
export interface PluginHarness {
  readonly fake: FakeFigma;
  readonly plugin: RunningPlugin;
  /** Sends a message as the UI and waits until the plugin has handled it. */
  send(message: UiMessage | Record<string, unknown>): Promise<void>;
  /** Messages the plugin posted, in order. */
  readonly received: () => MainMessage[];
  /** The messages of one type. */
  ofType<T extends MainMessage['type']>(type: T): Extract<MainMessage, { type: T }>[];
  /** Waits (real time, bounded) until `test` holds. */
  until(test: () => boolean, what: string, timeoutMs?: number): Promise<void>;
}

/** Starts the plugin on a fake editor; the live audit waits `liveDelayMs` after the last edit. */
export function startPlugin(options: FakeFigmaOptions & { liveDelayMs?: number; realYields?: boolean } = {}): PluginHarness {
  const fake = createFakeFigma(options);
  const plugin = runPlugin(fake.figma, {
    html: '<p>ui</p>',
    liveDelayMs: options.liveDelayMs ?? 5,
    // Instant yields keep tests fast; real ones (a timer turn) let UI messages in mid-run.
    ...(options.realYields ? {} : { yieldToEditor: () => Promise.resolve() }),
  });
  const received = () => fake.ui.sent as MainMessage[];
  return {
    fake,
    plugin,
    async send(message) {
      await fake.ui.send(message);
      await plugin.idle();
    },
    received,
    ofType: <T extends MainMessage['type']>(type: T) => received().filter((m): m is Extract<MainMessage, { type: T }> => m.type === type),
    async until(test, what, timeoutMs = 2000) {
      const start = Date.now();
      while (!test()) {
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
        fake.flushEvents();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}
