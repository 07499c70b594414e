// Deck → reveal.js <section> markup. Every string from the speech is plain text: it is
// escaped here and nowhere else, so `<b>`, `*`, `#` in a speech show exactly as typed.
import MarkdownIt from 'markdown-it';
import { QUOTED_TERM } from '../text/markers.js';
import type { Deck, Slide, SlideBlock } from '../types.js';

/** The one HTML escape of the project: the rest of the code imports it from here. */
export const { escapeHtml } = new MarkdownIt({ html: false }).utils;

/** What must be escaped, or a quoted term to emphasise: one pass over the text for both. */
const ESCAPE_OR_TERM = new RegExp(`[&<>"]|${QUOTED_TERM.source}`, 'g');
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes speech text and marks its quoted terms. */
export function speechHtml(text: string): string {
  return text.replace(ESCAPE_OR_TERM, (m) => (m.length === 1 ? ENTITY[m] : `<em class="term">${escapeHtml(m)}</em>`));
}

function attr(value: string): string {
  return escapeHtml(value);
}

function renderBlock(block: SlideBlock): string {
  switch (block.type) {
    case 'heading':
      return `<h2 class="heading">${speechHtml(block.text)}</h2>`;
    case 'subheading':
      return `<p class="subheading">${speechHtml(block.text)}</p>`;
    case 'breadcrumb':
      return `<p class="breadcrumb">${speechHtml(block.text)}</p>`;
    case 'mark':
      return `<div class="mark" aria-hidden="true">${escapeHtml(block.text)}</div>`;
    case 'paragraph':
      return `<p>${speechHtml(block.text)}</p>`;
    case 'lines':
      return `<div class="text">${block.lines.map((l) => `<p>${speechHtml(l)}</p>`).join('')}</div>`;
    case 'meta':
      return `<div class="meta">${block.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`;
    case 'list':
      return `<ol class="points">${block.items
        .map((item) => `<li>${item.href ? `<a href="${attr(item.href)}">${speechHtml(item.text)}</a>` : speechHtml(item.text)}</li>`)
        .join('')}</ol>`;
    case 'tiles':
      return `<ol class="tiles">${block.tiles
        .map(
          (t) =>
            `<li><a href="${attr(t.href)}"><span class="tile-mark">${escapeHtml(t.mark)}</span><span class="tile-label">${speechHtml(t.label)}</span></a></li>`,
        )
        .join('')}</ol>`;
  }
}

function renderNotes(notes: string): string {
  const paragraphs = notes.split('\n').filter((p) => p.trim() !== '');
  return `<aside class="notes">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</aside>`;
}

export interface RenderOptions {
  /** Speaker notes in the markup; off for copies that leave the office (`--no-notes`). */
  notes: boolean;
}

/** The thin footer of content slides: unit and date, when the speech gives them. */
function renderFooter(parts: string[]): string {
  return parts.length ? `<footer class="footer">${parts.map((p) => `<span>${escapeHtml(p)}</span>`).join('')}</footer>` : '';
}

/** The deck's footer, the same on every content slide: rendered once per deck. */
export function deckFooter(deck: Deck): string {
  return renderFooter([deck.options.unit, deck.options.date].filter((p): p is string => Boolean(p)));
}

/** `footerHtml`: the rendered footer, the same on every slide (rendered once per deck). */
export function renderSlide(slide: Slide, options: RenderOptions = { notes: true }, footerHtml = ''): string {
  const out: string[] = [];
  renderSlideInto(out, slide, options, footerHtml);
  return out.join('');
}

/**
 * Appends the slide's markup piece by piece: one join at the end of the deck is cheaper than
 * nested template strings, which V8 must flatten again at every level on a 10 MB speech.
 */
function renderSlideInto(out: string[], slide: Slide, options: RenderOptions, footerHtml: string): void {
  out.push(`<section id="${attr(slide.id)}" data-kind="${slide.kind}" data-timing="${slide.timing}"`);
  if (slide.continued) out.push(' data-continued');
  // reveal.js puts a slide's data-state on the page, so the title slide can recolour the chrome.
  if (slide.kind === 'title') out.push(' data-state="on-title"');
  out.push('><div class="slide-body">');
  for (const block of slide.blocks) out.push(renderBlock(block));
  out.push('</div>');
  if (slide.kind !== 'title') out.push(footerHtml);
  if (options.notes) out.push(renderNotes(slide.notes));
  out.push('</section>');
}

/** The `<div class="slides">` content: horizontal slides and vertical stacks, in order. */
export function renderDeck(deck: Deck, options: RenderOptions = { notes: true }): string {
  const footer = deckFooter(deck);
  const out: string[] = [];
  for (const entry of deck.entries) {
    if (entry.type === 'slide') {
      renderSlideInto(out, entry.slide, options, footer);
      out.push('\n');
      continue;
    }
    out.push(`<section id="${attr(entry.id)}">\n`);
    for (const slide of entry.slides) {
      renderSlideInto(out, slide, options, footer);
      out.push('\n');
    }
    out.push('</section>\n');
  }
  return out.join('');
}
