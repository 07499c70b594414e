// The reading view's elements, built from the deck's own slides. Text goes in through
// textContent only: the speech is never parsed as HTML here.
import type { ReadingSlide } from './reading-pace.js';

/** Shown in place of the speech when the page carries no notes (`share --no-notes`). */
export const NO_NOTES = '本页没有讲稿备注（分享时已去掉）';
export type Tone = 'dark' | 'light';
export const TONES: { tone: Tone; label: string }[] = [
  { tone: 'dark', label: '深色' },
  { tone: 'light', label: '浅色' },
];

export interface ReadingParts {
  root: HTMLElement;
  scroller: HTMLElement;
  /** One per slide, in deck order (empty when the page has no notes at all). */
  blocks: HTMLElement[];
  where: HTMLElement;
  elapsed: HTMLElement;
  pace: HTMLElement;
  close: HTMLButtonElement;
  toneButtons: HTMLButtonElement[];
}

/** A slide's spoken text: the paragraphs of its notes (reveal's <aside class="notes">). */
export function readSlide(section: HTMLElement): ReadingSlide & { heading: string } {
  const notes = section.querySelector<HTMLElement>(':scope > aside.notes');
  const ps = notes ? [...notes.querySelectorAll('p')].map((p) => p.textContent ?? '') : [];
  const paragraphs = (ps.length ? ps : (notes?.textContent ?? '').split('\n')).map((p) => p.trim()).filter(Boolean);
  const seconds = Number(section.dataset.timing);
  const heading = section.querySelector('.heading')?.textContent?.trim() ?? '';
  return { paragraphs, seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 0, heading };
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

function slideBlock(doc: Document, slide: ReturnType<typeof readSlide>, index: number): HTMLElement {
  const block = el(doc, 'section', 'reading-slide');
  block.dataset.index = String(index);
  // The heading names the slide, unless the text itself starts with it (the title slide).
  const named = slide.heading && !slide.paragraphs[0]?.startsWith(slide.heading);
  block.append(el(doc, 'p', 'reading-slide-label', `第 ${index + 1} 页${named ? ` · ${slide.heading}` : ''}`));
  const paragraphs = slide.paragraphs.length ? slide.paragraphs : [NO_NOTES];
  for (const text of paragraphs) block.append(el(doc, 'p', slide.paragraphs.length ? 'reading-text' : 'reading-text reading-empty', text));
  return block;
}

export function buildReadingView(doc: Document, slides: ReturnType<typeof readSlide>[]): ReadingParts {
  const root = el(doc, 'div', 'lectern-reading');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', '读稿模式');
  const bar = el(doc, 'header', 'reading-bar');
  const where = el(doc, 'span', 'reading-where');
  const elapsed = el(doc, 'span', 'reading-elapsed');
  const pace = el(doc, 'span', 'reading-pace');
  const tools = el(doc, 'span', 'reading-tools');
  const toneButtons = TONES.map(({ tone, label }) => {
    const button = el(doc, 'button', 'reading-tone', label);
    button.type = 'button';
    button.dataset.tone = tone;
    return button;
  });
  const close = el(doc, 'button', 'reading-close', '关闭（Esc）');
  close.type = 'button';
  tools.append(...toneButtons, close);
  bar.append(el(doc, 'strong', 'reading-title', '读稿模式'), where, elapsed, pace, tools);

  const scroller = el(doc, 'div', 'reading-scroll');
  const anyNotes = slides.some((s) => s.paragraphs.length > 0);
  // With no notes anywhere, one message says why, rather than the same line on every slide.
  const blocks = anyNotes ? slides.map((s, i) => slideBlock(doc, s, i)) : [];
  if (anyNotes) scroller.append(...blocks);
  else scroller.append(el(doc, 'p', 'reading-text reading-empty reading-none', NO_NOTES));
  root.append(bar, scroller);
  return { root, scroller, blocks, where, elapsed, pace, close, toneButtons };
}
