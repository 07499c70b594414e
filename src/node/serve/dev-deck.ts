// One speech made ready for the dev server, off the request path: read, compiled, fonts subset
// and the page rendered, in a worker thread (compile-worker.ts). What crosses back to the server
// is strings and bytes only, so a 10 MB speech costs the server's thread no parsing or copying of
// slide objects: the slides' markup arrives as UTF-8 bytes and is written to the response as is.
import type { DeckSummary } from '../../core/render/deck-index.js';
import { deckCharacters } from '../../core/plan/deck-text.js';
import { summarize } from '../build/build.js';
import { pageFor } from '../build/page-for.js';
import { deckFonts, type DeckFonts } from '../assets/fonts.js';
import { formatDiagnostics, loadDeck } from '../input/load-deck.js';

export interface DevJob {
  path: string;
  name: string;
  /** The browser entry, as Vite serves it. */
  clientEntry: string;
}

/** Where the slides go in `shell`: the page is passed through Vite without them (see vite-plugin.ts). */
export const SLIDES_MARK = '<!--lectern:slides-->';

export type DevDeck =
  | {
      ok: true;
      name: string;
      path: string;
      summary: DeckSummary;
      /** How the file was read and what the structure detection noticed, one line each. */
      diagnostics: string[];
      /** The whole page with SLIDES_MARK in place of the slides. */
      shell: string;
      /** The slides' markup, UTF-8. */
      slides: Uint8Array;
      fonts: DeckFonts;
    }
  | { ok: false; name: string; path: string; message: string };

export async function prepareDevDeck({ path, name, clientEntry }: DevJob): Promise<DevDeck> {
  const deck = await loadDeck(path, name);
  if (!deck.ok) return deck;
  const { deck: planned, html } = deck.compiled;
  const diagnostics = formatDiagnostics(deck);
  // Subsets are cached on disk by character set, so this costs milliseconds after the first time.
  const fonts = await deckFonts(deckCharacters(planned));
  const shell = pageFor(planned, 'dev', { slides: SLIDES_MARK, clientEntry, diagnostics });
  return { ok: true, name, path, summary: summarize(deck), diagnostics, shell, slides: new TextEncoder().encode(html), fonts };
}
