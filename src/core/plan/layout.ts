// Slide metrics of src/client/theme/base.css: the one TypeScript source of them. The planner
// uses them to split long text into continuation slides at build time (PDF and presentation then
// agree on every page), the PPTX export to lay its slides out like the HTML. base.css writes the
// same numbers as --lt-* properties, which tests/core/render/palette.test.ts compares to these;
// the browser fit test (tests/e2e/design.test.ts) checks the estimates against the real layout.
import type { SlideBlock } from '../types.js';

/** The reveal.js slide, in CSS pixels. */
export const SLIDE = { width: 1280, height: 720 } as const;
/** `.slide-body`'s padding around the content box. */
export const PADDING = { top: 72, right: 80, bottom: 64, left: 80 } as const;
/** Flex/grid gap between blocks. */
export const GAP = 20;
/** The title bar across the top of every content slide, and the title slide's bottom border. */
export const BAR_HEIGHT = 14;
export const TITLE_BORDER = 16;

/** Font sizes (px) and unitless line heights, as base.css sets them. */
export const TYPE = {
  body: { size: 32, lineHeight: 1.6 },
  /** Breadcrumb, subheading, meta lines. */
  small: { size: 20, lineHeight: 1.5 },
  heading: { size: 48, lineHeight: 1.3 },
  /** `ol.points li`, indented 1.6 em (48 px) with 0.1 em (3 px) margins. */
  item: { size: 30, lineHeight: 1.5, indent: 48, margin: 3 },
} as const;

export const CONTENT_WIDTH = SLIDE.width - PADDING.left - PADDING.right;
/** Height of a slide's content box: 720 px less 72 px top and 64 px bottom padding (584). */
export const CONTENT_HEIGHT = SLIDE.height - PADDING.top - PADDING.bottom;
/** Body text: 32 px at line height 1.6 is 51.2 px; the planner counts whole pixels, 51. */
export const LINE_HEIGHT = Math.floor(TYPE.body.size * TYPE.body.lineHeight);
/** Body characters per visual line: 1120 px / 32 px = 35, one kept as slack. */
export const BODY_CHARS_PER_LINE = CONTENT_WIDTH / TYPE.body.size - 1;
/** Lines of body text on a slide with no head, the most any slide has. */
export const MAX_BODY_LINES = Math.floor(CONTENT_HEIGHT / LINE_HEIGHT);
const ITEM_CHARS_PER_LINE = Math.floor((CONTENT_WIDTH - TYPE.item.indent) / TYPE.item.size);

const HEADING = { size: TYPE.heading.size, lineHeight: Math.floor(TYPE.heading.size * TYPE.heading.lineHeight) };
const SMALL = { size: TYPE.small.size, lineHeight: TYPE.small.size * TYPE.small.lineHeight };
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
