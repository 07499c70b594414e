// The deck folder (dist/<name>/index.html) unzipped and opened by double-click: file://, where
// Chromium refuses module scripts, so the client must be a classic script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildDecks } from '../../src/node/build/build.js';
import { describeBrowser, launchBrowser, waitForDeck, watchPage } from '../helpers/browser.js';
import { REFERENCE, REFERENCE_NAME, tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };
const TITLE = '办公室干部在机关党支部专题研讨交流会上的发言';

describeBrowser('deck folder opened from disk', () => {
  let browser: Browser;
  const out = tempDir();

  beforeAll(async () => {
    const result = await buildDecks(REFERENCE, { out }, silent);
    expect(result.failed).toBe(0);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the client as a classic script', () => {
    const html = readFileSync(join(out, REFERENCE_NAME, 'index.html'), 'utf8');
    expect(html).toContain('<script defer src="./assets/lectern.js"></script>');
    expect(html).not.toContain('type="module"');
  });

  it('starts reveal.js from file:// with every slide, the title visible and no errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watchPage(page);
    const url = pathToFileURL(join(out, REFERENCE_NAME, 'index.html')).href;
    await page.goto(url);
    await waitForDeck(page);
    expect(await page.evaluate(() => (window as any).Reveal.getTotalSlides())).toBe(23);
    const title = page.locator('section[data-kind="title"] .heading');
    await expect.poll(() => title.isVisible()).toBe(true);
    expect(await title.textContent()).toBe(TITLE);
    // Its own fonts, read from the folder beside it.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`).sort();
    });
    expect(fonts).toEqual(['Lectern Sans 400 loaded', 'Lectern Sans 700 loaded', 'Lectern Serif 700 loaded']);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(1);
    expect(watched.errors).toEqual([]);
    expect(watched.failed).toEqual([]);
  });
});
