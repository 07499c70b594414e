// The built reference deck in a real browser: structure, notes, no errors, speaker view.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildDecks } from '../../src/node/build/build.js';
import { serveStatic, type StaticServer } from '../../src/node/serve/static-server.js';
import { describeBrowser, launchBrowser, overflowingSlides, waitForDeck, watchPage } from '../helpers/browser.js';
import { REFERENCE, REFERENCE_NAME, tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };

describeBrowser('reference deck in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  let watched: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    const out = tempDir();
    const result = await buildDecks(REFERENCE, { out }, silent);
    expect(result.failed).toBe(0);
    server = await serveStatic(out, { prefix: '/some/sub/path/' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    watched = watchPage(page);
    await page.goto(`${server.url}${encodeURIComponent(REFERENCE_NAME)}/`);
    await waitForDeck(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has the title, opening, agenda, five theme stacks and a closing', async () => {
    const shape = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].map((s) =>
        s.hasAttribute('data-kind') ? s.getAttribute('data-kind') : [...s.querySelectorAll(':scope > section')].map((v) => v.getAttribute('data-kind')).join(','),
      ),
    );
    expect(shape).toEqual([
      'title',
      'opening',
      'agenda',
      'theme,point,point,point',
      'theme,point,point',
      'theme,point,point,point',
      'theme,point,point,point',
      'theme,point,point,point',
      'closing',
    ]);
    const counts = await page.evaluate(() => {
      const reveal = (window as any).Reveal;
      return { horizontal: reveal.getHorizontalSlides().length, total: reveal.getTotalSlides() };
    });
    expect(counts).toEqual({ horizontal: 9, total: 4 + 4 + 3 + 4 + 4 + 4 });
  });

  it('shows the five theme headings and the keyword tiles', async () => {
    const headings = await page.$$eval('section[data-kind="theme"] .heading', (els) => els.map((e) => e.textContent));
    expect(headings).toEqual(['“忠”字为先筑根基', '“专”字为标练本领', '“实”字为要保功成', '“勤”字为径彰情怀', '“清”字为本扬正气']);
    const tiles = await page.$$eval('section[data-kind="agenda"] .tile-mark', (els) => els.map((e) => e.textContent));
    expect(tiles).toEqual(['忠', '专', '实', '勤', '清']);
  });

  it('gives every slide speaker notes and timing, and the notes hold the whole speech', async () => {
    const slides = await page.$$eval('section[data-kind]', (els) =>
      els.map((s) => ({ notes: s.querySelector('aside.notes')?.textContent ?? '', timing: Number(s.getAttribute('data-timing')) })),
    );
    expect(slides.every((s) => s.notes.trim().length > 0 && s.timing > 0)).toBe(true);
    const allNotes = slides.map((s) => s.notes).join('');
    expect(allNotes).toContain('办公室干部在机关党支部专题研讨交流会上的发言');
    expect(allNotes).toContain('创造无愧于时代、无愧于人民、无愧于历史的青春业绩。');
    expect(allNotes).not.toContain('##paid');
  });

  it('fits every slide inside its 1280×720 box', async () => {
    expect(await overflowingSlides(page)).toEqual([]);
  });

  it('loads with no console error and no failed request under a sub-path', async () => {
    expect(watched.errors).toEqual([]);
    expect(watched.failed).toEqual([]);
  });

  it('reads as a scroll view on a phone-sized screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${server.url}${encodeURIComponent(REFERENCE_NAME)}/`);
    await waitForDeck(phone);
    // reveal.js switches to the scroll view on its first layout pass after start.
    await phone.waitForFunction(() => (window as any).Reveal.isScrollView() === true, undefined, { timeout: 10_000 });
    expect(await phone.evaluate(() => document.documentElement.classList.contains('reveal-full-page'))).toBe(true);
    await phone.close();
  });

  it('opens the speaker view on S, showing the current slide’s notes', async () => {
    await page.evaluate(() => (window as any).Reveal.slide(3, 1));
    const expected = await page.evaluate(() => (window as any).Reveal.getCurrentSlide().querySelector('aside.notes').textContent);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForSelector('.speaker-controls-notes .value');
    await popup.waitForFunction(
      (text) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(text.slice(0, 20)) ?? false,
      expected,
    );
    const shown = await popup.$eval('.speaker-controls-notes .value', (e) => e.textContent ?? '');
    expect(shown.replace(/\s/g, '')).toBe(expected.replace(/\s/g, ''));
    // Its labels speak Chinese, like the rest of the deck.
    await popup.waitForFunction(() => document.querySelector('.speaker-controls-notes .label')?.textContent === '讲稿备注');
    expect(await popup.$eval('#upcoming-slide .label', (e) => e.textContent)).toBe('下一页');
    await popup.close();
  });
});
