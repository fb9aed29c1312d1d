/**
 * The plugin's entry in Figma's sandbox (built to dist/figma-plugin/main.js, es2017, no DOM):
 * `figma` and `__html__` (the inlined UI) are the sandbox's globals. Everything else is in
 * plugin/run-plugin.ts, which the tests drive with the fake editor.
 */
import type { PluginHostApi } from './plugin/run-plugin.ts';
import { runPlugin } from './plugin/run-plugin.ts';

// The adapter is typed with the typings' module form (plugin-api-standalone), whose `figma.mixed`
// is a different unique symbol from the global one: the same object, two names for its type.
runPlugin(figma as unknown as PluginHostApi, { html: __html__ });
