// Deck → the handout (讲稿版, `lectern pdf --handout`): A4 pages a presenter reads from and a
// unit files away. Each slide starts a page, drawn as its own live markup scaled down (vector
// text in the deck's theme and fonts), with its full spoken text below at reading size. The
// running header and footer are in handout-running.ts.
import { deckCharacters } from '../plan/deck-text.js';
import type { Deck, Slide } from '../types.js';
import { RUNNING_HEAD_TEXT, runningHeadCss } from './handout-running.js';
import { HANDOUT_CSS } from './handout-style.js';
import { inlineCode } from './page.js';
import { deckFooter, escapeHtml, renderSlide } from './render.js';

/**
 * Every character the handout writes besides the speech's own, and the ◆ that base.css puts
 * before a breadcrumb: the fonts' subset must hold them, or Chromium draws them in a system font.
 */
export const HANDOUT_CHROME_TEXT = '幻灯片约分秒（续）·◆';

/** The speech's characters and the handout's own, for the font subset. */
export function handoutCharacters(deck: Deck): string {
  return deckCharacters(deck) + HANDOUT_CHROME_TEXT + RUNNING_HEAD_TEXT + (deck.options.unit ?? '') + (deck.options.date ?? '');
}

/** 「约 45 秒」「约 2 分 10 秒」: how long the slide's text takes to say. */
export function timingLabel(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return `约 ${s} 秒`;
  return `约 ${Math.floor(s / 60)} 分${s % 60 ? ` ${s % 60} 秒` : ''}`;
}

function slidesOf(deck: Deck): Slide[] {
  return deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
}

function renderNotes(notes: string): string {
  const paragraphs = notes.split('\n').filter((p) => p.trim() !== '');
  return paragraphs.length ? `<div class="handout-notes">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>` : '';
}

/**
 * One slide's sheet. Its id is the slide's link target (`#/theme-…`, as the agenda's tiles and
 * the theme's point list write it), so those links jump to the slide's page in the PDF too.
 */
function renderSheet(deck: Deck, slide: Slide, index: number, total: number, footer: string): string {
  const caption = `幻灯片 ${index + 1} / ${total}${slide.continued ? '（续）' : ''} · ${timingLabel(slide.timing)}`;
  return (
    `<article class="handout-sheet" id="/${escapeHtml(slide.id)}">` +
    `<div class="handout-frame"><div class="reveal" data-theme="${escapeHtml(deck.options.theme)}"><div class="slides">` +
    renderSlide(slide, { notes: false }, footer) +
    `</div></div></div>` +
    `<p class="handout-caption">${caption}</p>` +
    renderNotes(slide.notes) +
    `</article>`
  );
}

export interface HandoutPageOptions {
  /** The deck's stylesheet and its fonts, written into the page: it is opened as a document of
   *  its own, with nothing to fetch. */
  styles: string[];
  /** The running header and footer as CSS page-margin boxes (Chromium 131 and later); without
   *  them the printer adds its own (handout-running.ts). */
  marginBoxes: boolean;
}

/** The handout's page. */
export function renderHandout(deck: Deck, { styles, marginBoxes }: HandoutPageOptions): string {
  const slides = slidesOf(deck);
  const footer = deckFooter(deck);
  const sheets = slides.map((slide, i) => renderSheet(deck, slide, i, slides.length, footer));
  // class="print-pdf" turns off reveal.js's rules for printing a deck on paper (`html:not(.print-pdf)`),
  // which would unscale and restyle every slide; its own print view is not used either.
  return `<!doctype html>
<html lang="zh-CN" class="print-pdf">
<head>
<meta charset="utf-8">
<meta name="generator" content="Lectern">
<title>${escapeHtml(deck.title || '讲话稿')}（讲稿版）</title>
${[...styles, HANDOUT_CSS, marginBoxes ? runningHeadCss(deck) : ''].filter(Boolean).map((css) => `<style>${inlineCode(css, 'style')}</style>`).join('\n')}
</head>
<body class="handout">
${sheets.join('\n')}
</body>
</html>
`;
}
