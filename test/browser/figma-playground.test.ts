import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, openBrowserSession, screenshotPath, SKIP_MESSAGE } from './support/browser-session.ts';
import type { BrowserSession } from './support/browser-session.ts';

/**
 * The Figma plugin in real Chromium: its one-file UI (dist/figma-plugin/ui.html) in an iframe and
 * its main-thread code (figma-plugin/plugin/run-plugin.ts) on the fake `figma` of the playground's
 * FigJam tab, talking through `postMessage` as in Figma.
 */

if (!HAVE_CHROMIUM) console.warn(SKIP_MESSAGE);

/** The fake editor's viewport and page, as the tests read them from the playground page. */
const READ_PAGE = `(() => {
  const tab = document.querySelector('[data-testid="figjam-page"]');
  return tab ? tab.getAttribute('viewBox') : '';
})()`;

async function openFigjam(session: BrowserSession): Promise<{ page: Page; ui: FrameLocator }> {
  const page = await session.newPage();
  await page.goto(`${session.base}/playground/#figjam`);
  const ui = page.frameLocator('[data-testid="figma-ui"]');
  await ui.getByRole('button', { name: 'Generate' }).waitFor();
  return { page, ui };
}

describe.skipIf(!HAVE_CHROMIUM)('Figma UI in the playground (Chromium)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 120_000);
  afterAll(async () => session?.close());

  it('generates on the FigJam page, audits live after an edit and zooms to a clicked finding', async () => {
    const { page, ui } = await openFigjam(session);
    await ui.getByLabel('Template', { exact: true }).selectOption('race-basic');
    await ui.getByRole('button', { name: 'Generate' }).click();
    await ui.getByText(/The map is on the board \(\d+ items\)/u).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid="figjam-page"] [data-type="SECTION"]').count()).toBe(1);

    await ui.getByRole('tab', { name: /Audit/u }).click();
    const touchpoints = ui.locator('button[data-rule="missing-touchpoints"]');
    await touchpoints.first().waitFor({ timeout: 15_000 });
    const before = await touchpoints.count();
    const viewBefore = await page.evaluate<string>(READ_PAGE);
    await touchpoints.first().click();
    await expect.poll(() => page.evaluate<string>(READ_PAGE)).not.toBe(viewBefore);

    // A person adds a sticky where the view now is (the finding's cell): the live audit follows.
    await page.locator('#panel-figjam').getByPlaceholder('Sticky text').fill('Search ads');
    await page.locator('#panel-figjam').getByRole('button', { name: 'Add a sticky' }).click();
    await expect.poll(() => touchpoints.count(), { timeout: 15_000 }).toBe(before - 1);
    await page.close();
  }, 120_000);

  it('shows a sticky saying <img src=x onerror=alert(1)> as text, runs nothing, and fits its window', async () => {
    const { page, ui } = await openFigjam(session);
    await ui.getByRole('button', { name: 'Generate' }).click();
    await ui.getByText(/The map is on the board/u).waitFor({ timeout: 60_000 });
    const attack = '<img src=x onerror=alert(1)>';
    // Far from the map and with nothing selected: the sticky is an orphan, whose finding quotes it.
    await page.evaluate(`(() => {
      const { fake } = window.cjmPlayground.figjam;
      fake.figma.currentPage.selection = [];
      fake.api.viewport.center = { x: 30000, y: 30000 };
    })()`);
    await page.locator('#panel-figjam').getByPlaceholder('Sticky text').fill(attack);
    await page.locator('#panel-figjam').getByRole('button', { name: 'Add a sticky' }).click();
    await page.locator('#panel-figjam').getByText(attack).first().waitFor();
    await ui.getByRole('tab', { name: /Audit/u }).click();
    await ui.getByRole('button', { name: 'Audit now' }).click();
    await ui.getByText(attack, { exact: false }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate<number>('window.__cjmAlerts || 0')).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await ui.locator('img').count()).toBe(0);
    const frame = page.frames().find((f) => f.url().includes('/figma-plugin/ui.html'));
    expect(await frame?.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    await page.close();
  }, 120_000);

  it('is usable by keyboard, loads the example board with one click, and writes the README screenshot', async () => {
    const { page, ui } = await openFigjam(session);
    const frame = page.frames().find((f) => f.url().includes('/figma-plugin/ui.html'));
    if (!frame) throw new Error('no UI frame');
    await ui.locator('[role="tab"][aria-selected="true"]').focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      reached.push(await frame.evaluate<string>("(el => el ? el.tagName.toLowerCase() + ':' + (el.id || el.getAttribute('role') || (el.textContent || '').trim().slice(0, 20)) : '')(document.activeElement)"));
      await page.keyboard.press('Tab');
    }
    for (const wanted of ['select:cjm-locale', 'select:cjm-template', 'input:cjm-title', 'input:cjm-persona', 'button:Generate']) expect(reached).toContain(wanted);

    await page.locator('#panel-figjam').getByRole('button', { name: 'Load the example board' }).click();
    const ui2 = page.frameLocator('[data-testid="figma-ui"]');
    await ui2.getByRole('tab', { name: /Audit/u }).click();
    await ui2.locator('button[data-rule]').first().waitFor({ timeout: 20_000 });
    await page.locator('#panel-figjam').getByRole('button', { name: 'Show everything' }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('playground-figjam.png') });
    await page.close();
  }, 120_000);
});
