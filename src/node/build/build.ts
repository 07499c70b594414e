// `lectern build`: each speech → <out>/<name>/index.html plus the prebuilt client beside it.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderDeckIndex, type DeckSummary } from '../../core/render/deck-index.js';
import { deckCharacters } from '../../core/plan/deck-text.js';
import { deckFonts, type DeckFonts } from '../assets/fonts.js';
import { assertClientBuilt, CLIENT_DIST, CLIENT_FILES } from '../assets/client-assets.js';
import { deckFailureMessage, fileErrorMessage } from '../errors.js';
import { loadDecks, type ReadyDeck } from '../input/load-deck.js';
import { prepareOutDir } from './output-dir.js';
import { pageFor, type ClientCode } from './page-for.js';
import type { Reporter } from '../cli/reporter.js';

export interface BuildOptions {
  out: string;
  /** Speaker notes in the folder and the single file; `--no-notes` for copies that leave the office. */
  notes?: boolean;
}

export interface BuildResult {
  built: { deck: ReadyDeck; dir: string }[];
  failed: number;
}

async function copyClient(deckDir: string): Promise<void> {
  const assets = join(deckDir, 'assets');
  await mkdir(assets, { recursive: true });
  for (const entry of await readdir(CLIENT_DIST, { withFileTypes: true })) {
    const from = join(CLIENT_DIST, entry.name);
    await cp(from, entry.isDirectory() ? join(assets, entry.name) : join(assets, entry.name), { recursive: true });
  }
}

async function writeFonts(dir: string, fonts: DeckFonts): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all([
    ...fonts.fonts.map((f) => writeFile(join(dir, f.file), f.data)),
    writeFile(join(dir, 'OFL.txt'), fonts.licence),
  ]);
}

/** The client's code, written into the single file that opens by double-click. */
async function readClient(): Promise<ClientCode> {
  const [css, js] = await Promise.all([
    readFile(join(CLIENT_DIST, CLIENT_FILES.style), 'utf8'),
    readFile(join(CLIENT_DIST, CLIENT_FILES.script), 'utf8'),
  ]);
  return { css, js };
}

export async function buildDecks(target: string, options: BuildOptions, report: Reporter): Promise<BuildResult> {
  assertClientBuilt();
  await prepareOutDir(options.out);
  const { decks, failed } = await loadDecks(target, report, { notes: options.notes ?? true });
  const result: BuildResult = { built: [], failed };
  // Read once for every deck of the build.
  const client = decks.length > 0 ? await readClient() : { css: '', js: '' };
  for (const deck of decks) {
    report.step(`正在生成「${deck.name}」…`);
    const dir = join(options.out, deck.name);
    let created: string | undefined;
    try {
      created = await mkdir(dir, { recursive: true });
      const single = await writeDeck(deck, dir, join(options.out, `${deck.name}.html`), client);
      result.built.push({ deck, dir });
      report.done(`已生成 ${join(dir, 'index.html')}，以及单个文件 ${single}`);
    } catch (error) {
      // One deck that cannot be written (a name too long, a full disk) must not stop the others.
      // A folder this run created and left half-written would look like a deck, so it goes.
      if (created) await rm(created, { recursive: true, force: true }).catch(() => undefined);
      report.error(deckFailureMessage(deck.path, '幻灯片', error));
      result.failed++;
    }
  }
  if (result.built.length > 0) await writeIndex(options.out, result, report);
  return result;
}

/** Into the deck's folder: page, fonts, client; then its single file. Returns the single file's path. */
async function writeDeck(deck: ReadyDeck, dir: string, single: string, client: ClientCode): Promise<string> {
  const { deck: planned, html } = deck.compiled;
  const fonts = await deckFonts(deckCharacters(planned));
  await writeFonts(join(dir, 'fonts'), fonts);
  await writeFile(join(dir, 'index.html'), pageFor(planned, 'folder', { slides: html, fonts }));
  await copyClient(dir);
  await writeFile(single, pageFor(planned, 'single', { slides: html, fonts, client }));
  return single;
}

/** `<out>/index.html`, the list of the decks built (speech-files.ts keeps `index` free for it). */
async function writeIndex(out: string, result: BuildResult, report: Reporter): Promise<void> {
  const file = join(out, 'index.html');
  try {
    await writeFile(file, renderDeckIndex(result.built.map(({ deck }) => summarize(deck))));
  } catch (error) {
    report.error(`没能写出幻灯片目录页。${fileErrorMessage(file, error, 'write')}`);
    result.failed++;
  }
}

export function summarize(deck: ReadyDeck): DeckSummary {
  const { deck: planned } = deck.compiled;
  const slides = planned.entries.reduce((n, e) => n + (e.type === 'slide' ? 1 : e.slides.length), 0);
  return { name: deck.name, title: planned.title, date: planned.options.date, slides, seconds: planned.totalSeconds };
}
