// The structure editor in Chromium, driven by real clicks and keys, on a made-up speech whose
// detection is wrong: the fix is saved in the sidecar, and the deck, `build` and `outline --json`
// all show it; undo goes back; the speech file is never touched; foreign writes are refused.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseSidecar } from '../../src/core/corrections/sidecar.js';
import { describeBrowser, launchBrowser, waitForDeck, watchPage } from '../helpers/browser.js';
import { startDevServer } from '../helpers/dev-server.js';
import { WRONGLY_DETECTED } from '../helpers/speeches.js';
import { ROOT, tempDir } from '../helpers/paths.js';

const run = promisify(execFile);

const SPEECH = WRONGLY_DETECTED;

const FIXED = [
  { text: '作风建设永远在路', role: 'theme' },
  { text: '我们必须坚持问题', role: 'point' },
  { text: '服务群众是根本。', role: 'theme', label: '服务群众' },
  { text: '我们把群众的事放', role: 'point' },
  { text: '窗口单位还需提高', role: 'point' },
];

describeBrowser('structure editor in Chromium', () => {
  const dir = tempDir('lectern-editor-');
  const speechFile = join(dir, '体会.txt');
  const sidecarFile = join(dir, '体会.lectern.yaml');
  let server: ViteDevServer;
  let base: string;
  let browser: Browser;
  let page: Page;
  let watched: ReturnType<typeof watchPage>;

  const sentence = (words: string) => page.locator('.ed-sent', { hasText: words }).first();
  const saved = async () => {
    await page.waitForFunction(() => /已保存|已恢复/.test(document.querySelector('.ed-save')?.textContent ?? ''));
    await page.evaluate(() => (window as unknown as { lecternEditor: { saver: { idle(): Promise<void> } } }).lecternEditor.saver.idle());
  };
  const sidecar = () => parseSidecar(readFileSync(sidecarFile, 'utf8')).sidecar.corrections.map(({ line: _line, ...c }) => c);

  beforeAll(async () => {
    writeFileSync(speechFile, SPEECH);
    ({ server, base } = await startDevServer(dir));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    watched = watchPage(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens from the deck with E, the speech shown as tagged paragraphs', async () => {
    await page.goto(`${base}/${encodeURIComponent('体会')}/`);
    await waitForDeck(page);
    await page.keyboard.press('e');
    await page.waitForURL(/\/edit$/);
    await page.waitForSelector('#editor[data-version]');
    const tags = await page.locator('.ed-para').evaluateAll((ps) => ps.map((p) => p.querySelector('.ed-chip')?.textContent));
    expect(tags).toEqual(['标题', '称谓', '开头', '正文', '正文', '结尾']);
  });

  it('fixes the structure by clicks and keys, and saves exactly those corrections', async () => {
    await sentence('作风建设永远在路上').click();
    await page.keyboard.press('6');
    await sentence('我们必须坚持问题导向').click();
    await page.keyboard.press('7');
    await sentence('服务群众是根本').click();
    await page.getByRole('button', { name: '6 主题' }).click();
    await sentence('我们把群众的事').click();
    await page.keyboard.press('7');
    await sentence('窗口单位还需').click();
    await page.getByRole('button', { name: '7 要点' }).click();
    await sentence('服务群众是根本').click();
    await page.keyboard.press('l');
    await page.keyboard.type('服务群众');
    await page.keyboard.press('Enter');
    await saved();
    expect(sidecar()).toEqual(FIXED);
    expect(await page.locator('.ed-preview .heading').first().textContent()).toBe('服务群众');
    expect(readFileSync(speechFile, 'utf8')).toBe(SPEECH);
  });

  it('shows the corrected structure in the deck, in build and in outline --json, with every character in the notes', async () => {
    const deckPage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await deckPage.goto(`${base}/${encodeURIComponent('体会')}/`);
    await waitForDeck(deckPage);
    const headings = await deckPage.evaluate(() => [...document.querySelectorAll('section[data-kind="theme"] .heading')].map((h) => h.textContent));
    expect(headings).toEqual(['作风建设永远在路上', '服务群众']);
    await deckPage.close();

    const { stdout } = await run(process.execPath, [join(ROOT, 'bin', 'lectern.js'), 'outline', dir, '--json']);
    const outline = JSON.parse(stdout);
    expect(outline.themes.map((t: { heading: string; label?: string; points: unknown[] }) => [t.heading, t.label, t.points.length])).toEqual([
      ['作风建设永远在路上。', undefined, 1],
      ['服务群众是根本。', '服务群众', 2],
    ]);

    const out = tempDir('lectern-editor-build-');
    await run(process.execPath, [join(ROOT, 'bin', 'lectern.js'), 'build', dir, '--out', out]);
    const built = readFileSync(join(out, '体会', 'index.html'), 'utf8');
    expect(built.match(/data-kind="theme"/g)).toHaveLength(2);
    expect(built.match(/data-kind="point"/g)).toHaveLength(3);
    const notes = [...built.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((m) => m[1].replace(/<[^>]+>/g, '')).join('\n');
    let at = 0;
    for (const paragraph of SPEECH.split('\n')) {
      for (const part of paragraph.split(/(?<=。)/)) {
        const found = notes.indexOf(part, at);
        expect([part, found >= 0]).toEqual([part, true]);
        at = found + part.length;
      }
    }
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Y, saving each state', async () => {
    await page.locator('.ed-text').focus();
    await page.keyboard.press('Control+z');
    await saved();
    expect(sidecar()).toEqual(FIXED.map((c) => (c.label ? { text: c.text, role: c.role } : c)));
    expect(await page.locator('.ed-preview .heading').first().textContent()).toBe('服务群众是根本');
    await page.keyboard.press('Control+y');
    await saved();
    expect(sidecar()).toEqual(FIXED);
  });

  it('refuses a write from another origin or without the token', async () => {
    const before = readFileSync(sidecarFile, 'utf8');
    const url = `${base}/__lectern/api/decks/${encodeURIComponent('体会')}/sidecar`;
    const body = JSON.stringify({ corrections: [] });
    const token = await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="lectern-token"]')!.content);
    const foreign = await fetch(url, { method: 'PUT', body, headers: { 'Content-Type': 'application/json', 'X-Lectern-Token': token, Origin: 'http://evil.example' } });
    const tokenless = await fetch(url, { method: 'PUT', body, headers: { 'Content-Type': 'application/json', Origin: base } });
    expect([foreign.status, tokenless.status]).toEqual([403, 403]);
    expect(readFileSync(sidecarFile, 'utf8')).toBe(before);
  });
  it('undoes a point started inside a paragraph, then restores automatic detection for all', async () => {
    await sentence('窗口单位还需').click();
    await page.keyboard.press('Delete');
    await saved();
    expect(sidecar()).toEqual(FIXED.slice(0, 4));
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '全部恢复自动识别' }).click();
    await saved();
    // No corrections left: the sidecar goes, and the deck is the automatic one again.
    expect(existsSync(sidecarFile)).toBe(false);
    const tags = await page.locator('.ed-para').evaluateAll((ps) => ps.map((p) => p.querySelector('.ed-chip')?.textContent));
    expect(tags).toEqual(['标题', '称谓', '开头', '正文', '正文', '结尾']);
    expect(watched.errors).toEqual([]);
  });
});
