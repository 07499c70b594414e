// Parts of a speech told by something other than a heading: 一方面，… / 另一方面，… paragraphs, and
// interjection lines (同志们、朋友们！) that stand between the parts of some speeches.
import { FANGMIAN_PARAGRAPH, INTERJECTION } from '../../text/markers.js';
import type { Paragraph } from '../../types.js';

/** The first `一方面，…` paragraph and the `另一方面，…` ones after it (2+ in all), else []. */
export function fangmianSeries(flow: Paragraph[], from: number, to: number): number[] {
  const items: number[] = [];
  for (let i = from; i < to; i++) {
    const m = FANGMIAN_PARAGRAPH.exec(flow[i].text);
    if (!m) continue;
    const first = m[0].startsWith('一');
    if (first !== (items.length === 0)) continue;
    items.push(i);
  }
  return items.length >= 2 ? items : [];
}

/**
 * Interjection lines that open parts: every one in the body but the last, which opens the closing
 * (同志们、朋友们！让我们…). Two parts at least, each with text of its own.
 */
export function interjectionSeries(flow: Paragraph[], from: number, to: number): number[] {
  const lines: number[] = [];
  for (let i = from + 1; i < to; i++) if (INTERJECTION.test(flow[i].text)) lines.push(i);
  const items = lines.slice(0, -1).filter((i, k, all) => (all[k + 1] ?? lines[lines.length - 1]) > i + 1);
  return items.length >= 2 ? items : [];
}

/** How many paragraphs may follow the interjection line that opens the closing. */
const CLOSING_TAIL = 3;

/**
 * The interjection line that opens the closing (同志们、朋友们！ then the final call), when the
 * speech's last one stands among its last few paragraphs; else `to`. Nothing after it starts a
 * theme: a parallel series must not borrow a closing sentence that merely looks like its members
 * (青石岭的青山依旧… after 青石岭精神的核心是…).
 */
export function closingInterjection(flow: Paragraph[], from: number, to: number): number {
  for (let i = to - 1; i > from && i >= to - 1 - CLOSING_TAIL; i--) if (INTERJECTION.test(flow[i].text)) return i;
  return to;
}
