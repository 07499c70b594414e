// The one entry point of the pure core: speech text → outline → deck → markup.
import { splitFrontMatter } from './text/front-matter.js';
import { markdownOutline, OUTLINE_KEYS } from './outline/markdown.js';
import { explainOutline, type ExplainedOutline } from './outline/outline.js';
import type { Structure } from './corrections/pieces.js';
import { EMPTY_SIDECAR, type Sidecar } from './corrections/types.js';
import type { CandidateRecord } from './outline/rules/series-record.js';
import { resolveOptions } from './plan/options.js';
import { planDeck } from './plan/plan.js';
import { renderDeck, type RenderOptions } from './render/render.js';
import type { Deck, DeckOptions, Outline } from './types.js';

export interface Compiled {
  outline: Outline;
  deck: Deck;
  /** The slides' markup, to put inside reveal.js's `<div class="slides">`. */
  html: string;
  /** Every series the rules weighed, with its score and verdict ([] for a Markdown outline). */
  candidates: CandidateRecord[];
  /** The speech as pieces with roles, what the structure editor shows (absent for Markdown,
   *  whose structure is its headings, and for a text too long to be a speech). */
  structure?: Structure;
}

/** `txt` (and Word) speeches are prose whose structure is detected; `md` ones carry it in headings. */
export type SpeechFormat = 'txt' | 'md';

/**
 * Settings merge order, later wins: defaults → front matter → the sidecar's → options given by
 * the caller (CLI). The sidecar's corrections are the rules' last word on the structure.
 */
export function compileSpeech(
  text: string,
  options: Partial<DeckOptions> = {},
  render: RenderOptions = { notes: true },
  format: SpeechFormat = 'txt',
  /** Paragraphs a Word file styles as headings: a hint where the text shows no structure. */
  styledHeadings: readonly string[] = [],
  sidecar: Sidecar = EMPTY_SIDECAR,
  /** Also return `structure`, the structure editor's view (a walk over the whole text, which no
   *  other caller needs). */
  structure = false,
): Compiled {
  const front = splitFrontMatter(text, format === 'md' ? OUTLINE_KEYS : []);
  // Read once: a Markdown outline takes its own keys (subtitle, meta…) from the same block.
  const explained: ExplainedOutline =
    format === 'md' ? { outline: markdownOutline(text, front), candidates: [] } : explainOutline(front.body, { styledHeadings, corrections: sidecar.corrections, structure });
  const { outline, candidates } = explained;
  outline.diagnostics.unshift(...front.diagnostics);
  const deck = planDeck(outline, resolveOptions(front.options, sidecar.settings, options));
  // A deck too long to present adds its own note (paged.ts): the user reads the outline's.
  outline.diagnostics = deck.diagnostics;
  return { outline, deck, html: renderDeck(deck, render), candidates, ...(explained.structure ? { structure: explained.structure } : {}) };
}
