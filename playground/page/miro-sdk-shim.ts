/**
 * Miro's SDK, played by the fake (miro-app/fake), for the panel inside the playground: the server
 * puts this script where app.html loads https://miro.com/app/static/sdk/v2/miro.js
 * (`/app.html?playground`). The fake lives in the panel's own window, so everything the panel
 * gets from `miro.board` (items, errors, promises) is of the panel's realm, as with the real SDK;
 * the playground page around it draws the same fake and plays the person editing the board.
 */
import { FakeMiro, loadMiroRest } from '../../miro-app/fake/index.ts';
import type { PlaygroundWindow } from './playground-window.ts';

/** Every SDK call takes this long: enough to watch the progress bar, short enough not to bore. */
const DEFAULT_LATENCY_MS = 8;

/** `?latency=MS` on the playground's address slows the fake down (to watch, or to cancel in a test). */
function latencyFromQuery(): number {
  const raw = new URLSearchParams(window.location.search).get('latency');
  const value = raw === null ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 5000 ? value : DEFAULT_LATENCY_MS;
}

const fake = new FakeMiro({ latencyMs: latencyFromQuery() });
Object.assign(window, { miro: { board: fake.board } });
const host = window.parent as PlaygroundWindow;
host.cjmPlayground?.attachMiro({ fake, loadMiroRest });
