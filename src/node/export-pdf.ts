// `lectern pdf`: builds the decks, opens each in the user's own Chromium/Chrome/Edge in
// reveal.js print view, and writes <out>/<name>.pdf (and <name>-notes.pdf with --notes).
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildDecks } from './build.js';
import { BROWSER_ARGS, findBrowser, MISSING_BROWSER_MESSAGE } from './browser.js';
import type { Reporter } from './reporter.js';
import { serveStatic } from './static-server.js';

export interface PdfOptions {
  out: string;
  notes: boolean;
}

/** Print view is ready at reveal.js's `pdf-ready` event, and the fonts must be in too. */
const READY_FLAG = '__lecternPdfReady';
const WATCH_READY = `window.addEventListener('pdf-ready', () => { window.${READY_FLAG} = true; });`;
/** A guard against a page that never gets ready, not a target: a deck prints in about a second. */
const READY_TIMEOUT_MS = 60_000;

export async function exportPdfs(target: string, options: PdfOptions, report: Reporter): Promise<{ written: string[]; failed: number }> {
  const executablePath = findBrowser();
  if (!executablePath) {
    report.error(MISSING_BROWSER_MESSAGE);
    return { written: [], failed: 1 };
  }
  const built = await buildDecks(target, { out: options.out }, report);
  if (built.built.length === 0) return { written: [], failed: built.failed };

  const server = await serveStatic(options.out);
  let browser: Browser | undefined;
  const written: string[] = [];
  try {
    report.step('正在启动浏览器…');
    browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
    for (const { deck } of built.built) {
      const variants = options.notes ? [false, true] : [false];
      for (const withNotes of variants) {
        const file = join(options.out, `${deck.name}${withNotes ? '-notes' : ''}.pdf`);
        report.step(`正在打印「${deck.name}」${withNotes ? '（含讲稿备注）' : ''}…`);
        const page = await browser.newPage();
        try {
          await page.addInitScript(WATCH_READY);
          const query = withNotes ? '?print-pdf&showNotes=separate-page' : '?print-pdf';
          await page.goto(`${server.url}${encodeURIComponent(deck.name)}/${query}`);
          await page.waitForFunction(`window.${READY_FLAG} === true`, undefined, { timeout: READY_TIMEOUT_MS });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        } finally {
          await page.close();
        }
        written.push(file);
        report.done(`已写出 ${file}`);
      }
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return { written, failed: built.failed };
}
