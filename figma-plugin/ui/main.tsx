import { render } from 'preact';
import type { Locale } from '../../core/index.ts';
import { localeFromLanguages } from '../../ui/locale.ts';
import { PanelApp } from '../../ui/panel-app.tsx';
import type { PluginCommand } from '../messages.ts';
import { createFigmaHost } from './figma-host.ts';
import { createWindowChannel } from './plugin-channel.ts';

/** The tab each menu command opens on (manifest.json `menu`). */
const TAB_OF_COMMAND: Readonly<Record<PluginCommand, 'create' | 'audit' | 'export'>> = { 'new-map': 'create', audit: 'audit', export: 'export' };

/** How long the UI waits for the main thread's `init` before it shows the first tab anyway. */
const INIT_WAIT_MS = 1500;

// The panel sets <html lang> to its language; error words follow it.
const currentLocale = (): Locale => (document.documentElement.lang === 'ru' ? 'ru' : 'en');
const host = createFigmaHost(createWindowChannel(), currentLocale);
const root = document.getElementById('root');
const initialLocale = localeFromLanguages(navigator.languages);

void Promise.race([host.ready, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), INIT_WAIT_MS))]).then((init) => {
  if (root) render(<PanelApp host={host} initialLocale={initialLocale} initialTab={init ? TAB_OF_COMMAND[init.command] : 'create'} />, root);
});
