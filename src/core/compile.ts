// The one entry point of the pure core: speech text → outline → deck → markup.
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

export function compileSpeech(text: string, options: Partial<DeckOptions> = {}, render: RenderOptions = { notes: true }): Compiled {
  const outline = buildOutline(text);
  const deck = planDeck(outline, resolveOptions(options));
  return { outline, deck, html: renderDeck(deck, render) };
}
