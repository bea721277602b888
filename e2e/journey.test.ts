import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from './app-in-browser';
import { E2E_ADMIN_TOKEN } from './app-server';
import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { apiAs, send, tokenOf } from './chat-page';

// One whole visit in a real browser, against the real server on a fresh PGlite: the steps build on
// each other, so they run in order in one test and leave a screenshot at each step.
describe('the chat demo and the admin dashboard in Chromium', () => {
  const { app, browser } = useAppInBrowser();

  it('a newcomer asks, clicks, rates, answers, gets a teaser, logs training; the admin sees the funnel', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    // Video links open YouTube searches: keep the closed network out of the test.
    await context.route(/youtube\.com/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>video</title>' }),
    );
    const page = await context.newPage();
    await page.goto(app().server.url);
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);
    await screenshot(page, '01-first-visit');

    await send(page, 'show me triangle escapes');
    await expect.poll(() => page.getByTestId('video-card').count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('profile-prompt').first().isVisible()).resolves.toBe(true);
    await screenshot(page, '02-videos');

    // Click the first video: the typed engagement.click mutation records it. Waiting for its
    // response, not its request, so that the click is stored before the check below starts.
    const clickCall = page.waitForResponse((r) => r.url().includes('engagement.click'));
    const popup = context.waitForEvent('page');
    await page.getByTestId('video-link').first().click();
    const clickResponse = await clickCall;
    expect(clickResponse.ok()).toBe(true);
    await (await popup).close();
    const engagementId = /"engagementId":"([^"]+)"/.exec(clickResponse.request().postData() ?? '')?.[1];
    expect(engagementId).toBeTruthy();
    const token = await tokenOf(page);
    const api = apiAs(app().server.url, token);
    const beforeCheck = Date.now();
    const { clickedAt } = await api.engagement.click.mutate({ engagementId: engagementId! });
    expect(clickedAt.getTime()).toBeLessThan(beforeCheck); // the browser's click came first and was kept

    await page.getByTestId('feedback-helpful').first().click();
    await expect.poll(() => page.getByTestId('feedback-helpful').first().getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, '03-clicked-and-rated');

    // Answer the belt question by tapping.
    await page.getByTestId('profile-prompt').last().getByTestId('profile-option').filter({ hasText: /blue/i }).click();
    await expect.poll(() => page.getByTestId('profile-completion').first().textContent()).toMatch(/25/);
    await screenshot(page, '04-profile-tapped');

    // The next request asks how often they train: answer by typing.
    await send(page, 'armbar escapes');
    const prompt = page.getByTestId('profile-prompt').last();
    await prompt.getByTestId('profile-free-text').fill('about 3 times a week');
    await prompt.getByTestId('profile-free-text').press('Enter');
    await expect.poll(() => page.getByTestId('profile-completion').last().textContent()).toMatch(/50/);
    await screenshot(page, '05-profile-typed');

    // Two more triangle questions: the third about triangles brings a pattern teaser.
    await send(page, 'triangle from closed guard');
    await send(page, 'triangles from guard, how do I finish them');
    await expect.poll(() => page.getByTestId('teaser-card').count()).toBe(1);
    await expect(page.getByTestId('teaser-card').textContent()).resolves.toMatch(/triangle/i);
    await screenshot(page, '06-teaser');

    await page.getByTestId('log-training').click();
    await page
      .getByTestId('log-training-input')
      .fill('Drilled triangles from closed guard for 20 minutes, then rolled 4 rounds');
    // Closing the form keeps the draft for when it is opened again.
    await page.getByTestId('log-training-input').press('Escape');
    await page.getByTestId('log-training').click();
    expect(await page.getByTestId('log-training-input').inputValue()).toBe(
      'Drilled triangles from closed guard for 20 minutes, then rolled 4 rounds',
    );
    await page.getByTestId('log-training-submit').click();
    await expect.poll(() => page.getByTestId('session-insight').count(), { timeout: 15_000 }).toBe(1);
    await expect(page.getByTestId('session-insight').textContent()).resolves.toMatch(/triangle/i);
    await screenshot(page, '07-session-insight');
    // The chat with every kind of reply so far — videos, questions, a teaser, a session — passes axe.
    expect(await seriousViolations(page)).toEqual([]);

    // Settings open as a popover and close when the user clicks elsewhere.
    await page.getByTestId('settings-toggle').click();
    await expect.poll(() => page.locator('#settings-panel').count()).toBe(1);
    await page.getByTestId('chat-input').click();
    await expect.poll(() => page.locator('#settings-panel').count()).toBe(0);

    // The same chat on a phone.
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, '08-phone');

    const admin = await context.newPage();
    await admin.goto(`${app().server.url}/admin`);
    await admin.getByTestId('admin-token-input').fill(E2E_ADMIN_TOKEN);
    await admin.getByTestId('admin-login').click();
    await expect.poll(() => admin.getByTestId('funnel-stage').count(), { timeout: 15_000 }).toBe(7);
    await expect(admin.getByTestId('funnel-chart').isVisible()).resolves.toBe(true);
    // Each row names its stage id and shows its count: read the number that follows the id.
    const stages = await admin.getByTestId('funnel-stage').allTextContents();
    const countOf = (stage: string) => {
      const row = stages.find((text) => text.includes(stage)) ?? '';
      return Number(/\D*(\d[\d,]*)/.exec(row.slice(row.indexOf(stage) + stage.length))?.[1]?.replace(/,/g, ''));
    };
    expect([
      countOf('total_users'),
      countOf('video_requesters'),
      countOf('received_profile_question'),
      countOf('received_pattern_teaser'),
      countOf('received_power_example'),
      countOf('logged_first_session'),
      countOf('power_users'),
    ]).toEqual([1, 1, 1, 1, 0, 1, 0]);
    await screenshot(admin, '09-admin');
    expect(await seriousViolations(admin)).toEqual([]);
    // The context stays open until the browser closes: a single-process Chromium (@sparticuz's)
    // exits with its last context, and the next test needs it.
  }, 180_000);

  /** The admin's typed client over HTTP, to check what the pages show against the API. */
  const adminApi = () => apiAs(app().server.url, E2E_ADMIN_TOKEN);

  /** The scripts a page loaded, with their source. */
  function scriptsOf(page: Page): () => Promise<string[]> {
    const responses: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') responses.push(r.text());
    });
    return () => Promise.all(responses);
  }

  it('every card and control a tester sees: an example, a nudge after a sweep, the tips switch, metrics, holdouts, the clock and the weekly view; axe finds nothing serious', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await context.route(/youtube\.com/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>video</title>' }),
    );
    const chat = await context.newPage();
    const chatScripts = scriptsOf(chat);
    await chat.goto(app().server.url);
    await expect.poll(() => chat.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);
    // A new guest: a single-process Chromium may hand this context the first visitor's storage.
    chat.once('dialog', (dialog) => void dialog.accept());
    await chat.getByTestId('start-over').click();
    await expect.poll(() => chat.getByTestId('message').count()).toBe(0);

    // The fifth request of someone who has not logged yet brings a power user's story.
    for (const query of ['armbar', 'kimura', 'omoplata', 'guillotine', 'darce']) await send(chat, query);
    await expect.poll(() => chat.getByTestId('example-card').count()).toBe(1);
    await expect(chat.getByTestId('example-card').textContent()).resolves.toMatch(/power user/i);
    await screenshot(chat, '10-power-user-example');
    expect(await seriousViolations(chat)).toEqual([]);
    // The chat never loads the charting library; the dashboard does.
    expect((await chatScripts()).some((source) => source.includes('recharts'))).toBe(false);

    const admin = await context.newPage();
    const adminScripts = scriptsOf(admin);
    await admin.goto(`${app().server.url}/admin`);
    await expect.poll(() => admin.getByTestId('admin-token-input').count()).toBe(1);
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, '11-token-gate');
    await admin.getByTestId('admin-token-input').fill(E2E_ADMIN_TOKEN);
    await admin.getByTestId('admin-login').click();
    await expect.poll(() => admin.getByTestId('funnel-stage').count(), { timeout: 15_000 }).toBe(7);

    // The metrics panel shows what analytics.metrics says.
    const metrics = await adminApi().analytics.metrics.query({});
    await expect.poll(() => admin.getByTestId('kpi-users').textContent()).toContain(String(metrics.users));
    await expect(admin.getByTestId('kpi-conversion').textContent()).resolves.toContain(
      `${((metrics.conversionRate ?? 0) * 100).toFixed(1)}%`,
    );
    await admin.locator('#enhancements-title').scrollIntoViewIfNeeded();
    await screenshot(admin, '12-metrics');

    // The clock moves a day; then the discovery sweep creates a nudge for the video-only user. The
    // example was shown in the week before the move (on a Sunday, that is not the week after it).
    const before = (await adminApi().clock.get.query()).now;
    const exampleWeek = (await adminApi().analytics.weekly.query({ weeks: 1 })).weeks.at(-1)!.week;
    await admin.getByRole('button', { name: '+1 day' }).click();
    await expect
      .poll(
        async () =>
          Date.parse((await admin.getByTestId('clock-now').locator('.muted').textContent()) ?? '') - before.getTime(),
      )
      .toBeGreaterThanOrEqual(24 * 3600 * 1000);
    await screenshot(admin, '13-clock');
    await admin.getByTestId('run-discovery_nudges').click();
    await expect.poll(() => admin.getByTestId('sweep-result').textContent()).toMatch(/created \d+/);
    expect(
      Number(/created (\d+)/.exec((await admin.getByTestId('sweep-result').textContent()) ?? '')?.[1]),
    ).toBeGreaterThan(0);
    await screenshot(admin, '14-sweep');

    await chat.bringToFront();
    await send(chat, 'anaconda');
    await expect.poll(() => chat.getByTestId('nudge-card').count()).toBe(1);
    await expect(chat.getByTestId('nudge-card').textContent()).resolves.toMatch(/log/i);
    await screenshot(chat, '15-nudge');

    // Tips off: the next reply has videos and nothing else.
    await chat.getByTestId('settings-toggle').click();
    await chat.getByTestId('tips-toggle').click();
    await expect.poll(() => chat.getByTestId('tips-toggle').isChecked()).toBe(false);
    await screenshot(chat, '16-tips-off');
    await chat.getByTestId('settings-toggle').click();
    const cards = () =>
      Promise.all(
        ['profile-prompt', 'teaser-card', 'example-card', 'nudge-card'].map((id) => chat.getByTestId(id).count()),
      );
    const touchpointsBefore = await cards();
    const videosBefore = await chat.getByTestId('video-card').count();
    await send(chat, 'heel hook');
    await expect.poll(() => chat.getByTestId('video-card').count()).toBeGreaterThan(videosBefore);
    expect(await cards()).toEqual(touchpointsBefore);

    // A holdout change, recorded with who made it.
    await admin.bringToFront();
    await admin.getByTestId('changed-by').fill('e2e tester');
    const teasers = admin.locator('[data-testid="experiment-row"][data-enhancement="pattern_teasers"]');
    await teasers.getByTestId('holdout-input').fill('25');
    await teasers.getByTestId('holdout-save').click();
    await expect
      .poll(() => admin.locator('.experiment-list + .subhead + .table-scroll tbody tr').first().textContent())
      .toMatch(/Pattern teasers\s*0% → 25%\s*e2e tester/);
    expect((await adminApi().experiments.list.query()).changes[0]).toMatchObject({
      enhancement: 'pattern_teasers',
      holdoutPercent: 25,
      changedBy: 'e2e tester',
    });
    await admin.locator('#experiments-title').scrollIntoViewIfNeeded();
    await screenshot(admin, '17-holdout-history');
    await admin.evaluate(() => window.scrollTo(0, 0));
    expect(await seriousViolations(admin)).toEqual([]);
    expect((await adminScripts()).some((source) => source.includes('recharts'))).toBe(true);

    // The weekly view: the success metrics against their targets, trends, examples ranked, the table, its CSV.
    await admin.getByTestId('view-weekly').click();
    await expect.poll(() => admin.getByTestId('success-metric').count(), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => admin.getByTestId('weekly-row').count()).toBe(12);
    const weekly = await adminApi().analytics.weekly.query({ weeks: 12 });
    const current = weekly.weeks.at(-1)!;
    const row = admin.locator(`[data-testid="weekly-row"][data-week="${current.week}"]`);
    await expect(row.textContent()).resolves.toContain(
      `${current.profileQuestions.asked} (${current.profileQuestions.users})`,
    );
    expect(weekly.weeks.find((w) => w.week === exampleWeek)?.examples.shown).toBeGreaterThanOrEqual(1);
    expect(current.nudges.shown).toBeGreaterThanOrEqual(1);
    await expect
      .poll(() => admin.getByTestId('touchpoint-chart').locator('.recharts-bar-rectangle').count())
      .toBeGreaterThan(0);
    await expect.poll(() => admin.getByTestId('rate-chart').count()).toBe(5);
    await expect.poll(() => admin.getByTestId('example-rank').count()).toBe(weekly.examples.length);
    expect(await admin.getByTestId('example-rank').first().getAttribute('data-example')).toBe(weekly.examples[0]!.id);
    const videoOnly = admin.locator('[data-testid="success-metric"][data-metric="videoOnlyConversion"]');
    await expect(videoOnly.textContent()).resolves.toMatch(/Baseline\s*15%.*Target\s*40–50%.*Actual/);
    await screenshot(admin, '18-weekly');
    expect(await seriousViolations(admin)).toEqual([]);

    const download = admin.waitForEvent('download');
    await admin.getByTestId('weekly-csv').click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(13);
    const header = lines[0]!.split(',');
    const last = lines.at(-1)!.split(',');
    const column = (name: string) => last[header.indexOf(name)];
    expect(column('week')).toBe(current.week);
    expect(Number(column('new_users'))).toBe(current.newUsers);
    expect(Number(column('examples_shown'))).toBe(current.examples.shown);
    expect(Number(column('nudges_shown'))).toBe(current.nudges.shown);
  }, 240_000);
});
