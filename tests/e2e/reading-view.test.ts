// 读稿模式 (R) in a real browser: the single file and the folder opened from disk (file://), a
// --no-notes copy, print, and the dev server.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { buildDecks } from '../../src/node/build/build.js';
import { describeBrowser, launchBrowser, waitForDeck, watchPage } from '../helpers/browser.js';
import { startDevServer } from '../helpers/dev-server.js';
import { REFERENCE, REFERENCE_NAME, tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };

/** What the reading view shows: its state, the highlighted text, and the current slide's own notes. */
async function readingState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.lectern-reading');
    const current = document.querySelector<HTMLElement>('.lectern-reading .reading-slide.is-current');
    const scroller = document.querySelector<HTMLElement>('.lectern-reading .reading-scroll');
    const first = current?.querySelector<HTMLElement>('.reading-text');
    const box = scroller?.getBoundingClientRect();
    const at = current?.getBoundingClientRect();
    const slide = (window as any).Reveal.getCurrentSlide() as HTMLElement;
    return {
      visible: root !== null && !root.hidden && getComputedStyle(root).display !== 'none',
      fontSize: first ? parseFloat(getComputedStyle(first).fontSize) : 0,
      highlighted: first?.textContent ?? '',
      label: current?.querySelector('.reading-slide-label')?.textContent ?? '',
      highlightedCount: document.querySelectorAll('.lectern-reading .reading-slide.is-current').length,
      notesStart: slide.querySelector('aside.notes p')?.textContent ?? '',
      // The highlighted slide's top edge shows inside the scrolling box.
      inView: Boolean(box && at && at.top >= box.top - 1 && at.top < box.bottom),
      where: document.querySelector('.lectern-reading .reading-where')?.textContent ?? '',
      pace: document.querySelector('.lectern-reading .reading-pace')?.textContent ?? '',
      elapsed: document.querySelector('.lectern-reading .reading-elapsed')?.textContent ?? '',
    };
  });
}

/** A new 1280×720 page on `url`, the deck started and the reading view opened with R. */
async function openReading(browser: Browser, url: string): Promise<{ page: Page; watched: ReturnType<typeof watchPage> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const watched = watchPage(page);
  await page.goto(url);
  await waitForDeck(page);
  await page.keyboard.press('r');
  return { page, watched };
}

describeBrowser('reading view (读稿模式)', () => {
  let browser: Browser;
  const out = tempDir();
  const bare = tempDir();
  const singleUrl = () => pathToFileURL(join(out, `${REFERENCE_NAME}.html`)).href;

  beforeAll(async () => {
    await buildDecks(REFERENCE, { out }, silent);
    await buildDecks(REFERENCE, { out: bare, notes: false }, silent);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('R opens it in the single file from file://: the current slide’s text highlighted, at ≥ 40 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watchPage(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${singleUrl()}#/3/1`);
    await waitForDeck(page);
    expect(await page.locator('.lectern-reading').count()).toBe(0);
    await page.keyboard.press('r');
    const state = await readingState(page);
    expect(state.visible).toBe(true);
    expect(state.fontSize).toBeGreaterThanOrEqual(40);
    expect(state.highlightedCount).toBe(1);
    expect(state.highlighted).toBe('就是要聚焦“以学铸魂”，坚持以习近平新时代中国特色社会主义思想武装头脑、指导实践、推进工作，始终以理论上的清醒保证思想上的认同、政治上的坚定和行动上的自觉；');
    expect(state.highlighted).toBe(state.notesStart);
    expect(state.where).toBe('第 5 / 23 页');
    expect(state.label).toBe('第 5 页 · 聚焦“以学铸魂”');
    // 78 characters in the slide's 26 planned seconds; the speech as a whole at 181 字/分.
    expect(state.pace).toBe('本页 78 字 · 26 秒 · 180 字/分（全篇 181 字/分）');
    expect(state.elapsed).toMatch(/^已用时间 \d\d:\d\d$/);
    await expect.poll(async () => (await readingState(page)).inView).toBe(true);
    expect(watched.errors).toEqual([]);
    expect(requests.filter((r) => !r.startsWith('data:'))).toEqual([`${singleUrl()}#/3/1`.replace(/#.*/, '')]);
    await page.close();
  });

  it('moves the highlight with the slide on the arrow keys; Esc closes it and gives Esc back to reveal', async () => {
    const { page } = await openReading(browser, `${singleUrl()}#/3/1`);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(4);
    let state = await readingState(page);
    expect(state.highlighted).toBe('“专”字为标练本领。');
    expect(state.highlighted).toBe(state.notesStart);
    expect(state.where).toBe('第 8 / 23 页');
    await expect.poll(async () => (await readingState(page)).inView).toBe(true);
    await page.keyboard.press('ArrowDown');
    state = await readingState(page);
    expect(state.where).toBe('第 9 / 23 页');
    expect(state.highlighted).toBe(state.notesStart);
    expect(state.highlightedCount).toBe(1);

    await page.keyboard.press('Escape');
    expect((await readingState(page)).visible).toBe(false);
    expect(await page.evaluate(() => (window as any).Reveal.isOverview())).toBe(false);
    // Closed, Esc is reveal's overview again.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as any).Reveal.isOverview())).toBe(true);
    await page.keyboard.press('Escape');
    // R toggles: open, and R again closes.
    await page.keyboard.press('r');
    expect((await readingState(page)).visible).toBe(true);
    await page.keyboard.press('r');
    expect((await readingState(page)).visible).toBe(false);
    await page.close();
  });

  it('switches between 深色 and 浅色 and keeps the choice for the next time', async () => {
    const { page } = await openReading(browser, singleUrl());
    const tone = () =>
      page.evaluate(() => {
        const root = document.querySelector<HTMLElement>('.lectern-reading')!;
        const pressed = root.querySelector('.reading-tone[aria-pressed="true"]')?.textContent;
        return { tone: root.dataset.tone, pressed, background: getComputedStyle(root).backgroundColor };
      });
    expect(await tone()).toEqual({ tone: 'dark', pressed: '深色', background: 'rgb(21, 17, 14)' });
    // The title slide's text is its heading: the label does not repeat it.
    expect((await readingState(page)).label).toBe('第 1 页');
    await page.getByRole('button', { name: '浅色' }).click();
    expect(await tone()).toEqual({ tone: 'light', pressed: '浅色', background: 'rgb(255, 250, 242)' });
    await page.reload();
    await waitForDeck(page);
    await page.keyboard.press('r');
    expect((await tone()).tone).toBe('light');
    // The close button works like Esc.
    await page.getByRole('button', { name: '关闭（Esc）' }).click();
    expect((await readingState(page)).visible).toBe(false);
    await page.close();
  });

  it('works in the deck folder opened from disk too', async () => {
    const { page, watched } = await openReading(browser, `${pathToFileURL(join(out, REFERENCE_NAME, 'index.html')).href}#/2`);
    const state = await readingState(page);
    expect(state.visible).toBe(true);
    expect(state.where).toBe('第 3 / 23 页');
    expect(state.highlighted).toBe(state.notesStart);
    expect(state.highlighted.length).toBeGreaterThan(0);
    expect(watched.errors).toEqual([]);
    expect(watched.failed).toEqual([]);
    await page.close();
  });

  it('says the notes were left out of a --no-notes copy instead of failing', async () => {
    const { page, watched } = await openReading(browser, pathToFileURL(join(bare, `${REFERENCE_NAME}.html`)).href);
    expect(await page.locator('.lectern-reading .reading-none').textContent()).toBe('本页没有讲稿备注（分享时已去掉）');
    expect(await page.locator('.lectern-reading .reading-slide').count()).toBe(0);
    expect(await page.locator('.lectern-reading .reading-pace').textContent()).toMatch(/^本页计划 \d+ 秒$/);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.lectern-reading .reading-where').textContent()).toBe('第 2 / 23 页');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('never shows on paper', async () => {
    const { page } = await openReading(browser, singleUrl());
    expect((await readingState(page)).visible).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect((await readingState(page)).visible).toBe(false);
    await page.close();
  });
});

describeBrowser('reading view on the dev server', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let base: string;

  beforeAll(async () => {
    const dir = tempDir('lectern-slides-');
    copyFileSync(REFERENCE, join(dir, 'deck.txt'));
    ({ server, base } = await startDevServer(dir));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens on R and follows the slide', async () => {
    const { page, watched } = await openReading(browser, `${base}/deck/#/1`);
    let state = await readingState(page);
    expect(state.visible).toBe(true);
    expect(state.fontSize).toBeGreaterThanOrEqual(40);
    expect(state.where).toBe('第 2 / 23 页');
    expect(state.highlighted).toBe(state.notesStart);
    await page.keyboard.press('ArrowRight');
    state = await readingState(page);
    expect(state.where).toBe('第 3 / 23 页');
    expect(state.highlighted).toBe(state.notesStart);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
