// `lectern pdf`: builds the decks, opens each in the user's own Chromium/Chrome/Edge in
// reveal.js print view, and writes <out>/<name>.pdf (and <name>-notes.pdf with --notes).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDecks } from '../../build/build.js';
import { BROWSER_ARGS, findBrowser, MISSING_BROWSER_MESSAGE } from './browser.js';
import { CdpBrowser } from './cdp-pipe.js';
import { deckFailureMessage } from '../../errors.js';
import type { Reporter } from '../../cli/reporter.js';
import { serveStatic } from '../../serve/static-server.js';

export interface PdfOptions {
  out: string;
  notes: boolean;
}

/** Print view is ready at reveal.js's `pdf-ready` event, and the fonts must be in too. */
const READY_FLAG = '__lecternPdfReady';
const WATCH_READY = `window.addEventListener('pdf-ready', () => { window.${READY_FLAG} = true; });`;
/** Resolves once print view is laid out and every font has loaded. */
const WAIT_READY = `new Promise((resolve) => {
  const check = () => (window.${READY_FLAG} ? resolve() : setTimeout(check, 10));
  check();
}).then(() => document.fonts.ready).then(() => true)`;
/** A guard against a page that never gets ready, not a target: a deck prints in about a second. */
const READY_TIMEOUT_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function exportPdfs(target: string, options: PdfOptions, report: Reporter): Promise<{ written: string[]; failed: number }> {
  const executablePath = findBrowser();
  if (!executablePath) {
    report.error(MISSING_BROWSER_MESSAGE);
    return { written: [], failed: 1 };
  }
  // The browser starts while the decks build: both take a few hundred milliseconds.
  report.step('正在启动浏览器…');
  const launching = CdpBrowser.launch(executablePath, BROWSER_ARGS);
  // A failed launch is reported below; until then it must not surface as an unhandled rejection.
  launching.catch(() => undefined);
  const built = await buildDecks(target, { out: options.out }, report).catch(async (error) => {
    await (await launching.catch(() => undefined))?.close();
    throw error;
  });
  if (built.built.length === 0) {
    await (await launching.catch(() => undefined))?.close();
    return { written: [], failed: built.failed };
  }

  const server = await serveStatic(options.out);
  let browser: CdpBrowser | undefined;
  const written: string[] = [];
  let failed = built.failed;
  try {
    browser = await launching;
    for (const { deck } of built.built) {
      for (const withNotes of options.notes ? [false, true] : [false]) {
        const file = join(options.out, `${deck.name}${withNotes ? '-notes' : ''}.pdf`);
        report.step(`正在打印「${deck.name}」${withNotes ? '（含讲稿备注）' : ''}…`);
        try {
          await writeFile(file, await printDeck(browser, `${server.url}${encodeURIComponent(deck.name)}/`, deck.name, withNotes));
          written.push(file);
          report.done(`已写出 ${file}`);
        } catch (error) {
          // One deck that cannot be printed or written must not stop the others.
          report.error(deckFailureMessage(deck.path, ' PDF', error));
          failed++;
        }
      }
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return { written, failed };
}

/** The PDF of the deck at `url`, in reveal.js print view (with the notes on pages of their own). */
async function printDeck(browser: CdpBrowser, url: string, name: string, withNotes: boolean): Promise<Buffer> {
  const page = await browser.newPage();
  await browser.send('Page.enable', {}, page);
  await browser.send('Page.addScriptToEvaluateOnNewDocument', { source: WATCH_READY }, page);
  const query = withNotes ? '?print-pdf&showNotes=separate-page' : '?print-pdf';
  const loaded = browser.once('Page.loadEventFired', page);
  await browser.send('Page.navigate', { url: `${url}${query}` }, page);
  await withTimeout(loaded, READY_TIMEOUT_MS, `「${name}」迟迟没有打开，请重试。`);
  const ready = browser.send('Runtime.evaluate', { expression: WAIT_READY, awaitPromise: true, returnByValue: true }, page);
  await withTimeout(ready, READY_TIMEOUT_MS, `「${name}」的打印视图迟迟没有准备好，请重试；如仍不行，请用浏览器打开幻灯片后按 Ctrl+P 打印。`);
  const { data } = await browser.send<{ data: string }>('Page.printToPDF', { preferCSSPageSize: true, printBackground: true }, page);
  return Buffer.from(data, 'base64');
}
