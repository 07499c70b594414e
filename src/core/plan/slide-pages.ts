// Drafts of slides become pages: text split into continuation slides (「（续）」) where it
// would overflow 1280×720, a list moved on where it no longer fits, notes and timing per page.
import { spokenLength } from '../text/clauses.js';
import type { IdRegistry } from './ids.js';
import { CONTENT_HEIGHT, headHeight, itemLines, LINE_HEIGHT } from './layout.js';
import { paginate, visualLines } from './paginate.js';
import type { DeckOptions, Slide, SlideBlock, SlideKind } from '../types.js';

export interface SlideDraft {
  kind: SlideKind;
  id: string;
  /** Blocks above the text (breadcrumb, mark, heading); repeated on continuation slides. */
  head: SlideBlock[];
  lines: string[];
  /** A list below the text (a theme's points, the recap); it may move onto continuation slides. */
  items?: ListItem[];
  /** Spoken words shown in the head, e.g. a run-in heading; they go first in the notes. */
  spokenHead?: string;
  /** Spoken words the lines show (paragraphs joined by \n). */
  spoken: string;
}

export type ListItem = { text: string; href?: string };

/** Lines of body text that fit under a head (see layout.ts for the metrics). */
function budgetFor(head: SlideBlock[]): number {
  return Math.max(2, Math.floor((CONTENT_HEIGHT - headHeight(head)) / LINE_HEIGHT));
}

/** Pages of a draft: its lines split by the budget, then its list where it still fits. */
function layoutPages(draft: SlideDraft, budget: number): { lines: string[]; items: ListItem[] }[] {
  const pages = paginate(draft.lines, budget).map((lines) => ({ lines, items: [] as ListItem[] }));
  let page = pages[pages.length - 1];
  let room = budget - visualLines(page.lines);
  for (const item of draft.items ?? []) {
    const cost = itemLines(item.text);
    if (cost > room && (page.lines.length > 0 || page.items.length > 0)) {
      page = { lines: [], items: [] };
      pages.push(page);
      room = budget;
    }
    page.items.push(item);
    room -= cost;
  }
  return pages;
}

/** Budgets of shared heads (the opening and closing labels), worked out once. */
const budgets = new WeakMap<SlideBlock[], number>();

/** Lines that fit under `head` on the first page and under its 「（续）」 form on the next. */
function pageBudget(head: SlideBlock[]): number {
  let budget = budgets.get(head);
  if (budget === undefined) {
    budget = Math.min(budgetFor(head), budgetFor(head.map(continuedBlock)));
    budgets.set(head, budget);
  }
  return budget;
}

/** Expands a draft into one slide, or several marked as continued when the text is long. */
export function realize(draft: SlideDraft, options: DeckOptions, ids: IdRegistry): Slide[] {
  const pages = layoutPages(draft, pageBudget(draft.head));
  return pages.map((page, i) => {
    const blocks: SlideBlock[] = i === 0 ? [...draft.head] : draft.head.map(continuedBlock);
    if (page.lines.length > 0) blocks.push({ type: 'lines', lines: page.lines });
    if (page.items.length > 0) blocks.push({ type: 'list', items: page.items });
    const spoken = pages.length === 1 ? draft.spoken : page.lines.join('');
    const head = i === 0 ? draft.spokenHead : undefined;
    const notes = head && spoken ? `${head}\n${spoken}` : head || spoken;
    const slide: Slide = {
      kind: draft.kind,
      // Taken from the registry too: `x-2` may already belong to a later structure with the same words.
      id: i === 0 ? draft.id : ids.take(`${draft.id}-${i + 1}`),
      blocks,
      // A page that only continues the list of points has no spoken words: its notes say so.
      notes: notes || page.items.map((item) => item.text).join('\n'),
      timing: timingOf(notes, options.rate),
    };
    if (i > 0) slide.continued = true;
    return slide;
  });
}

function continuedBlock(block: SlideBlock): SlideBlock {
  return block.type === 'heading' ? { type: 'heading', text: `${block.text}（续）` } : block;
}

export function timingOf(text: string, rate: number): number {
  return Math.max(2, Math.round((spokenLength(text) / rate) * 60));
}

