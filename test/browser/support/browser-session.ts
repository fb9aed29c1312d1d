import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../../playground/server/serve.ts';
import { buildFigmaPlugin, buildMiroApp, buildPlayground } from '../../../scripts/build/browser-targets.mjs';

/**
 * Debian's Chromium (PLATFORMS.md, "Browsers"): npm's own browser downloads cannot work here.
 * `CHROMIUM_PATH` points elsewhere.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when the browser tests can run; otherwise they are skipped with {@link SKIP_MESSAGE}. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM_PATH);

export const SKIP_MESSAGE = `Browser tests skipped: no Chromium at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH to a Chromium or Chrome binary.`;

/**
 * Where a test writes a playground screenshot: docs/ (for the README) with `UPDATE_SCREENSHOTS=1`
 * (`npm run screenshots`), else a temporary folder, so a plain `npm test` leaves git clean.
 */
export function screenshotPath(name: string): string {
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync('docs', { recursive: true });
    return join('docs', name);
  }
  return join(mkdtempSync(join(tmpdir(), 'cjm-shot-')), name);
}

/** The flags of PLATFORMS.md: no sandbox (root), and nothing that calls home on a closed network. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser, a server of a fresh build, and what was alerted, for one test file. */
export interface BrowserSession {
  readonly browser: Browser;
  readonly base: string;
  /** A new page that may reach only the server; `alert()` anywhere in it is counted, not shown. */
  newPage(options?: { width?: number; height?: number; locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Builds the browser code into a temporary folder (the same build as `npm run build`), serves it
 * with the playground's server on a free port and launches Chromium once.
 */
export async function openBrowserSession(): Promise<BrowserSession> {
  const root = mkdtempSync(join(tmpdir(), 'cjm-browser-'));
  await Promise.all([buildMiroApp(join(root, 'dist/miro-app')), buildFigmaPlugin(join(root, 'dist/figma-plugin')), buildPlayground(join(root, 'dist/playground'))]);
  symlinkSync(resolve('examples'), join(root, 'examples'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    const started = await startServer(root, 0);
    server = started.server;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  } catch (error) {
    server?.close();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const base = `http://localhost:${(server.address() as { port: number }).port}`;
  const openBrowser = browser;
  const openServer = server;
  return {
    browser: openBrowser,
    base,
    async newPage(options = {}) {
      const page = await openBrowser.newPage({ viewport: { width: options.width ?? 1400, height: options.height ?? 900 }, locale: options.locale ?? 'en-US' });
      // Nothing leaves the machine: a Google font the Miro panel asks for fails at once, as offline.
      await page.route(/^https?:\/\/(?!localhost[:/])/u, (route) => route.abort());
      // The page-level flag of the "board text is never run" check: every alert in any frame is counted.
      await page.addInitScript({ content: 'window.alert = function () { window.top.__cjmAlerts = (window.top.__cjmAlerts || 0) + 1; };' });
      return page;
    },
    async close() {
      await openBrowser.close();
      await new Promise<void>((done) => openServer.close(() => done()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
