// The deck of a text too long to present slide by slide: the title slide, then the whole text in
// order on at most MAX_SLIDES pages. Each page shows the lines that fit; its notes hold every
// word of its part, so nothing of the text is lost, and the work stays linear in its length.
import { clauseLines, spokenLength } from '../text/clauses.js';
import { type IdRegistry, structuralId } from './ids.js';
import { BODY_CHARS_PER_LINE, MAX_BODY_LINES } from './layout.js';
import { MAX_SLIDES } from './limits.js';
import { forEachField } from '../outline/outline.js';
import { paginate } from './paginate.js';
import { timingOf } from './slide-pages.js';
import { charLength } from '../text/text-length.js';
import type { Deck, DeckOptions, Diagnostic, Outline, Slide, Theme } from '../types.js';

/** What one page can show: the pieces the text is cut into are never longer. */
const PAGE_CHARS = MAX_BODY_LINES * BODY_CHARS_PER_LINE;
/** The last line of a page that shows only the start of its part. */
const MORE = '……（余下的文字在演讲者备注里）';

/** Where a piece of at most `size` units starting at `at` ends, not cutting a surrogate pair. */
function pieceEnd(text: string, at: number, size: number): number {
  const end = at + size;
  if (end >= text.length) return text.length;
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** Visual lines a piece takes at least. */
const linesOf = (piece: string) => Math.max(1, Math.ceil(charLength(piece) / BODY_CHARS_PER_LINE));

/**
 * Every paragraph of the outline after its title block, in order, cut into pieces of at most
 * PAGE_CHARS units; `continues` when a piece goes on with the paragraph of the piece before.
 */
function forEachPiece(outline: Outline, visit: (piece: string, continues: boolean) => void): void {
  const cut = (paragraph: string) => {
    for (let at = 0; at < paragraph.length; ) {
      const end = pieceEnd(paragraph, at, PAGE_CHARS);
      visit(at === 0 && end === paragraph.length ? paragraph : paragraph.slice(at, end), at > 0);
      at = end;
    }
  };
  // Most fields are one paragraph: no array for them (there may be millions).
  const split = (field: string) => (field.includes('\n') ? field.split('\n').forEach(cut) : cut(field));
  forEachField({ ...outline, title: '', subtitle: undefined }, split, true);
}

/** The lines a page shows: the start of its part, as many lines as fit, marked when cut short. */
function shownLines(part: string[]): string[] {
  const start: string[] = [];
  let length = 0;
  for (let i = 0; i < part.length && length < PAGE_CHARS; i++) {
    start.push(part[i].slice(0, pieceEnd(part[i], 0, PAGE_CHARS - length)));
    length += part[i].length;
  }
  const pages = paginate(clauseLines(start.join('\n')), MAX_BODY_LINES - 1);
  const whole = pages.length === 1 && start.length === part.length && start[start.length - 1] === part[part.length - 1];
  return whole ? pages[0] : [...pages[0], MORE];
}

function page(part: string[], ids: IdRegistry, rate: number): Slide {
  const notes = part.join('\n');
  return { kind: 'body', id: ids.take(structuralId('page', part[0])), blocks: [{ type: 'lines', lines: shownLines(part) }], notes, timing: timingOf(notes, rate) };
}

/**
 * Slides the outline makes at least, counted without making them: one per paragraph, theme and
 * point, and as many as its text needs when no slide shows more than PAGE_CHARS characters.
 * `themes` and `body`: the theme stacks and the paragraphs outside them that the deck shows.
 */
export function fewestSlides(outline: Outline, themes: Theme[], body: string[]): number {
  const points = themes.reduce((sum, t) => sum + t.points.length, 0);
  const structure = body.length + (themes.length >= 2 ? 1 : 0) + themes.length + points;
  const slides = 1 + Math.max(outline.opening.length, outline.salutation ? 1 : 0) + structure + Math.max(1, outline.closing.length);
  // Spoken characters (no whitespace) of the text shown in slides' lines; headings are in heads.
  let chars = 0;
  const count = (text: string | undefined) => (chars += spokenLength(text ?? ''));
  count(outline.salutation);
  outline.opening.forEach(count);
  for (const t of themes) {
    count(t.lead);
    t.points.forEach((p) => count(p.text));
    count(t.tail);
  }
  body.forEach(count);
  outline.closing.forEach(count);
  return Math.max(slides, 1 + Math.ceil(chars / PAGE_CHARS));
}

/**
 * `title`: the deck's title slide, made as for any deck, with the registry its id came from.
 * `wanted`: the slides the speech would have made at least, for the message.
 */
export function pagedDeck(outline: Outline, options: DeckOptions, title: Slide[], ids: IdRegistry, wanted: number): Deck {
  let total = 0;
  forEachPiece(outline, (piece) => (total += linesOf(piece)));
  // Parts of at least `lines` lines each: at most total / lines of them, and a last short one.
  // A page's worth when the text is short: then every page shows all of its part.
  const lines = Math.max(MAX_BODY_LINES - 1, Math.ceil(total / (MAX_SLIDES - title.length - 1)));
  const pages: Slide[] = [];
  let part: string[] = [];
  let used = 0;
  forEachPiece(outline, (piece, continues) => {
    // A paragraph cut into pieces is one paragraph again in the notes of its page.
    if (continues && part.length > 0) part[part.length - 1] += piece;
    else part.push(piece);
    used += linesOf(piece);
    if (used < lines) return;
    pages.push(page(part, ids, options.rate));
    part = [];
    used = 0;
  });
  if (part.length > 0) pages.push(page(part, ids, options.rate));
  const slides = [...title, ...pages];
  const note: Diagnostic = {
    line: 1,
    code: 'deck-paged',
    severity: 'warning',
    message: `这份讲话稿至少要做 ${wanted} 页幻灯片，超过 ${MAX_SLIDES} 页的上限：已不分层次，把全文按顺序分成 ${pages.length} 页；一页放不下的文字留在演讲者备注里，全文一字不少。请确认选对了文件，或把讲话稿分成几份。`,
  };
  return {
    title: options.title ?? outline.title,
    entries: slides.map((slide) => ({ type: 'slide', slide })),
    options,
    totalSeconds: slides.reduce((sum, s) => sum + s.timing, 0),
    diagnostics: [...outline.diagnostics, note],
  };
}
