// `lectern shots`: a PNG of every slide of each deck, to look at the design without presenting.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { BROWSER_ARGS } from '../export/pdf/browser.js';
import { browseBuiltDecks, type BrowserRunResult, type DeckTask } from '../export/pdf/browse-decks.js';
import type { Reporter } from '../cli/reporter.js';
import type { ReadyDeck } from '../input/load-deck.js';

/** `scale` < 1 makes small images (the README's are 0.5: 640×360). */
export async function takeShots(target: string, out: string, report: Reporter, scale = 1): Promise<BrowserRunResult> {
  const tasks = (deck: ReadyDeck): DeckTask<ShotSession>[] => {
    const dir = join(out, deck.name);
    return [{ step: `正在截图「${deck.name}」…`, what: '截图', run: ({ page }, url) => shootDeck(page, url, dir), done: (files) => `已截图 ${files.length} 页：${dir}` }];
  };
  return browseBuiltDecks({ target, site: join(out, 'site'), launch: (executablePath) => launchShots(executablePath, scale), tasks }, report);
}

interface ShotSession {
  page: Page;
  close(): Promise<void>;
}

/** One 1280×720 page for every slide of every deck. */
async function launchShots(executablePath: string, scale: number): Promise<ShotSession> {
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: scale });
    return { page, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
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
