// `lectern share` in Chromium: a presenting deck, a follower and the remote, three pages on
// 127.0.0.1. The remote turns the presenter's pages, the follower follows (and browses on its own
// without moving anyone), and a follower that comes back lands on the current slide.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { share, type Shared } from '../../src/node/serve/share.js';
import { describeBrowser, launchBrowser, waitForDeck, watchPage } from '../helpers/browser.js';
import { REFERENCE } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };
/** Generous: the latency itself is a figure of `npm run bench`. */
const GUARD = { timeout: 10_000 };

const indexh = (page: Page) => page.evaluate(() => (window as any).Reveal.getIndices().h as number);
const until = (page: Page, h: number) => expect.poll(() => indexh(page), GUARD).toBe(h);

/** Outside a test (beforeAll), where expect.poll is not allowed. */
async function eventually(check: () => boolean): Promise<void> {
  const end = Date.now() + GUARD.timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error('not within the guard');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeBrowser('share: presenter, follower and remote', () => {
  let shared: Shared;
  let browser: Browser;
  let presenter: Page;
  let follower: Page;
  let remote: Page;
  const watched: ReturnType<typeof watchPage>[] = [];

  beforeAll(async () => {
    shared = (await share(REFERENCE, { notes: true, host: '127.0.0.1' }, silent, () => {}))!;
    browser = await launchBrowser();
    presenter = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    follower = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    remote = await browser.newPage({ viewport: { width: 390, height: 844 } });
    watched.push(...[presenter, follower, remote].map(watchPage));
    await presenter.goto(shared.present);
    await follower.goto(shared.urls[0]);
    await remote.goto(shared.remotes[0]);
    await Promise.all([waitForDeck(presenter), waitForDeck(follower)]);
    await remote.locator('#status[data-state="on"]').waitFor(GUARD);
    // Each page's channel is open before the remote presses anything.
    await eventually(() => (['present', 'audience', 'remote'] as const).every((r) => shared.channel.listeners(r) === 1));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await shared?.close();
  });

  it('remote presses next twice: presenter and follower are both on slide 3', async () => {
    await expect.poll(() => remote.locator('#title').textContent(), GUARD).toBe('办公室干部在机关党支部专题研讨交流会上的发言');
    await remote.click('#next-button');
    await until(presenter, 1);
    await remote.click('#next-button');
    await until(presenter, 2);
    await until(follower, 2);
    await expect.poll(() => remote.locator('#title').textContent(), GUARD).toBe('目录');
    expect(await remote.locator('#position').textContent()).toBe('3 / 23');
    expect(await remote.locator('#next').textContent()).toBe('“忠”字为先筑根基');
    expect((await remote.locator('#notes').textContent())?.length).toBeGreaterThan(0);
    await remote.screenshot({ path: '/tmp/remote-slide3.png' });
  });

  it('the follower browsing on its own moves no one, and 跟随演讲者 brings it back', async () => {
    const button = follower.locator('button.lectern-follow');
    expect(await button.isVisible()).toBe(false);
    await follower.keyboard.press('ArrowRight');
    await follower.keyboard.press('ArrowRight');
    await until(follower, 4);
    await expect.poll(() => button.isVisible(), GUARD).toBe(true);
    expect(await button.textContent()).toBe('跟随演讲者');
    // After the slide transition, so the picture shows the slide under the button.
    await follower.waitForTimeout(1_000);
    await follower.screenshot({ path: '/tmp/remote-follower-browsing.png' });
    // The presenter moves on; the browsing follower stays where its reader is.
    await remote.click('#next-button');
    await until(presenter, 3);
    expect(await indexh(presenter)).toBe(3);
    expect(await indexh(follower)).toBe(4);
    await button.click();
    await until(follower, 3);
    expect(await button.isVisible()).toBe(false);
  });

  it('a follower that reconnects lands on the current slide', async () => {
    await remote.click('#prev-button');
    await until(presenter, 2);
    await until(follower, 2);
    const again = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    watched.push(watchPage(again));
    // A phone that slept: the page comes back on the slide it had, then hears where the talk is.
    await again.goto(`${shared.urls[0]}#/5`);
    await waitForDeck(again);
    await until(again, 2);
    await again.close();
  });

  it('a follower whose network drops comes back on the current slide', async () => {
    // The room's Wi-Fi drops every connection; this phone stays off the network for a while.
    const events = '**/_live/events';
    await follower.route(events, (route) => route.abort('internetdisconnected'));
    shared.server.server.closeAllConnections();
    const open = () => (['present', 'audience', 'remote'] as const).map((r) => shared.channel.listeners(r)).join();
    await eventually(() => open() === '0,0,0');
    // EventSource tries again by itself (retry: 2 s); only the follower cannot get through.
    await eventually(() => shared.channel.listeners('present') === 1 && shared.channel.listeners('remote') === 1);
    expect(shared.channel.listeners('audience')).toBe(0);
    await remote.click('#next-button');
    await until(presenter, 3);
    expect(await indexh(follower)).toBe(2);
    await follower.unroute(events);
    await until(follower, 3);
    // The dropped streams and the failed attempts are all that went wrong, on every page.
    for (const w of watched) {
      expect(w.errors.filter((e) => !/ERR_INCOMPLETE_CHUNKED_ENCODING|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
      expect(w.failed.filter((url) => !url.endsWith('/_live/events'))).toEqual([]);
      w.errors.length = 0;
      w.failed.length = 0;
    }
  });

  it('shows the remote at phone size with nothing cut off, and no page reports an error', async () => {
    const box = await remote.locator('nav').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    expect(box!.width).toBeGreaterThan(300);
    expect(await remote.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const w of watched) {
      expect(w.errors).toEqual([]);
      expect(w.failed).toEqual([]);
    }
  });
});
