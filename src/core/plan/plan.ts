// Outline → Deck: decides the slides, their on-slide text, speaker notes and timing.
// Order: title, opening, agenda (2+ themes), one stack per theme (theme slide + a slide per
// point), body slides for a speech without themes, closing; a text too long for that is paged.
import { EDITORIAL_START, HEADING_NUMBER } from '../text/markers.js';
import { clauseLines, trimHeading } from '../text/clauses.js';
import { IdRegistry, structuralId } from './ids.js';
import { MAX_SLIDES } from './limits.js';
import { fewestSlides, pagedDeck } from './paged.js';
import { realize, timingOf, type SlideDraft } from './slide-pages.js';
import type { Deck, DeckEntry, DeckOptions, Outline, Slide, SlideBlock, Theme } from '../types.js';

/**
 * Meta lines worth showing under the title: speaker, post, date. Editorial lines (【导读】…,
 * （来源：…）, ………) stay in the notes: on a title slide they read as clutter.
 */
const MAX_BYLINE_CHARS = 24;

function isByline(line: string): boolean {
  return !EDITORIAL_START.test(line.trim()) && [...line].length <= MAX_BYLINE_CHARS;
}

/** Slides that carry the speech's own words but no heading of it get a quiet label. */
const OPENING_HEAD: SlideBlock[] = [{ type: 'breadcrumb', text: '开篇' }];
const CLOSING_HEAD: SlideBlock[] = [{ type: 'breadcrumb', text: '结语' }];

/**
 * A heading longer than two lines of 48 px type (a paragraph taken as a heading, a pasted
 * title) is cut for the slide with an ellipsis; the full words stay in the text or notes.
 */
const MAX_HEADING_CHARS = 44;

function shortHeading(text: string): string {
  const chars = [...text];
  return chars.length > MAX_HEADING_CHARS ? `${chars.slice(0, MAX_HEADING_CHARS - 1).join('')}…` : text;
}

/** A label (the user's short title, or the name of a theme without heading) wins over the heading. */
function themeLabel(theme: Theme, index: number): string {
  if (theme.label) return shortHeading(theme.label);
  return theme.heading ? shortHeading(trimHeading(theme.heading)) : `第${index + 1}部分`;
}

function themeStack(theme: Theme, index: number, themeId: string, ids: IdRegistry): SlideDraft[] {
  const label = themeLabel(theme, index);
  const pointIds = theme.points.map((p) => ids.take(structuralId(`${themeId}-p`, p.headline || p.text)));
  const head: SlideBlock[] = [];
  if (theme.keyword) head.push({ type: 'mark', text: theme.keyword });
  head.push({ type: 'heading', text: label });
  const leadText = theme.points.length ? theme.lead : [theme.lead, theme.tail ?? ''].filter(Boolean).join('\n');
  // A heading cut short on the slide is shown in full as the first lines of the text.
  const cut = theme.heading !== null && label !== trimHeading(theme.heading);
  const shown = cut ? [theme.heading!, leadText].filter(Boolean).join('\n') : leadText;
  const drafts: SlideDraft[] = [
    {
      kind: 'theme',
      id: themeId,
      head,
      lines: clauseLines(shown),
      items: theme.points.map((p, i) => ({ text: p.headline, href: `#/${pointIds[i]}` })),
      spokenHead: cut ? undefined : (theme.heading ?? undefined),
      spoken: shown,
    },
  ];
  theme.points.forEach((point, i) => {
    const last = i === theme.points.length - 1;
    const text = last && theme.tail ? `${point.text}\n${theme.tail}` : point.text;
    drafts.push({
      kind: 'point',
      id: pointIds[i],
      head: [{ type: 'breadcrumb', text: label }, { type: 'heading', text: point.headline }],
      lines: clauseLines(text),
      spoken: text,
    });
  });
  return drafts;
}

/**
 * What the deck shows, in the outline's order: the themes as stacks, then the paragraphs outside
 * any theme (a speech without structure, a Markdown speech's 正文 section). Themes with neither
 * heading nor points are no structure: their text is shown as body.
 */
function sections(outline: Outline): { themes: Theme[]; body: string[] } {
  const body = outline.body ?? [];
  const plain = outline.themes.length > 0 && outline.themes.every((t) => t.heading === null && t.points.length === 0);
  if (!plain) return { themes: outline.themes, body };
  return { themes: [], body: [...body, ...outline.themes.map((t) => [t.lead, t.tail].filter(Boolean).join('\n'))] };
}

/**
 * The deck, slide by slide as the outline reads; or, when that would make more than MAX_SLIDES
 * slides, the text paged in order (paged.ts). A long outline is told by counting first, so its
 * millions of slides are never made; long text in few paragraphs only once its pages are known.
 */
export function planDeck(outline: Outline, options: DeckOptions): Deck {
  const { themes, body } = sections(outline);
  const fewest = fewestSlides(outline, themes, body);
  const deck = fewest <= MAX_SLIDES ? structuredDeck(outline, options) : undefined;
  const slides = deck ? deck.entries.reduce((sum, e) => sum + (e.type === 'slide' ? 1 : e.slides.length), 0) : fewest;
  if (deck && slides <= MAX_SLIDES) return deck;
  const ids = new IdRegistry();
  return pagedDeck(outline, options, realize(titleDraft(outline, options, ids), options, ids), ids, slides);
}

function titleDraft(outline: Outline, options: DeckOptions, ids: IdRegistry): SlideDraft {
  const metaLines = [options.speaker, options.unit, options.date, ...(outline.meta ?? []).filter(isByline)].filter(Boolean) as string[];
  const title = options.title ?? outline.title;
  const subtitle = options.subtitle ?? outline.subtitle;
  const titleHead: SlideBlock[] = [{ type: 'heading', text: shortHeading(title || '（无标题）') }];
  if (subtitle) titleHead.push({ type: 'subheading', text: shortHeading(subtitle) });
  if (metaLines.length) titleHead.push({ type: 'meta', lines: metaLines });
  const titleNotes = [outline.title, outline.subtitle, ...(outline.meta ?? [])].filter(Boolean).join('\n');
  return { kind: 'title', id: ids.take('title'), head: titleHead, lines: [], spokenHead: titleNotes, spoken: '' };
}

function structuredDeck(outline: Outline, options: DeckOptions): Deck {
  const ids = new IdRegistry();
  const entries: DeckEntry[] = [];
  const add = (draft: SlideDraft) => realize(draft, options, ids).forEach((slide) => entries.push({ type: 'slide', slide }));
  add(titleDraft(outline, options, ids));

  outline.opening.forEach((paragraph, i) => {
    const spoken = i === 0 && outline.salutation ? `${outline.salutation}\n${paragraph}` : paragraph;
    add({ kind: 'opening', id: ids.take(structuralId('opening', paragraph)), head: OPENING_HEAD, lines: clauseLines(spoken), spoken });
  });
  if (outline.opening.length === 0 && outline.salutation) {
    add({ kind: 'opening', id: ids.take('opening'), head: OPENING_HEAD, lines: [outline.salutation], spoken: outline.salutation });
  }

  const { themes, body } = sections(outline);
  const themeIds = themes.map((t, i) => ids.take(structuralId('theme', t.heading ?? t.lead ?? String(i))));
  if (themes.length >= 2) agendaSlides(outline, themeIds, ids, options).forEach((slide) => entries.push({ type: 'slide', slide }));
  themes.forEach((theme, i) => {
    const slides = themeStack(theme, i, themeIds[i], ids).flatMap((d) => realize(d, options, ids));
    entries.push({ type: 'stack', id: `${themeIds[i]}-stack`, slides });
  });
  body.forEach((paragraph) => {
    add({ kind: 'body', id: ids.take(structuralId('body', paragraph)), head: [], lines: clauseLines(paragraph), spoken: paragraph });
  });

  closingDrafts(outline, ids).forEach(add);
  const slides = entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
  return {
    title: options.title ?? outline.title,
    entries,
    options,
    totalSeconds: slides.reduce((sum, s) => sum + s.timing, 0),
    diagnostics: outline.diagnostics,
  };
}

/** The agenda: the announced keywords as tiles, else the headings as a list (paginated). */
function agendaSlides(outline: Outline, themeIds: string[], ids: IdRegistry, options: DeckOptions): Slide[] {
  const labels = outline.themes.map((t, i) => themeLabel(t, i).replace(HEADING_NUMBER, '') || themeLabel(t, i));
  const id = ids.take('agenda');
  const named = outline.agenda && outline.agenda.length === outline.themes.length;
  if (named) {
    const tiles = labels.map((label, i) => ({ mark: outline.agenda![i], label, href: `#/${themeIds[i]}` }));
    const blocks: SlideBlock[] = [{ type: 'heading', text: '目录' }, { type: 'tiles', tiles }];
    return [{ kind: 'agenda', id, blocks, notes: labels.join('\n'), timing: timingOf(labels.join(''), options.rate) }];
  }
  return realize(
    {
      kind: 'agenda',
      id,
      head: [{ type: 'heading', text: '目录' }],
      lines: [],
      items: labels.map((text, i) => ({ text, href: `#/${themeIds[i]}` })),
      spoken: '',
    },
    options,
    ids,
  );
}

function closingDrafts(outline: Outline, ids: IdRegistry): SlideDraft[] {
  if (outline.closing.length > 0) {
    return outline.closing.map((paragraph) => ({
      kind: 'closing' as const,
      id: ids.take(structuralId('closing', paragraph)),
      head: CLOSING_HEAD,
      lines: clauseLines(paragraph),
      spoken: paragraph,
    }));
  }
  // No closing in the speech: recap the themes and thank the audience.
  const recap = outline.themes.filter((t) => t.heading || t.label).map((t, i) => themeLabel(t, i));
  return [
    {
      kind: 'closing',
      id: ids.take('closing'),
      head: [{ type: 'heading', text: '谢谢' }],
      lines: [],
      items: recap.map((text) => ({ text })),
      spokenHead: recap.length ? `回顾：${recap.join('；')}。谢谢大家。` : '谢谢大家。',
      spoken: '',
    },
  ];
}
