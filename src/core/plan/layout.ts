// Slide metrics mirrored from src/client/theme/base.css, so the planner can split long text
// into continuation slides at build time (PDF and presentation then agree on every page).
// Change both together; the browser fit test (tests/e2e/design.test.ts) holds them in line.
import type { SlideBlock } from '../types.js';

/** Height of a slide's content box: 720 px less 72 px top and 64 px bottom padding. */
export const CONTENT_HEIGHT = 584;
const CONTENT_WIDTH = 1120;
/** Flex/grid gap between blocks. */
const GAP = 20;
/** Body text: 32 px at line height 1.6. */
export const LINE_HEIGHT = 51;
/** Body characters per visual line: 1120 px / 32 px = 35, one kept as slack. */
export const BODY_CHARS_PER_LINE = 34;
/** Lines of body text on a slide with no head, the most any slide has. */
export const MAX_BODY_LINES = Math.floor(CONTENT_HEIGHT / LINE_HEIGHT);
/** A list item (30 px at 1.5 plus margins), one line for a headline. */
export const ITEM_HEIGHT = 51;
const ITEM_CHARS_PER_LINE = Math.floor((CONTENT_WIDTH - 48) / 30);

const HEADING = { size: 48, lineHeight: 62 };
const SMALL = { size: 20, lineHeight: 30 };
const MARK = { width: 112 + 28, height: 96 };

function lines(text: string, width: number, size: number): number {
  return Math.max(1, Math.ceil(([...text].length * size) / width));
}

/** Visual lines a list item's text takes. */
export function itemLines(text: string): number {
  return Math.max(1, Math.ceil([...text].length / ITEM_CHARS_PER_LINE));
}

/** Estimated height of the blocks above the text (breadcrumb, mark, heading), gaps included. */
export function headHeight(head: SlideBlock[]): number {
  const hasMark = head.some((b) => b.type === 'mark');
  let height = 0;
  for (const block of head) {
    if (block.type === 'breadcrumb') height += lines(block.text, CONTENT_WIDTH, SMALL.size) * SMALL.lineHeight + GAP;
    if (block.type === 'heading') {
      const width = hasMark ? CONTENT_WIDTH - MARK.width : CONTENT_WIDTH;
      const text = lines(block.text, width, HEADING.size) * HEADING.lineHeight;
      height += (hasMark ? Math.max(MARK.height, text) : text) + GAP;
    }
  }
  return height;
}
