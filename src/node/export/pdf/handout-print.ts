// Prints one deck's handout (讲稿版): the page from src/core/render/handout.ts, with the deck's
// stylesheet and its fonts written into it, opened as a document of its own in the browser and
// printed on A4 with its running header and footer (handout-running.ts: margin boxes where the
// browser draws them, Chromium's templates where not).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HANDOUT_PAGE } from '../../../core/render/handout-layout.js';
import { handoutFooterTemplate, handoutHeaderTemplate } from '../../../core/render/handout-running.js';
import { handoutCharacters, renderHandout } from '../../../core/render/handout.js';
import type { Deck } from '../../../core/types.js';
import { CLIENT_DIST, CLIENT_FILES } from '../../assets/client-assets.js';
import { deckFonts, FONT_SOURCES, type FontSource } from '../../assets/fonts.js';
import { inlineFontCss } from '../../build/page-for.js';
import type { ReadyDeck } from '../../input/load-deck.js';
import type { DeckTask } from './browse-decks.js';
import type { CdpBrowser } from './cdp-pipe.js';
import { READY_TIMEOUT_MS, withTimeout } from './timeout.js';

/** The deck's faces, and Noto Serif SC Regular for the spoken text: printed prose reads in 宋体. */
const HANDOUT_FONTS: readonly FontSource[] = [
  ...FONT_SOURCES,
  { family: 'Lectern Serif', weight: 400, file: 'lectern-serif-400.woff', ttf: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf' },
];

/** Loads every declared face (a face is only fetched once text asks for it), then waits for layout. */
const FONTS_LOADED = 'Promise.all([...document.fonts].map((f) => f.load())).then(() => document.fonts.ready).then(() => true)';

const MM_PER_INCH = 25.4;

/** `<out>/<name>-handout.pdf`, as a task of the PDF run. */
export function handoutTask(deck: ReadyDeck, out: string): DeckTask<CdpBrowser> {
  const file = join(out, `${deck.name}-handout.pdf`);
  return {
    step: `正在打印「${deck.name}」的讲稿版（A4）…`,
    what: '讲稿版 PDF',
    run: async (browser) => {
      await writeFile(file, await printHandout(browser, deck.compiled.deck, deck.name));
      return [file];
    },
    done: () => `已写出 ${file}`,
  };
}

/** Chromium draws CSS page-margin boxes from version 131 (November 2024). */
const MARGIN_BOXES_SINCE = 131;

/** Whether the browser draws page-margin boxes: `HeadlessChrome/156.0.7…` → 156. */
export async function hasMarginBoxes(browser: CdpBrowser): Promise<boolean> {
  const { product } = await browser.send<{ product: string }>('Browser.getVersion');
  const major = Number(/\/(\d+)\./.exec(product)?.[1] ?? 0);
  return major >= MARGIN_BOXES_SINCE;
}

export interface PrintHandoutOptions {
  /** Header and footer as page-margin boxes (default: when the browser draws them), else as
   *  Chromium's templates. */
  marginBoxes?: boolean;
}

/** The handout of `deck` as PDF bytes. `name` is the deck's, for the messages. */
export async function printHandout(browser: CdpBrowser, deck: Deck, name: string, options: PrintHandoutOptions = {}): Promise<Buffer> {
  const [clientCss, fonts, marginBoxes] = await Promise.all([
    readFile(join(CLIENT_DIST, CLIENT_FILES.style), 'utf8'),
    deckFonts(handoutCharacters(deck), { sources: HANDOUT_FONTS }),
    options.marginBoxes ?? hasMarginBoxes(browser),
  ]);
  const html = renderHandout(deck, { styles: [clientCss, inlineFontCss(fonts)], marginBoxes });
  const page = await browser.newPage();
  const { frameTree } = await browser.send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree', {}, page);
  await browser.send('Page.setDocumentContent', { frameId: frameTree.frame.id, html }, page);
  const ready = browser.send('Runtime.evaluate', { expression: FONTS_LOADED, awaitPromise: true, returnByValue: true }, page);
  await withTimeout(ready, READY_TIMEOUT_MS, `「${name}」的讲稿版迟迟没有准备好，请重试。`);
  const { margin } = HANDOUT_PAGE;
  const inches = (mm: number) => mm / MM_PER_INCH;
  const templates = marginBoxes
    ? { displayHeaderFooter: false }
    : { displayHeaderFooter: true, headerTemplate: handoutHeaderTemplate(deck), footerTemplate: handoutFooterTemplate() };
  const { data } = await browser.send<{ data: string }>(
    'Page.printToPDF',
    {
      paperWidth: inches(HANDOUT_PAGE.width),
      paperHeight: inches(HANDOUT_PAGE.height),
      marginTop: inches(margin.top),
      marginRight: inches(margin.right),
      marginBottom: inches(margin.bottom),
      marginLeft: inches(margin.left),
      printBackground: true,
      ...templates,
    },
    page,
  );
  return Buffer.from(data, 'base64');
}
