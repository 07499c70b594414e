// `lectern pdf`: builds the decks, opens each in the user's own Chromium/Chrome/Edge in
// reveal.js print view, and writes <out>/<name>.pdf (and <name>-notes.pdf with --notes,
// <name>-handout.pdf with --handout).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BROWSER_ARGS } from './browser.js';
import { browseBuiltDecks, type BrowserRunResult, type DeckTask } from './browse-decks.js';
import { CdpBrowser } from './cdp-pipe.js';
import { handoutTask } from './handout-print.js';
import { READY_TIMEOUT_MS, withTimeout } from './timeout.js';
import type { Reporter } from '../../cli/reporter.js';
import type { ReadyDeck } from '../../input/load-deck.js';

export interface PdfOptions {
  out: string;
  notes: boolean;
  /** Also the A4 handout, <name>-handout.pdf (`--handout`). */
  handout?: boolean;
  /** The slides PDF itself (default true); off when only the handout is wanted (exportHandouts). */
  slides?: boolean;
}

/** Print view is ready at reveal.js's `pdf-ready` event, and the fonts must be in too. */
const READY_FLAG = '__lecternPdfReady';
const WATCH_READY = `window.addEventListener('pdf-ready', () => { window.${READY_FLAG} = true; });`;
/** Resolves once print view is laid out and every font has loaded. */
const WAIT_READY = `new Promise((resolve) => {
  const check = () => (window.${READY_FLAG} ? resolve() : setTimeout(check, 10));
  check();
}).then(() => document.fonts.ready).then(() => true)`;

export async function exportPdfs(target: string, options: PdfOptions, report: Reporter): Promise<BrowserRunResult> {
  const launch = (executablePath: string) => {
    report.step('正在启动浏览器…');
    return CdpBrowser.launch(executablePath, BROWSER_ARGS);
  };
  const tasks = (deck: ReadyDeck): DeckTask<CdpBrowser>[] => [
    ...slideTasks(deck, options),
    ...(options.handout ? [handoutTask(deck, options.out)] : []),
  ];
  return browseBuiltDecks({ target, site: options.out, launch, tasks }, report);
}

/** The slides PDF, and the notes PDF after it with --notes. */
function slideTasks(deck: ReadyDeck, options: PdfOptions): DeckTask<CdpBrowser>[] {
  if (options.slides === false) return [];
  return (options.notes ? [false, true] : [false]).map((withNotes) => {
    const file = join(options.out, `${deck.name}${withNotes ? '-notes' : ''}.pdf`);
    return {
      step: `正在打印「${deck.name}」${withNotes ? '（含讲稿备注）' : ''}…`,
      what: ' PDF',
      run: async (browser, url) => {
        await writeFile(file, await printDeck(browser, url, deck.name, withNotes));
        return [file];
      },
      done: () => `已写出 ${file}`,
    };
  });
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
