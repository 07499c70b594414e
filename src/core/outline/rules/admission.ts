// What admits a series without numbering as the themes: it must divide the body, explain the
// speech rather than be a figure of speech inside it or its closing call, and give themes of
// comparable weight. Sizes come from prefix sums, so each test is linear in the series' length.
import { CLOSING_START, INTERJECTION } from '../../text/markers.js';
import type { Paragraph } from '../../types.js';
import { announcedCount } from './announced.js';
import type { FindContext } from './theme-kinds.js';

/** Characters before each paragraph: `sums[j] - sums[i]` is the size of paragraphs [i, j). */
export function prefixChars(flow: Paragraph[]): number[] {
  const sums = [0];
  for (const p of flow) sums.push(sums[sums.length - 1] + p.text.length);
  return sums;
}

const size = (c: FindContext, from: number, to: number) => c.chars[to] - c.chars[from];

/** Where the part of a series' last member ends: the first closing formula or interjection line. */
function partEnd(c: FindContext, last: number): number {
  for (let i = last + 1; i < c.to; i++) if (CLOSING_START.test(c.flow[i].text) || INTERJECTION.test(c.flow[i].text)) return i;
  return c.to;
}

/** How much longer than the longest other theme the last one may run, in paragraphs. */
const TAIL_FACTOR = 3;
const TAIL_SLACK = 2;

/**
 * Themes divide the body. A look-alike run whose members sit together and leave most of the body
 * after its last one (这一年，我们… ×4 in a New Year message, then eight paragraphs of other
 * things) is a figure of speech inside the text, not its parts: without numbering to vouch for
 * it, the last theme may not run far longer than the others.
 */
function spreadOver(c: FindContext, items: number[]): string | null {
  return lastPartFits(c, items, partEnd(c, items[items.length - 1])) ? null : '各项挤在正文的一小段里，后面还有很多别的内容：像是修辞上的排比，不是全文的几个部分';
}

/** Whether the last part (to `end`) runs at most a few times the longest other part, in paragraphs. */
export function lastPartFits(c: FindContext, items: number[], end = c.to): boolean {
  let longest = 0;
  for (let k = 1; k < items.length; k++) longest = Math.max(longest, items[k] - items[k - 1]);
  return end - items[items.length - 1] <= TAIL_FACTOR * longest + TAIL_SLACK;
}

/** How many times longer than the themes the text before the first one may be. */
const OPENING_FACTOR = 2;

/**
 * A look-alike series must explain the speech: not a call to the audience at the end (让我们将…
 * ×5 after eight paragraphs of prose is the closing exhortation), not a short run after an
 * opening far longer than everything from its first member on.
 */
export function explainsSpeech(c: FindContext, items: number[]): string | null {
  if (CLOSING_START.test(c.flow[items[0]].text)) return '以结尾常用语（让我们、总之…）开头：是结尾的号召，不是主题';
  if (size(c, c.from, items[0]) > OPENING_FACTOR * size(c, items[0], c.to)) return '前面的内容比这几项加起来长得多：不像全文的几个部分';
  return spreadOver(c, items);
}

/** Same openings are a series only when the opening announced as many (做到五个“坚守”). */
export function announcedSameOpenings(c: FindContext, items: number[]): string | null {
  return announcedCount(c.flow, c.from, items[0]) === items.length ? explainsSpeech(c, items) : '开头没有预告同样的项数';
}

/** How many times longer than the shortest theme the longest may be, for a series without numbering. */
const WEIGHT_RATIO = 12;

/**
 * Themes of comparable weight: two stray short lines, or a series whose last member carries most
 * of the speech, are no plan of it. Where the last part ends is uncertain (the closing may start at
 * the first turn to the audience, or later), so it counts at its smallest for the longest part and
 * at its largest for the shortest. Numbering, or a count the opening announced, vouches for itself.
 */
export function comparableWeight(c: FindContext, items: number[]): string | null {
  if (announcedCount(c.flow, c.from, items[0]) === items.length) return null;
  const last = items[items.length - 1];
  let min = size(c, last, c.to);
  let max = size(c, last, partEnd(c, last));
  for (let k = 0; k + 1 < items.length; k++) {
    const n = size(c, items[k], items[k + 1]);
    min = Math.min(min, n);
    max = Math.max(max, n);
  }
  return max <= WEIGHT_RATIO * Math.max(1, min) ? null : '各部分长短悬殊：不像全文的几个部分';
}
