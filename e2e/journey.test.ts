import type { AppRouter } from '@profos/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { Browser, Page } from 'playwright-core';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ADMIN_TOKEN, startApp } from './app-server';
import { launchBrowser, screenshot } from './browser';
import { startAll } from './start-all';

// One whole visit in a real browser, against the real server on a fresh PGlite: the steps build on
// each other, so they run in order in one test and leave a screenshot at each step.
describe('the chat demo and the admin dashboard in Chromium', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  let stopAll: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const started = await startAll(
      async () => {
        const value = await startApp();
        return { value, stop: value.stop };
      },
      async () => {
        const value = await launchBrowser();
        return { value, stop: () => value.close() };
      },
    );
    [app, browser] = started.values;
    stopAll = started.stop;
  }, 180_000);
  afterAll(() => stopAll?.());

  async function send(page: Page, text: string) {
    const replies = await page.getByTestId('message').count();
    await page.getByTestId('chat-input').fill(text);
    await page.getByTestId('chat-send').click();
    // The user's bubble and Prof. OS's reply.
    await expect
      .poll(() => page.getByTestId('message').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(replies + 2);
  }

  it('a newcomer asks, clicks, rates, answers, gets a teaser, logs training; the admin sees the funnel', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Video links open YouTube searches: keep the closed network out of the test.
    await context.route(/youtube\.com/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>video</title>' }),
    );
    const page = await context.newPage();
    await page.goto(app.server.url);
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);
    await screenshot(page, '01-first-visit');

    await send(page, 'show me triangle escapes');
    await expect.poll(() => page.getByTestId('video-card').count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('profile-prompt').first().isVisible()).resolves.toBe(true);
    await screenshot(page, '02-videos');

    // Click the first video: the typed engagement.click mutation records it.
    const clickCall = page.waitForRequest((r) => r.url().includes('engagement.click'));
    const popup = context.waitForEvent('page');
    await page.getByTestId('video-link').first().click();
    const clickRequest = await clickCall;
    await (await popup).close();
    const engagementId = /"engagementId":"([^"]+)"/.exec(clickRequest.postData() ?? '')?.[1];
    expect(engagementId).toBeTruthy();
    const token = await page.evaluate(() => Object.values(localStorage).find((v) => v.split('.').length === 3) ?? '');
    const api = createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${app.server.url}/trpc`,
          transformer: superjson,
          headers: { authorization: `Bearer ${token}` },
        }),
      ],
    });
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

    // Settings open as a popover and close when the user clicks elsewhere.
    await page.getByTestId('settings-toggle').click();
    await expect.poll(() => page.locator('#settings-panel').count()).toBe(1);
    await page.getByTestId('chat-input').click();
    await expect.poll(() => page.locator('#settings-panel').count()).toBe(0);

    // The same chat on a phone.
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, '08-phone');

    const admin = await context.newPage();
    await admin.goto(`${app.server.url}/admin`);
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
    await context.close();
  }, 180_000);
});
