import type { AppRouter } from '@profos/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { Page } from 'playwright-core';
import superjson from 'superjson';
import { expect } from 'vitest';

/** Types a message into the chat and waits for the user's bubble and Prof. OS's reply. */
export async function send(page: Page, text: string): Promise<void> {
  const messages = await page.getByTestId('message').count();
  await page.getByTestId('chat-input').fill(text);
  await page.getByTestId('chat-send').click();
  await expect
    .poll(() => page.getByTestId('message').count(), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(messages + 2);
}

/** The guest token the page keeps in localStorage. */
export function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => Object.values(localStorage).find((v) => v.split('.').length === 3) ?? '');
}

/** The typed client, outside the browser, acting with `token`. */
export function apiAs(baseUrl: string, token: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({ url: `${baseUrl}/trpc`, transformer: superjson, headers: { authorization: `Bearer ${token}` } }),
    ],
  });
}
