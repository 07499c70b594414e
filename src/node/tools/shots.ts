// `lectern shots`: a PNG of every slide of each deck, to look at the design without presenting.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildDecks } from '../build/build.js';
import { BROWSER_ARGS, findBrowser, MISSING_BROWSER_MESSAGE } from '../export/pdf/browser.js';
import { deckFailureMessage } from '../errors.js';
import type { Reporter } from '../cli/reporter.js';
import { serveStatic } from '../serve/static-server.js';

/** `scale` < 1 makes small images (the README's are 0.5: 640×360). */
export async function takeShots(target: string, out: string, report: Reporter, scale = 1): Promise<{ written: string[]; failed: number }> {
  const executablePath = findBrowser();
  if (!executablePath) {
    report.error(MISSING_BROWSER_MESSAGE);
    return { written: [], failed: 1 };
  }
  const site = join(out, 'site');
  const built = await buildDecks(target, { out: site }, report);
  const server = await serveStatic(site);
  const written: string[] = [];
  let browser: Browser | undefined;
  let failed = built.failed;
  try {
    browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: scale });
    for (const { deck } of built.built) {
      report.step(`正在截图「${deck.name}」…`);
      try {
        const files = await shootDeck(page, `${server.url}${encodeURIComponent(deck.name)}/`, join(out, deck.name));
        written.push(...files);
        report.done(`已截图 ${files.length} 页：${join(out, deck.name)}`);
      } catch (error) {
        // One deck that cannot be shot or written must not stop the others.
        report.error(deckFailureMessage(deck.path, '截图', error));
        failed++;
      }
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return { written, failed };
}

/** A PNG per slide of the deck at `url`, into `dir`, named by position and kind (`03-point.png`). */
async function shootDeck(page: Page, url: string, dir: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const count: number = await page.evaluate(() => (window as any).Reveal.getTotalSlides());
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind: string = await page.evaluate((n) => {
      const reveal = (window as any).Reveal;
      const slide = reveal.getSlides()[n];
      const { h, v } = reveal.getIndices(slide);
      reveal.configure({ transition: 'none' });
      reveal.slide(h, v);
      return slide.dataset.kind + (slide.hasAttribute('data-continued') ? '-continued' : '');
    }, i);
    await page.waitForTimeout(50);
    const file = join(dir, `${String(i + 1).padStart(2, '0')}-${kind}.png`);
    await page.screenshot({ path: file });
    files.push(file);
  }
  return files;
}
