// The studio's home page in Chromium with real clicks: three files picked at once (a GBK
// .txt, a .docx and a picture) give two new cards and one message naming the picture; an
// export clicked gives its file as a download; the panels open and close by keyboard.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, watchPage } from '../helpers/browser.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { startStudio, type StudioServer } from '../node/studio/studio-server.js';

const ENCODING = join(ROOT, 'tests', 'fixtures-encoding');
const SHOTS = '/tmp';

describeBrowser('home page in Chromium', () => {
  let browser: Browser;
  let studio: StudioServer;
  let page: Page;
  let watched: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    studio = await startStudio();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    watched = watchPage(page);
    await page.goto(`${studio.base}/`);
    await page.locator('.card h3', { hasText: '办公室干部在机关党支部专题研讨交流会上的发言' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await studio?.close();
  });

  it('shows the one deck as a card with its slides, minutes and hints (no redirect)', async () => {
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('.card .facts').first().innerText()).toMatch(/^23 页 · 约 12 分钟 · 提示 2 条/);
    await page.screenshot({ path: join(SHOTS, 'home-1-one-deck.png') });
  });

  it('adds a GBK .txt and a .docx picked at once with a picture, and names the picture in one message', async () => {
    const files = tempDir('lectern-picked-');
    copyFileSync(join(ENCODING, 'speech.gbk.txt'), join(files, '读书班讲话.txt'));
    copyFileSync(join(ENCODING, 'speech.docx'), join(files, '结业式讲话.docx'));
    writeFileSync(join(files, '合影.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await page.setInputFiles('#files', ['读书班讲话.txt', '结业式讲话.docx', '合影.png'].map((f) => join(files, f)));
    await page.locator('.card').nth(2).waitFor();
    await page.locator('.card[aria-busy="false"]').nth(2).waitFor();
    expect(await page.locator('.card').count()).toBe(3);
    const errors = await page.locator('.message.error').allInnerTexts();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('「合影.png」是图片，读不出其中的讲话稿文字');
    expect(await page.locator('.message.ok').allInnerTexts()).toEqual([
      expect.stringContaining('已添加「结业式讲话.docx」'),
      expect.stringContaining('已添加「读书班讲话.txt」'),
    ]);
    // Three cards side by side fit a 1366×768 laptop screen: nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    const buttonRows = await page.locator('.card').first().locator('.actions > *').evaluateAll((els) => new Set(els.map((e) => (e as HTMLElement).offsetTop)).size);
    expect(buttonRows).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'home-2-added.png') });
  }, 60_000);

  it('exports a PPTX from a card and hands over the file as a download', async () => {
    const card = page.locator('.card', { hasText: '参考发言.txt' });
    await card.getByRole('button', { name: '导出' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'PPTX' }).click();
    const save = page.getByRole('dialog').locator('[data-download]');
    await save.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, 'home-3-export.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toBe('参考发言.pptx');
    const copy = join(tempDir(), 'got.pptx');
    await download.saveAs(copy);
    expect(readFileSync(copy).equals(readFileSync(join(studio.out, '参考发言.pptx')))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
  }, 90_000);

  it('deletes a deck after confirmation and brings it back with 撤销', async () => {
    const card = page.locator('.card', { hasText: '读书班讲话.txt' });
    await card.getByRole('button', { name: '删除' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain('删除后可以撤销');
    await page.screenshot({ path: join(SHOTS, 'home-5-delete.png') });
    await dialog.getByRole('button', { name: '删除' }).click();
    await page.locator('.message', { hasText: '已删除「读书班讲话」' }).getByRole('button', { name: '撤销' }).click();
    await page.locator('.message.ok', { hasText: '已恢复「读书班讲话.txt」' }).waitFor();
    await card.waitFor();
    expect(await page.locator('.card').count()).toBe(3);
  }, 60_000);

  it('opens 设置 by keyboard, saves it into the sidecar, and closes with Esc', async () => {
    const card = page.locator('.card', { hasText: '参考发言.txt' });
    await card.getByRole('button', { name: '设置' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('讲话人').fill('张三');
    await dialog.getByLabel('主题').selectOption('light');
    await page.screenshot({ path: join(SHOTS, 'home-4-settings.png') });
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.locator('.message.ok', { hasText: '已保存「参考发言」的设置' }).waitFor();
    expect(readFileSync(join(studio.dir, '参考发言.lectern.yaml'), 'utf8')).toContain('speaker: 张三');
    await card.getByRole('button', { name: '设置' }).click();
    expect(await page.getByRole('dialog').getByLabel('讲话人').inputValue()).toBe('张三');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    // The picture's refusal (415) is the only failed request the browser logs.
    expect(watched.errors).toEqual(['Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)']);
  }, 60_000);
});
