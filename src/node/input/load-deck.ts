// Reads one speech file and compiles it: the IO edge in front of the pure core.
import { isAbsolute, relative } from 'node:path';
import { compileSpeech, type Compiled } from '../../core/compile.js';
import type { RenderOptions } from '../../core/render/render.js';
import type { DeckOptions } from '../../core/types.js';
import { deckFailureMessage } from '../errors.js';
import { readSpeech } from './read-speech.js';
import { readSidecarFile } from './sidecar-file.js';
import type { Reporter } from '../cli/reporter.js';
import { findSpeeches, type SpeechFile } from './speech-files.js';

export type LoadedDeck =
  | {
      ok: true;
      name: string;
      path: string;
      compiled: Compiled;
      /** How the file was read (GBK, Word…). */
      notes: string[];
      /** The deck's sidecar (settings and corrections), whose diagnostics name it. */
      sidecarPath: string;
    }
  | { ok: false; name: string; path: string; message: string };

export async function loadDeck(
  path: string,
  name: string,
  options: Partial<DeckOptions> = {},
  render: RenderOptions = { notes: true },
): Promise<LoadedDeck> {
  try {
    const [source, side] = await Promise.all([readSpeech(path), readSidecarFile(path, name)]);
    if (!source.ok) return { ok: false, name, path, message: source.message };
    const compiled = compileSpeech(source.text, options, render, source.format === 'md' ? 'md' : 'txt', source.styledHeadings, side.sidecar);
    // The sidecar's own problems (a bad value, an unreadable file) are said with the speech's.
    compiled.outline.diagnostics.unshift(...side.diagnostics);
    return { ok: true, name, path, compiled, notes: source.notes, sidecarPath: side.path };
  } catch (error) {
    // The core never throws on user text by design; if it does, this speech fails, not the run.
    return { ok: false, name, path, message: deckFailureMessage(path, '幻灯片', error) };
  }
}

/** A path as the user knows it: relative to where they run the command, when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** One line per diagnostic, naming the file and line: 「slides/a.txt 第 3 行：…」. */
export function formatDiagnostics(deck: LoadedDeck): string[] {
  if (!deck.ok) return [deck.message];
  const where = displayPath(deck.path);
  const sidecar = displayPath(deck.sidecarPath);
  return [...deck.notes, ...deck.compiled.outline.diagnostics.map((d) => `${d.source === 'sidecar' ? sidecar : where} 第 ${d.line} 行：${d.message}`)];
}

export type ReadyDeck = Extract<LoadedDeck, { ok: true }>;

/**
 * Every speech at `target` (a file or a folder), loaded. Files that cannot become a deck
 * (unreadable, or a format to convert first) are reported with what to do and counted;
 * the diagnostics of the others are printed as warnings. Commands go on with the good ones.
 */
export async function loadDecks(
  target: string,
  report: Reporter,
  render: RenderOptions = { notes: true },
): Promise<{ decks: ReadyDeck[]; failed: number }> {
  const { speeches, rejected } = await findSpeeches(target);
  const decks: ReadyDeck[] = [];
  let failed = 0;
  for (const file of [...speeches, ...rejected.map((r): SpeechFile => ({ path: r.path, name: '' }))]) {
    if (file.note) report.warn(file.note);
    const deck = await loadDeck(file.path, file.name, {}, render);
    if (!deck.ok) {
      report.error(deck.message);
      failed++;
      continue;
    }
    formatDiagnostics(deck).forEach((line) => report.warn(line));
    decks.push(deck);
  }
  if (speeches.length === 0 && rejected.length === 0) {
    // An empty folder is a mistake to point out, not a silent success.
    report.error(`「${target}」里没有讲话稿（.txt、.md 或 .docx）。`);
    failed++;
  }
  return { decks, failed };
}
