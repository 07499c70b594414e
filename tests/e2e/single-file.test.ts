// The single self-contained HTML file opened by double-click (file://), and --no-notes copies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildDecks } from '../../src/node/build/build.js';
import { describeBrowser, launchBrowser, waitForDeck, watchPage } from '../helpers/browser.js';
import { REFERENCE, REFERENCE_NAME, tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };

describeBrowser('single-file deck', () => {
  let browser: Browser;
  const out = tempDir();
  const bare = tempDir();

  beforeAll(async () => {
    await buildDecks(REFERENCE, { out }, silent);
    await buildDecks(REFERENCE, { out: bare, notes: false }, silent);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from file:// with the whole deck, notes included, and zero failed requests', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watchPage(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(join(out, `${REFERENCE_NAME}.html`)).href;
    await page.goto(url);
    await waitForDeck(page);
    expect(await page.evaluate(() => (window as any).Reveal.getTotalSlides())).toBe(23);
    expect(await page.locator('section[data-kind] aside.notes').count()).toBe(23);
    expect(watched.failed).toEqual([]);
    expect(watched.errors).toEqual([]);
    // Everything is inside the file: the only request is the file itself (and data: URLs).
    expect(requests.filter((r) => !r.startsWith('data:'))).toEqual([url]);
  });

  it('--no-notes leaves the notes out of the folder and the file', () => {
    const folderPage = readFileSync(join(bare, REFERENCE_NAME, 'index.html'), 'utf8');
    const single = readFileSync(join(bare, `${REFERENCE_NAME}.html`), 'utf8');
    expect(folderPage).not.toContain('class="notes"');
    expect(single).not.toContain('class="notes"');
    expect(folderPage.match(/data-kind="/g)?.length).toBe(23);
  });
});
