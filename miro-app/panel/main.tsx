/**
 * The Miro panel (app.html): the shared panel of ui/ with the Miro host. Miro's SDK is the
 * `miro` global of https://miro.com/app/static/sdk/v2/miro.js (app.html loads it; the
 * playground puts its fake in its place).
 */
import type { Miro } from '@mirohq/websdk-types';
import { render } from 'preact';
import { localeFromLanguages } from '../../ui/locale.ts';
import { PanelApp } from '../../ui/panel-app.tsx';
import { loadWebFont } from './load-web-font.ts';
import { createMiroHost } from './miro-host.ts';
import type { PanelBoard } from './panel-board.ts';

/** Shown when the page is opened without Miro's SDK (a plain tab, or the SDK did not load). */
const NO_MIRO = {
  ru: 'Эта панель работает внутри Miro. Без Miro её можно попробовать в песочнице: npm start → /playground/.',
  en: 'This panel runs inside Miro. To try it without Miro, use the playground: npm start → /playground/.',
} as const;

const root = document.getElementById('root');
const locale = localeFromLanguages(navigator.languages);
const sdk = (window as { miro?: Miro }).miro;

if (root && !sdk) {
  root.textContent = NO_MIRO[locale];
} else if (root && sdk) {
  // The SDK's own board, assigned to what the panel and the adapter use: the compiler checks it fits.
  const board: PanelBoard = sdk.board;
  const host = createMiroHost(board, () => import('./engine.ts'));
  render(<PanelApp host={host} initialLocale={locale} />, root);
  if (!new URLSearchParams(window.location.search).has('playground')) loadWebFont();
}
