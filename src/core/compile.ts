// The one entry point of the pure core: speech text → outline → deck → markup.
import { splitFrontMatter } from './front-matter.js';
import { buildOutline } from './outline.js';
import { resolveOptions } from './options.js';
import { planDeck } from './plan.js';
import { renderDeck, type RenderOptions } from './render.js';
import type { Deck, DeckOptions, Outline } from './types.js';

export interface Compiled {
  outline: Outline;
  deck: Deck;
  /** The slides' markup, to put inside reveal.js's `<div class="slides">`. */
  html: string;
}

/** Merge order, later wins: defaults → front matter → options given by the caller (CLI). */
export function compileSpeech(text: string, options: Partial<DeckOptions> = {}, render: RenderOptions = { notes: true }): Compiled {
  const front = splitFrontMatter(text);
  const outline = buildOutline(front.body);
  outline.diagnostics.unshift(...front.diagnostics);
  const deck = planDeck(outline, resolveOptions(front.options, options));
  return { outline, deck, html: renderDeck(deck, render) };
}
