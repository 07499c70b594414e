// `lectern build`: each speech → <out>/<name>/index.html plus the prebuilt client beside it.
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderDeckIndex, type DeckSummary } from '../core/deck-index.js';
import { renderPage } from '../core/page.js';
import { assertClientBuilt, CLIENT_DIST, CLIENT_FILES } from './client-assets.js';
import { formatDiagnostics, loadDeck, type LoadedDeck } from './load-deck.js';
import type { Reporter } from './reporter.js';
import { findSpeeches } from './speech-files.js';

export interface BuildOptions {
  out: string;
}

export interface BuildResult {
  built: { deck: Extract<LoadedDeck, { ok: true }>; dir: string }[];
  failed: number;
}

/** Asset URLs relative to the deck's folder, so the deck works under any sub-path. */
export const BUILT_ASSETS = { styles: [`./assets/${CLIENT_FILES.style}`], scripts: [`./assets/${CLIENT_FILES.script}`] };

async function copyClient(deckDir: string): Promise<void> {
  const assets = join(deckDir, 'assets');
  await mkdir(assets, { recursive: true });
  for (const entry of await readdir(CLIENT_DIST, { withFileTypes: true })) {
    const from = join(CLIENT_DIST, entry.name);
    await cp(from, entry.isDirectory() ? join(assets, entry.name) : join(assets, entry.name), { recursive: true });
  }
}

export async function buildDecks(target: string, options: BuildOptions, report: Reporter): Promise<BuildResult> {
  assertClientBuilt();
  const { speeches, rejected } = await findSpeeches(target);
  const result: BuildResult = { built: [], failed: 0 };
  let failed = 0;
  // Files in formats we cannot read still get a message saying how to convert them.
  for (const file of rejected) {
    const deck = await loadDeck(file.path, '');
    if (!deck.ok) report.error(deck.message);
    failed++;
  }
  for (const speech of speeches) {
    report.step(`正在生成「${speech.name}」…`);
    const deck = await loadDeck(speech.path, speech.name);
    if (!deck.ok) {
      report.error(deck.message);
      failed++;
      continue;
    }
    formatDiagnostics(deck).forEach((line) => report.warn(line));
    const dir = join(options.out, speech.name);
    await mkdir(dir, { recursive: true });
    const { deck: planned, html } = deck.compiled;
    await writeFile(join(dir, 'index.html'), renderPage(planned, html, BUILT_ASSETS));
    await copyClient(dir);
    result.built.push({ deck, dir });
    report.done(`已生成 ${join(dir, 'index.html')}`);
  }
  if (result.built.length > 0) {
    const summaries: DeckSummary[] = result.built.map(({ deck }) => summarize(deck));
    await writeFile(join(options.out, 'index.html'), renderDeckIndex(summaries));
  }
  result.failed = failed;
  return result;
}

export function summarize(deck: Extract<LoadedDeck, { ok: true }>): DeckSummary {
  const { deck: planned } = deck.compiled;
  const slides = planned.entries.reduce((n, e) => n + (e.type === 'slide' ? 1 : e.slides.length), 0);
  return { name: deck.name, title: planned.title, date: planned.options.date, slides, seconds: planned.totalSeconds };
}
