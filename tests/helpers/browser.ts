// Browser tests run whenever a Chromium is found; without one they are skipped with the
// reason, unless LECTERN_REQUIRE_BROWSER=1 (CI), where a missing browser fails them.
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { BROWSER_ARGS, findBrowser, MISSING_BROWSER_MESSAGE } from '../../src/node/export/pdf/browser.js';

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

/** Visits every slide and returns those whose content is taller or wider than the slide. */
export async function overflowingSlides(page: Page): Promise<{ id: string; kind: string; height: number; width: number }[]> {
  return page.evaluate(async () => {
    const reveal = (window as any).Reveal;
    const over: { id: string; kind: string; height: number; width: number }[] = [];
    const slides = reveal.getSlides() as HTMLElement[];
    for (const slide of slides) {
      const { h, v } = reveal.getIndices(slide);
      reveal.slide(h, v);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const body = slide.querySelector('.slide-body') as HTMLElement;
      if (body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1) {
        over.push({ id: slide.id, kind: slide.dataset.kind ?? '', height: body.scrollHeight, width: body.scrollWidth });
      }
    }
    reveal.slide(0, 0);
    return over;
  });
}
