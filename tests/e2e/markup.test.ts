// Markup typed in a speech is text: built, served and opened in Chromium, nothing from the speech
// runs, no element from it is created, and `<b>` or `<iframe` show exactly as typed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildDecks } from '../../src/node/build/build.js';
import { serveStatic, type StaticServer } from '../../src/node/serve/static-server.js';
import { describeBrowser, launchBrowser, waitForDeck, watchPage } from '../helpers/browser.js';
import { tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };

const SPEECH = [
  '关于<b>粗体</b>与<script>window.__pwned=1</script>的讲话',
  '同志们：',
  '今天讲两点意见。<img src=x onerror="window.__pwned=2">请大家注意。',
  '一、看清<iframe src=x>的风险',
  '要警惕*星号*和# 井号。要分清[x](y)与`反引号`。',
  '要把<b>粗体</b>写清楚。',
  '二、<svg onload="window.__pwned=3">守住底线',
  '要记住```代码块```。<a href="javascript:window.__pwned=4">点这里</a>。',
  '# 井号开头的一行',
  '谢谢大家！<style>body{display:none}</style>',
].join('\n');

/** What the speech says literally and every slide must be able to show. */
const TYPED = ['<b>粗体</b>', '<iframe src=x>', '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">', '*星号*', '# 井号', '[x](y)', '`反引号`', '```代码块```'];

/** The elements src/core/render/render.ts writes inside `.slides`. */
const RENDERER_TAGS = ['section', 'div', 'p', 'h2', 'ol', 'li', 'a', 'span', 'em', 'aside', 'footer'];

describeBrowser('markup in a speech, in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  let watched: ReturnType<typeof watchPage>;
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '标记.txt'), SPEECH);
    const out = tempDir();
    const result = await buildDecks(join(dir, '标记.txt'), { out }, silent);
    expect(result.failed).toBe(0);
    server = await serveStatic(out);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    watched = watchPage(page);
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}${encodeURIComponent('标记')}/`);
    await waitForDeck(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs no script from the speech', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // The page's own scripts only: the config and the client bundle.
    const scripts = await page.$$eval('script', (els) => els.map((e) => e.getAttribute('type') ?? 'classic'));
    expect(scripts).toEqual(['application/json', 'module']);
    // Nothing fetched `x` (an <img src=x> or <iframe src=x> would have).
    expect(requests.filter((u) => /\/x$|\/y$/.test(new URL(u).pathname))).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  it('creates no element from the speech: only the renderer’s tags inside .slides', async () => {
    const tags = await page.$$eval('.reveal .slides *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort());
    expect(tags.filter((t) => !RENDERER_TAGS.includes(t))).toEqual([]);
    for (const tag of ['img', 'iframe', 'b', 'script', 'svg', 'style']) {
      expect(await page.locator(`.reveal .slides ${tag}`).count(), tag).toBe(0);
    }
    expect(await page.locator('iframe, svg, img, b').count()).toBe(0);
    // Every link goes to a slide of the deck.
    const hrefs = await page.$$eval('.reveal .slides a', (els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !h.startsWith('#/'))).toEqual([]);
    // The page is still shown: the typed <style> did not hide it.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  });

  it('shows the markup as typed', async () => {
    const shown = await page.$$eval('.reveal .slides .slide-body', (els) => els.map((e) => e.textContent ?? '').join('\n'));
    for (const text of ['<b>粗体</b>', '<iframe src=x>', '*星号*', '# 井号', '[x](y)', '`反引号`', '```代码块```']) expect(shown).toContain(text);
    const notes = await page.$$eval('.reveal .slides aside.notes', (els) => els.map((e) => e.textContent ?? '').join('\n'));
    for (const text of TYPED) expect(notes).toContain(text);
    // On screen, not just in the markup: go to the slide that holds `<iframe src=x>` and read it.
    const visible = await page.evaluate(() => {
      const reveal = (window as any).Reveal;
      const slide = (reveal.getSlides() as HTMLElement[]).find((s) => s.querySelector('.slide-body')?.textContent?.includes('<iframe src=x>'))!;
      const { h, v } = reveal.getIndices(slide);
      reveal.slide(h, v);
      return (slide.querySelector('.slide-body') as HTMLElement).innerText;
    });
    expect(visible).toContain('<iframe src=x>');
    expect(await page.title()).toBe('关于<b>粗体</b>与<script>window.__pwned=1</script>的讲话');
  });

  it('the speaker view shows the notes as text and runs nothing', async () => {
    await page.evaluate(() => {
      const reveal = (window as any).Reveal;
      const slide = (reveal.getSlides() as HTMLElement[]).find((s) => s.querySelector('aside.notes')?.textContent?.includes('<img src=x'))!;
      const { h, v } = reveal.getIndices(slide);
      reveal.slide(h, v);
    });
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes('<img src=x') ?? false);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await popup.locator('.speaker-controls-notes .value img').count()).toBe(0);
    await popup.close();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
