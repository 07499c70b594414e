// Reads one speech file and compiles it: the IO edge in front of the pure core.
import { isAbsolute, relative } from 'node:path';
import { compileSpeech, type Compiled } from '../core/compile.js';
import type { RenderOptions } from '../core/render.js';
import type { DeckOptions } from '../core/types.js';
import { readSpeech } from './read-speech.js';

export type LoadedDeck =
  | { ok: true; name: string; path: string; compiled: Compiled; /** How the file was read (GBK, Word…). */ notes: string[] }
  | { ok: false; name: string; path: string; message: string };

export async function loadDeck(
  path: string,
  name: string,
  options: Partial<DeckOptions> = {},
  render: RenderOptions = { notes: true },
): Promise<LoadedDeck> {
  const source = await readSpeech(path);
  if (!source.ok) return { ok: false, name, path, message: source.message };
  return { ok: true, name, path, compiled: compileSpeech(source.text, options, render, source.format === 'md' ? 'md' : 'txt'), notes: source.notes };
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
  return [...deck.notes, ...deck.compiled.outline.diagnostics.map((d) => `${where} 第 ${d.line} 行：${d.message.replace(/^第 ?\d+ ?行[：:]\s*/, '')}`)];
}
