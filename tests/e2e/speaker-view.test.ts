// The speaker view window (reveal's notes plugin) with Lectern's polish, from the single file
// opened from disk: 24-hour clock, Chinese labels, notes font size, the reading view on R.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildDecks } from '../../src/node/build/build.js';
import { describeBrowser, launchBrowser, waitForDeck, watchPage } from '../helpers/browser.js';
import { REFERENCE, REFERENCE_NAME, tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };

/** Opens the speaker view on S and waits until it shows the notes of the current slide. */
async function openSpeaker(page: Page): Promise<Page> {
  let popup: Page | undefined;
  // Just after a speaker window closes, the plugin may still hold it as open and only focus it
  // on S: press again until a new window opens.
  for (let tries = 1; !popup; tries++) {
    try {
      [popup] = await Promise.all([page.waitForEvent('popup', { timeout: 3000 }), page.keyboard.press('s')]);
    } catch (error) {
      if (tries >= 5) throw error;
    }
  }
  // Wider than the plugin's 1080 px breakpoint, so its controls keep their 18 px type.
  await popup.setViewportSize({ width: 1100, height: 700 });
  await popup.waitForSelector('.lectern-speaker-tools');
  await popup.waitForFunction(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').length > 0);
  return popup;
}

const notesSize = (popup: Page) => popup.$eval('.speaker-controls-notes .value', (e) => getComputedStyle(e).fontSize);

describeBrowser('speaker view polish', () => {
  let browser: Browser;
  let page: Page;
  let watched: ReturnType<typeof watchPage>;
  const out = tempDir();

  beforeAll(async () => {
    await buildDecks(REFERENCE, { out }, silent);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    watched = watchPage(page);
    await page.goto(`${pathToFileURL(join(out, `${REFERENCE_NAME}.html`)).href}#/3/1`);
    await waitForDeck(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the clock on the 24-hour dial and every label in Chinese', async () => {
    const popup = await openSpeaker(page);
    // The plugin writes its clock every second; wait for its first tick.
    await popup.waitForFunction(() => document.querySelector('.clock-value')?.textContent !== '00:00');
    const { clock, now, before } = await popup.evaluate(() => {
      const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
      const t = new Date();
      return { clock: document.querySelector('.clock-value')!.textContent, now: hhmm(t), before: hhmm(new Date(t.getTime() - 60_000)) };
    });
    expect(clock).toMatch(/^\d\d:\d\d$/);
    expect([now, before]).toContain(clock);
    expect(await popup.evaluate(() => [document.title, document.documentElement.lang])).toEqual(['演讲者视图', 'zh-CN']);
    const text = await popup.evaluate(() => document.body.innerText);
    // Latin letters left: only the A−/A+ buttons and the key names R and Esc.
    expect(text.replace(/A[−+]|（R）/g, '').match(/[A-Za-z]+/g)).toEqual(null);
    expect(await popup.$eval('.lectern-speaker-tools', (e) => e.textContent)).toBe('讲稿字号A−100%A+读稿模式（R）');
    await popup.close();
  });

  it('changes the notes font size with A−/A+ and the − and + keys, and remembers it', async () => {
    let popup = await openSpeaker(page);
    // reveal's own notes type: 1.2 em of 18 px.
    expect(await notesSize(popup)).toBe('21.6px');
    await popup.click('.lectern-notes-larger');
    await popup.click('.lectern-notes-larger');
    expect(await notesSize(popup)).toBe('30.6px');
    expect(await popup.textContent('.lectern-notes-size')).toBe('142%');
    await popup.keyboard.press('-');
    expect(await notesSize(popup)).toBe('25.2px');
    await popup.keyboard.press('+');
    expect(await notesSize(popup)).toBe('30.6px');
    // The slide changes and the new notes keep the size.
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => (window as any).Reveal.getIndices().v)).toBe(2);
    expect(await notesSize(popup)).toBe('30.6px');
    await popup.close();
    popup = await openSpeaker(page);
    expect(await notesSize(popup)).toBe('30.6px');
    await popup.click('.lectern-notes-smaller');
    await popup.click('.lectern-notes-smaller');
    expect(await notesSize(popup)).toBe('21.6px');
    await popup.close();
  });

  it('opens the reading view on R in its preview, filling the window, driven by the arrow keys', async () => {
    await page.evaluate(() => (window as any).Reveal.slide(3, 1));
    const popup = await openSpeaker(page);
    await popup.waitForFunction(() => document.querySelector('#current-slide iframe') !== null);
    const preview = () => popup.frames().find((f) => f.url().includes('receiver'))!;
    await expect.poll(() => preview()?.evaluate(() => (window as any).Reveal?.isReady() === true) ?? false).toBe(true);
    await popup.keyboard.press('r');
    await popup.waitForFunction(() => document.body.classList.contains('lectern-reading'));
    const box = await popup.$eval('#current-slide', (e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]);
    expect(box).toEqual([1100, 700]);
    const highlighted = () => preview().evaluate(() => document.querySelector('.reading-slide.is-current')?.getAttribute('data-index') ?? null);
    expect(await highlighted()).toBe('4');
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => (window as any).Reveal.getIndices().h)).toBe(4);
    await expect.poll(highlighted).toBe('7');
    await popup.keyboard.press('Escape');
    await popup.waitForFunction(() => !document.body.classList.contains('lectern-reading'));
    expect(await preview().evaluate(() => document.querySelector<HTMLElement>('.lectern-reading')!.hidden)).toBe(true);
    // The speaker window's own button does the same.
    await popup.click('.lectern-reading-open');
    await popup.waitForFunction(() => document.body.classList.contains('lectern-reading'));
    await popup.keyboard.press('Escape');
    await popup.waitForFunction(() => !document.body.classList.contains('lectern-reading'));
    // The audience's screen never showed it.
    expect(await page.locator('.lectern-reading').count()).toBe(0);
    expect(watched.errors).toEqual([]);
    await popup.close();
  });
});
