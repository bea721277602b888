import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

// Never a browser downloaded at run time: CHROMIUM_PATH, else Debian's Chromium, else the Chromium that
// @sparticuz/chromium ships inside its npm package. These flags keep it off the (closed) network.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
// @sparticuz/chromium's defaults are for serverless hosts; these would make the browser more lenient
// than a user's (cross-origin and mixed-content checks off), so the journey leaves them out.
const LENIENT = new Set(['--disable-web-security', '--allow-running-insecure-content']);

export const SCREENSHOTS = path.resolve('test-results/screenshots');

interface BrowserChoice {
  executablePath: string;
  args: string[];
  source: string;
}

async function chooseBrowser(): Promise<BrowserChoice> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return { executablePath: configured, args: FLAGS, source: `CHROMIUM_PATH (${configured})` };
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: FLAGS, source: SYSTEM_CHROMIUM };
  const { default: packaged } = await import('@sparticuz/chromium');
  const args = [...packaged.args.filter((a) => !LENIENT.has(a)), ...FLAGS.filter((f) => f !== '--headless')];
  return { executablePath: await packaged.executablePath(), args, source: '@sparticuz/chromium (npm package)' };
}

export async function launchBrowser(): Promise<Browser> {
  const choice = await chooseBrowser();
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args });
  console.log(`browser: Chromium ${browser.version()} from ${choice.source}`);
  return browser;
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
