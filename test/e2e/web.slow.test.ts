/**
 * Web dashboard end to end
 *
 * Real chromium (Debian's, through playwright-core) against the real server on loopback with a demo
 * workspace: sign in, overview with the graph canvas drawn (pixels checked) and its time to
 * interactive, sorting leaders, a person's map (rhythm and topics), a marker test on a Russian
 * sentence, planning and simulating a campaign, switching language, the admin pages, and a viewer
 * refused person-level pages. Every page's screenshot is saved under
 * `test-artifacts/web/` and checked for being blank.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/index.js';
import { ARTIFACTS, hasChromium, launchBrowser, pixelStats, snapshot } from './web-browser.js';
import { PASSWORD, startWebServer } from './web-server.js';
import { createDemoWorkspace, type DemoWorkspace } from './web-workspace.js';

/** People in the demo; `SOCIOGRAM_WEB_E2E_PEOPLE=600` measures the overview on a larger one. */
const DEMO_PEOPLE = Number(process.env.SOCIOGRAM_WEB_E2E_PEOPLE ?? 150);
const skipReason = hasChromium()
  ? null
  : 'web e2e skipped: /usr/bin/chromium is absent (apt-get install chromium; .ci/run installs it)';
if (skipReason) console.warn(skipReason);

let browser: Browser;
let demo: DemoWorkspace;
let running: RunningServer;
const timings: Record<string, number> = {};

async function signIn(context: BrowserContext, role: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(running.url);
  await page.getByLabel(/User name|Имя пользователя/).fill(`e2e-${role}`);
  await page.getByLabel(/^(Password|Пароль)$/).fill(PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|Войти)$/ }).click();
  await page.getByRole('navigation').waitFor();
  return page;
}

async function expectNotBlank(page: Page, name: string): Promise<void> {
  const stats = await snapshot(browser, page, name);
  expect(stats.stddev, `${name} screenshot looks blank`).toBeGreaterThan(8);
}

/** Waits until the graph canvas shows drawn nodes (coloured pixels), returns when it did. */
async function waitForDrawnGraph(page: Page, selector: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const png = await page.locator(selector).screenshot();
    const stats = await pixelStats(browser, png);
    if (stats.coloured > 0.002 && stats.stddev > 5) return Date.now();
    if (Date.now() - started > timeoutMs) throw new Error(`graph not drawn: ${JSON.stringify(stats)}`);
    await page.waitForTimeout(100);
  }
}

describe.skipIf(skipReason !== null)('web dashboard in chromium', () => {
  beforeAll(async () => {
    if (!existsSync(join(process.cwd(), 'dist', 'web', 'index.html'))) {
      spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
    }
    let t = Date.now();
    demo = await createDemoWorkspace(DEMO_PEOPLE);
    timings.workspaceMs = Date.now() - t;
    console.warn(`web e2e: demo workspace from ${demo.source} in ${timings.workspaceMs} ms`);
    t = Date.now();
    running = await startWebServer(demo.workspace);
    browser = await launchBrowser();
    timings.serverAndBrowserMs = Date.now() - t;
  }, 180_000);

  afterAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(
      join(ARTIFACTS, 'timings.json'),
      JSON.stringify({ source: demo?.source, ...timings }, null, 2),
    );
    await browser?.close();
    await running?.close();
    await demo?.close();
  });

  it('signs in and draws the overview graph (time to interactive measured)', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'analyst');
    await expectNotBlank(page, '00-after-login');
    // Time to interactive: a fresh load of the overview until the map is drawn and search answers.
    const started = Date.now();
    await page.reload();
    await page.getByTestId('graph-canvas').locator('canvas').first().waitFor();
    const drawn = await waitForDrawnGraph(page, '[data-testid="graph-canvas"]', 30_000);
    await page.getByTestId('person-search').fill('P');
    await page.locator('.search-results [role="option"]').first().waitFor();
    timings.overviewTimeToInteractiveMs = Date.now() - started;
    timings.overviewGraphDrawnMs = drawn - started;
    const navigation = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return { domInteractive: nav.domInteractive, loadEventEnd: nav.loadEventEnd };
    });
    timings.overviewDomInteractiveMs = Math.round(navigation.domInteractive);
    // The page's own marks (performance.now since navigation): map first drawn, layout settled.
    const mark = (name: string) =>
      page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
    await expect.poll(() => mark('sociogram:overview-interactive')).not.toBeNull();
    timings.overviewInteractiveMarkMs = Math.round((await mark('sociogram:overview-interactive')) ?? 0);
    const settledAt = await mark('sociogram:overview-settled');
    if (settledAt !== null) timings.overviewLayoutSettledMarkMs = Math.round(settledAt);
    timings.demoPeople = DEMO_PEOPLE;
    await expect.poll(() => page.getByTestId('figure-people').textContent()).not.toBe('—');
    await expect.poll(() => page.getByTestId('figure-messages').textContent()).toMatch(/\d/);
    await page.getByTestId('person-search').fill('');
    await expectNotBlank(page, '01-overview');
    await context.close();
  }, 120_000);

  it('sorts leaders by score and opens a person map', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'analyst');
    await page.goto(`${running.url}/#/leaders`);
    const table = page.getByTestId('leaders-table');
    await table.waitFor();
    const scoreHeader = table.locator('th', { has: page.locator('[data-sort="score"]') });
    await page.locator('[data-sort="score"]').click();
    await expect.poll(() => scoreHeader.getAttribute('aria-sort')).toBe('descending');
    await page.locator('[data-sort="score"]').click();
    await expect.poll(() => scoreHeader.getAttribute('aria-sort')).toBe('ascending');
    const ranks = (await table.locator('tbody tr td:first-child').allTextContents()).map(Number);
    expect(ranks[0]).toBeGreaterThan(ranks[ranks.length - 1]);
    await expectNotBlank(page, '02-leaders');
    await page.getByRole('button', { name: 'Nominal vs actual' }).click();
    await expectNotBlank(page, '03-leaders-nominal');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('[data-sort="rank"]').click();
    await table.locator('tbody tr a').first().click();
    await page.getByTestId('contacts').waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Person /);
    // The communication map from the server: a 7 × 24 rhythm with activity, and a topic mix.
    const heatmap = page.locator('svg.heatmap');
    await heatmap.waitFor();
    const cells = await heatmap.locator('rect title').allTextContents();
    expect(cells.length).toBe(7 * 24);
    expect(cells.some((c) => !c.endsWith('— 0'))).toBe(true);
    await expect.poll(() => page.getByTestId('person-topics').locator('li').count()).toBeGreaterThan(0);
    await waitForDrawnGraph(page, '.ego-card [data-testid="graph-canvas"]', 30_000);
    await expectNotBlank(page, '04-person');
    await context.close();
  }, 150_000);

  it('shows groups, tests markers on a Russian sentence, plans and simulates a campaign', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'analyst');
    await page.goto(`${running.url}/#/groups`);
    await page.getByTestId('group-card').first().waitFor();
    await expectNotBlank(page, '05-groups');
    await page.goto(`${running.url}/#/markers`);
    await page.getByTestId('rerun').click();
    await page.getByTestId('job-done').or(page.getByRole('alert')).first().waitFor({ timeout: 60_000 });
    await page.getByTestId('marker-sentence').fill('Голосование по благоустройству двора');
    const result = page.getByTestId('marker-result');
    await result.waitFor({ timeout: 30_000 });
    await expect.poll(() => result.textContent()).toMatch(/Голосование.*голосова/);
    await expectNotBlank(page, '06-markers');
    await page.goto(`${running.url}/#/campaigns`);
    let t = Date.now();
    await page.getByTestId('plan-submit').click();
    await page.getByTestId('ambassadors').waitFor({ timeout: 60_000 });
    timings.campaignPlanMs = Date.now() - t;
    await page.getByLabel('Runs').fill('300');
    t = Date.now();
    await page.getByTestId('simulate').click();
    const reach = page.getByTestId('simulated-reach');
    await reach.waitFor({ timeout: 60_000 });
    timings.campaignSimulateMs = Date.now() - t;
    await expect
      .poll(() => reach.textContent())
      .toMatch(/Expected reach [\d.,]+ people \(95% CI [\d.,]+–[\d.,]+\)/);
    await expectNotBlank(page, '07-campaigns');
    await context.close();
  }, 150_000);

  it('defaults to Russian for a Russian browser and switches language', async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'admin');
    await expect.poll(() => page.getByRole('navigation').textContent()).toContain('Обзор');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.goto(`${running.url}/#/admin`);
    await page.getByTestId('audit').waitFor({ timeout: 60_000 });
    await expectNotBlank(page, '08-admin-ru');
    await page.getByTestId('lang-switch').selectOption('en');
    await expect.poll(() => page.getByRole('navigation').textContent()).toContain('Overview');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNotBlank(page, '09-admin-en');
    await context.close();
  }, 120_000);

  it('refuses a viewer person-level pages and shows the group map instead', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    const page = await signIn(context, 'viewer');
    await waitForDrawnGraph(page, '[data-testid="graph-canvas"]', 30_000);
    await expectNotBlank(page, '10-viewer-overview');
    const leader = await page.evaluate(async () => {
      const r = await fetch('/api/leaders?limit=1');
      return ((await r.json()) as { items: { id: string }[] }).items[0].id;
    });
    await page.goto(`${running.url}/#/people/${encodeURIComponent(leader)}`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('may not see this page');
    await expectNotBlank(page, '11-viewer-refused');
    await context.close();
  }, 120_000);
});
