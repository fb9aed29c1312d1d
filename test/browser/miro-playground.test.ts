import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, openBrowserSession, screenshotPath, SKIP_MESSAGE } from './support/browser-session.ts';
import type { BrowserSession } from './support/browser-session.ts';

/**
 * The Miro panel in real Chromium, on the playground's emulated board (the fake of miro-app/fake
 * in place of Miro's SDK): generate → edit → live audit → click a finding, board text that stays
 * text, Miro's panel width, the keyboard, and the README's screenshot.
 */

if (!HAVE_CHROMIUM) console.warn(SKIP_MESSAGE);

/** What the tests read from the playground page: the fake board the panel uses. */
interface FakeView {
  viewport: { x: number; y: number; width: number; height: number };
  items: { id: string; type: string; content?: string }[];
  selection: string[];
}

async function boardState(page: Page): Promise<FakeView> {
  return page.evaluate(() => {
    const fake = (globalThis as unknown as { cjmPlayground: { miro: { fake: { state: { viewport: FakeView['viewport']; items: Map<string, { id: string; type: string; content?: string }>; selection: string[] } } } } }).cjmPlayground.miro.fake;
    return { viewport: { ...fake.state.viewport }, items: [...fake.state.items.values()].map((r) => ({ id: r.id, type: r.type, ...(r.content === undefined ? {} : { content: r.content }) })), selection: [...fake.state.selection] };
  });
}

async function openPlayground(session: BrowserSession, query = ''): Promise<{ page: Page; panel: FrameLocator }> {
  const page = await session.newPage();
  await page.goto(`${session.base}/playground/${query}`);
  const panel = page.frameLocator('[data-testid="miro-panel"]');
  await panel.getByRole('button', { name: 'Generate' }).waitFor();
  await page.getByTestId('miro-board').waitFor();
  return { page, panel };
}

describe.skipIf(!HAVE_CHROMIUM)('Miro panel in the playground (Chromium)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 120_000);
  afterAll(async () => session?.close());

  it('cancels a generation mid-way and leaves nothing on the board', async () => {
    // Slow SDK calls, so the progress bar and Cancel can be seen and used: a round of calls
    // outlasts a click even on a loaded machine (at 150 ms the map could be done before the
    // click landed, and then there is nothing to cancel).
    const { page, panel } = await openPlayground(session, '?latency=600');
    // A template with example notes: enough items for a cancel to land mid-way.
    await panel.getByLabel('Template', { exact: true }).selectOption('b2b-saas');
    await expect.poll(() => panel.getByRole('checkbox', { name: 'With example notes' }).isChecked()).toBe(true);
    await panel.getByRole('button', { name: 'Generate' }).click();
    await panel.getByRole('progressbar').waitFor();
    await expect.poll(async () => (await boardState(page)).items.length, { timeout: 15_000 }).toBeGreaterThan(3);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByText('Cancelled: nothing was left on the board.').waitFor({ timeout: 20_000 });
    expect((await boardState(page)).items).toEqual([]);
    await page.close();
  });

  it('generates with progress, audits live after an edit, and zooms to a clicked finding', async () => {
    const { page, panel } = await openPlayground(session, '?latency=150');
    await panel.getByLabel('Template', { exact: true }).selectOption('b2b-saas');
    await expect.poll(() => panel.getByRole('checkbox', { name: 'With example notes' }).isChecked()).toBe(true);
    // A map without example notes: its gaps are what the audit is about.
    await panel.getByText('With example notes').click();
    await expect.poll(() => panel.getByRole('checkbox', { name: 'With example notes' }).isChecked()).toBe(false);
    await panel.getByRole('button', { name: 'Generate' }).click();
    await panel.getByRole('progressbar').waitFor();
    await panel.getByText(/The map is on the board \(\d+ items\)/u).waitFor({ timeout: 60_000 });
    const afterGenerate = await boardState(page);
    expect(afterGenerate.items.filter((item) => item.type === 'frame')).toHaveLength(1);
    // The board view draws every item of the fake.
    expect(await page.locator('[data-testid="miro-board"] [data-id]').count()).toBe(afterGenerate.items.filter((i) => ['frame', 'shape', 'text', 'sticky_note'].includes(i.type)).length);

    await panel.getByRole('tab', { name: /Audit/u }).click();
    const counts = panel.getByTestId('finding-counts');
    await expect.poll(() => counts.textContent()).toMatch(/^5 errors|^\d+ errors/u);
    const before = Number(/^(\d+) error/u.exec((await counts.textContent()) ?? '')?.[1]);
    const touchpointFindings = panel.locator('button[data-rule="missing-touchpoints"]');
    const touchpointsBefore = await touchpointFindings.count();
    expect(touchpointsBefore).toBeGreaterThan(0);

    // Click a finding: the board shows its cell.
    const viewBefore = afterGenerate.viewport;
    await touchpointFindings.first().click();
    await expect.poll(async () => (await boardState(page)).viewport).not.toEqual(viewBefore);
    const cellView = (await boardState(page)).viewport;
    expect(cellView.width).toBeLessThan(viewBefore.width);

    // Add a sticky in that cell (the toolbar puts it in the middle of the view): the live audit
    // drops the finding without a click in the panel.
    await page.getByPlaceholder('Sticky text').fill('Website and newsletter');
    await page.getByRole('button', { name: 'Add a sticky' }).click();
    await expect.poll(() => touchpointFindings.count(), { timeout: 15_000 }).toBe(touchpointsBefore - 1);
    const after = Number(/^(\d+) error/u.exec((await counts.textContent()) ?? '')?.[1]);
    expect(after).toBe(before - 1);

    // Drag the sticky out of the grid: the finding comes back, and the note is an orphan.
    const sticky = (await boardState(page)).items.find((item) => item.content?.includes('Website and newsletter'));
    expect(sticky).toBeDefined();
    const box = await page.locator(`[data-id="${sticky?.id}"]`).boundingBox();
    if (!box) throw new Error('the sticky is not drawn');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y - 600, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => touchpointFindings.count(), { timeout: 15_000 }).toBe(touchpointsBefore);
    await page.close();
  }, 120_000);

  it('shows a sticky saying <img src=x onerror=alert(1)> as text and runs nothing', async () => {
    const { page, panel } = await openPlayground(session);
    await panel.getByRole('button', { name: 'Generate' }).click();
    await panel.getByText(/The map is on the board/u).waitFor({ timeout: 60_000 });
    const attack = '<img src=x onerror=alert(1)>';
    // Far outside the map: it becomes an orphan, whose finding quotes the text in the panel.
    await page.evaluate(() => {
      const fake = (globalThis as unknown as { cjmPlayground: { miro: { fake: { person: { setViewport(v: object): void } } } } }).cjmPlayground.miro.fake;
      fake.person.setViewport({ x: 20_000, y: 20_000, width: 1600, height: 900 });
    });
    await page.getByPlaceholder('Sticky text').fill(attack);
    await page.getByRole('button', { name: 'Add a sticky' }).click();
    await panel.getByRole('tab', { name: /Audit/u }).click();
    await page.getByText(attack).first().waitFor();
    await panel.getByText(attack, { exact: false }).first().waitFor({ timeout: 15_000 });
    // Give a broken image's onerror every chance to fire.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (globalThis as { __cjmAlerts?: number }).__cjmAlerts ?? 0)).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await panel.locator('img').count()).toBe(0);
    const stored = (await boardState(page)).items.find((item) => item.content?.includes('onerror'));
    expect(stored?.content).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    await page.close();
  }, 120_000);

  it('fits Miro’s panel width and is usable by keyboard alone', async () => {
    const { page, panel } = await openPlayground(session);
    const frame = page.frames().find((f) => f.url().includes('/app.html'));
    if (!frame) throw new Error('no panel frame');
    // Page code as strings: this file is compiled for Node, without the DOM's types.
    const noHorizontalScroll = () => frame.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');
    expect(await frame.evaluate<number>('document.documentElement.clientWidth')).toBeLessThanOrEqual(320);
    expect(await noHorizontalScroll()).toBe(true);
    // Mirotone's look without its web font: styles applied, the system font in its place.
    expect(await frame.evaluate<string>("getComputedStyle(document.querySelector('.button-primary')).backgroundColor")).not.toBe('rgba(0, 0, 0, 0)');

    // Tab from the top of the panel reaches every control of the form, in order.
    await panel.locator('[role="tab"][aria-selected="true"]').focus();
    const reached: string[] = [];
    for (let i = 0; i < 14; i++) {
      reached.push(
        await frame.evaluate<string>(
          "(el => el ? el.tagName.toLowerCase() + ':' + (el.id || el.getAttribute('role') || (el.textContent || '').trim().slice(0, 20)) : '')(document.activeElement)",
        ),
      );
      await page.keyboard.press('Tab');
    }
    for (const wanted of ['button:cjm-tab-create', 'select:cjm-locale', 'select:cjm-template', 'input:cjm-title', 'input:cjm-persona', 'button:Generate']) expect(reached).toContain(wanted);

    // Arrow keys move between tabs; Enter generates; a finding opens with Enter.
    await panel.locator('#cjm-title').focus();
    await page.keyboard.type('Keyboard map');
    await page.keyboard.press('Enter');
    await panel.getByText(/The map is on the board/u).waitFor({ timeout: 60_000 });
    await panel.locator('[role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => panel.locator('[role="tab"][aria-selected="true"]').textContent()).toMatch(/^Audit/u);
    const finding = panel.locator('button[data-rule="missing-touchpoints"]').first();
    await finding.waitFor();
    const before = (await boardState(page)).viewport;
    await finding.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await boardState(page)).viewport).not.toEqual(before);
    for (const tab of ['Audit', 'Export']) {
      await panel.getByRole('tab', { name: new RegExp(`^${tab}`, 'u') }).click();
      expect(await noHorizontalScroll()).toBe(true);
    }
    await page.close();
  }, 120_000);

  it('loads the example hand-made board with one click and lists its gaps; writes the README screenshot', async () => {
    const { page, panel } = await openPlayground(session);
    await page.getByRole('button', { name: 'Load the example board' }).click();
    await expect.poll(async () => (await boardState(page)).items.length).toBeGreaterThan(50);
    await panel.getByRole('tab', { name: /Audit/u }).click();
    await panel.locator('button[data-rule]').first().waitFor({ timeout: 15_000 });
    expect(await panel.locator('h3').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('playground-miro.png') });
    await page.close();
  }, 120_000);

  it('sends a plain tab that opens the Miro app’s headless entry to the playground', async () => {
    const page = await session.newPage();
    await page.goto(`${session.base}/`);
    await page.waitForURL(/\/playground\/$/u);
    await page.getByTestId('miro-board').waitFor();
    await page.close();
  }, 60_000);
});
