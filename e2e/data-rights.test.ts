import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from './app-in-browser';
import { screenshot } from './browser';
import { apiAs, send, tokenOf } from './chat-page';

// What a user controls about themselves, in a real browser under the service's strict CSP: starting
// over revokes the old token, their data downloads and deletes, and going too fast reads as a wait.
describe('a user’s own data and limits in Chromium', () => {
  const { app, browser } = useAppInBrowser({ RATE_LIMIT_USER_PER_MINUTE: '25' });

  it('starts over, downloads and deletes its data, and waits when going too fast, with no CSP violation', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(app().server.url);
    await expect.poll(() => tokenOf(page)).not.toBe('');
    await send(page, 'kimura from side control');
    const first = await tokenOf(page);

    // Start over: a new guest, and the old token is refused from now on.
    await page.getByTestId('start-over').click();
    await expect.poll(() => tokenOf(page)).not.toBe(first);
    await expect(apiAs(app().server.url, first).profile.get.query()).rejects.toThrow(/Token revoked/);
    await send(page, 'armbar from guard');

    // Download my data: the JSON holds what this guest asked, and nothing of the first guest.
    await page.getByTestId('settings-toggle').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-data').click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { videoRequests: { query: string }[] };
    expect(exported.videoRequests.map((r) => r.query)).toEqual(['armbar from guard']);
    await screenshot(page, 'data-01-settings-your-data');

    // Delete my data: asked once more, then gone; the page carries on as a new guest.
    const second = await tokenOf(page);
    await page.getByTestId('delete-data').click();
    await screenshot(page, 'data-02-confirm-delete');
    await page.getByTestId('confirm-delete').click();
    await expect.poll(() => page.getByText('Everything about you is deleted').count()).toBe(1);
    await expect.poll(() => tokenOf(page)).not.toBe(second);
    await expect(apiAs(app().server.url, second).profile.get.query()).rejects.toThrow(/Token revoked/);
    await screenshot(page, 'data-03-deleted');

    // Over the per-user limit, the chat says how long to wait instead of failing.
    for (let i = 0; i < 30 && (await page.getByText(/going a bit fast/).count()) === 0; i++)
      await send(page, `guillotine ${i}`).catch(() => {});
    await expect
      .poll(() => page.getByText(/going a bit fast for me\. Give it \d+ seconds?/).count())
      .toBeGreaterThan(0);
    await screenshot(page, 'data-04-rate-limited');

    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);
});
