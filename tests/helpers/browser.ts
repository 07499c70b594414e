// Browser tests run whenever a Chromium is found; without one they are skipped with the
// reason, unless LECTERN_REQUIRE_BROWSER=1 (CI), where a missing browser fails them.
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { BROWSER_ARGS, findBrowser, MISSING_BROWSER_MESSAGE } from '../../src/node/browser.js';

export const browserPath = findBrowser();
const required = process.env.LECTERN_REQUIRE_BROWSER === '1';

if (!browserPath && !required) {
  console.warn(`[skip] 浏览器测试已跳过：${MISSING_BROWSER_MESSAGE}`);
}

/** `describe` for browser tests: skipped (with the reason above) when no browser is installed. */
export const describeBrowser = browserPath || required ? describe : describe.skip;

export async function launchBrowser(env?: NodeJS.ProcessEnv): Promise<Browser> {
  if (!browserPath) throw new Error(`LECTERN_REQUIRE_BROWSER=1 but no browser: ${MISSING_BROWSER_MESSAGE}`);
  return chromium.launch({ executablePath: browserPath, args: BROWSER_ARGS, env });
}

/** Collects console errors, page errors and failed requests of a page. */
export function watchPage(page: Page): { errors: string[]; failed: string[] } {
  const errors: string[] = [];
  const failed: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  return { errors, failed };
}

export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
}
