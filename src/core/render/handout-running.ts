// The handout's running header (the speech's title; its unit and date when given) and footer
// (第 N 页 / 共 M 页), in two forms for two kinds of browser. Chromium 131 and later draws CSS
// page-margin boxes with the page's own fonts, which are the deck's, embedded. Older ones get
// Chromium's header and footer templates instead: those are documents of their own that cannot
// wait for a web font, so they are drawn in a font of the system (still embedded in the PDF).
import type { Deck } from '../types.js';
import { HANDOUT_CHROME_SIZE, HANDOUT_PAGE } from './handout-layout.js';
import { HANDOUT_SANS } from './handout-style.js';
import { escapeHtml } from './render.js';

/** The quiet colour of captions, in the margins too. */
const QUIET = '#6b5a4a';

/** Characters the header and footer add to the speech's: the font subset must hold them. */
export const RUNNING_HEAD_TEXT = '讲话稿第页共　';

function headerParts(deck: Deck): { title: string; side: string } {
  return { title: deck.title || '讲话稿', side: [deck.options.unit, deck.options.date].filter(Boolean).join('　') };
}

/** A CSS string literal of any text: quotes, backslashes, line ends and `<` written as escapes. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\u0000-\u001f\u007f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/** The header and footer as page-margin boxes of the handout's @page rule. */
export function runningHeadCss(deck: Deck): string {
  const { title, side } = headerParts(deck);
  const box = `font-family: ${HANDOUT_SANS}; font-size: ${HANDOUT_CHROME_SIZE}pt; color: ${QUIET};`;
  return `
@page {
  @top-left { content: ${cssString(title)}; ${box} vertical-align: middle; }
  ${side ? `@top-right { content: ${cssString(side)}; ${box} vertical-align: middle; white-space: nowrap; }` : ''}
  @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; ${box} vertical-align: middle; }
}
`;
}

/** Shared by both templates: Chromium draws them across the whole page width, in its margins. */
const TEMPLATE_STYLE =
  `font-family: ${HANDOUT_SANS}; font-size: ${HANDOUT_CHROME_SIZE}pt; color: ${QUIET}; width: 100%; box-sizing: border-box; ` +
  `padding: 0 ${HANDOUT_PAGE.margin.right}mm 0 ${HANDOUT_PAGE.margin.left}mm; display: flex; gap: 6mm;`;

/** The header as Chromium's `headerTemplate`, for browsers without page-margin boxes. */
export function handoutHeaderTemplate(deck: Deck): string {
  const { title, side } = headerParts(deck);
  const left = `<span style="flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">${escapeHtml(title)}</span>`;
  const right = side ? `<span style="white-space: nowrap;">${escapeHtml(side)}</span>` : '';
  return `<div style="${TEMPLATE_STYLE} justify-content: space-between;">${left}${right}</div>`;
}

/** The footer as Chromium's `footerTemplate` (it fills in the page numbers). */
export function handoutFooterTemplate(): string {
  return (
    `<div style="${TEMPLATE_STYLE} justify-content: center;">` +
    `<span>第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</span></div>`
  );
}
