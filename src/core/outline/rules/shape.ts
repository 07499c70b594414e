// Unnumbered theme series: paragraphs whose openings share a shape (排比), e.g.
// “忠”字为先筑根基。/ “专”字为标练本领。, or 竖直脊梁，就是要… / 立定脚跟，就是要….
import { AUDIENCE_CALL, INTERJECTION, OPENS_WITH_PAREN, ORDINAL_PARAGRAPH, QUESTION_LINE, SALUTATION, STOP_MARK } from '../../text/markers.js';
import { firstSentence } from '../../text/segment.js';
import type { Paragraph } from '../../types.js';
import { numberingOf } from './numbering.js';

/** How many opening characters are compared. */
const HEAD = 14;
/** A first sentence this short reads like a run-in heading. */
const SHORT = 24;
/** Bounds the quadratic search on pathological input (thousands of lines). */
const MAX_SPAN = 400;

interface Head {
  text: string;
  firstLength: number;
  eligible: boolean;
}

function headOf(p: Paragraph): Head {
  const text = p.text;
  // Paragraphs opened by ordinal words (首先，… 其次，… 二是…) look alike because of those words;
  // the words themselves order them, so they form their own series (ordinalParagraphSeries).
  const eligible =
    !numberingOf(text) && !ORDINAL_PARAGRAPH.test(text) && !INTERJECTION.test(text) && !SALUTATION.test(text) && !AUDIENCE_CALL.test(text);
  return { text: text.slice(0, HEAD), firstLength: firstSentence(text).length, eligible };
}

/** Same characters at the same positions; a shared subject alone (胡耀邦同志…) is not a shape. */
function linked(a: Head, b: Head): boolean {
  let same = 0;
  let prefix = 0;
  let inPrefix = true;
  const n = Math.min(a.text.length, b.text.length);
  for (let i = 0; i < n; i++) {
    if (a.text[i] === b.text[i]) {
      same++;
      if (inPrefix) prefix++;
    } else inPrefix = false;
  }
  if (a.firstLength <= SHORT && b.firstLength <= SHORT) {
    if (same >= 4 && same < n) return true;
    // Equal-length short sentences sharing a frame: 在学习上下功夫。/ 在作风上树形象。
    if (same >= 3 && a.firstLength === b.firstLength) return true;
    // Very short ones need less: 忠诚是根本。/ 实干是关键。
    if (same >= 2 && a.firstLength === b.firstLength && a.firstLength <= 12) return true;
    if (prefix >= 2 && Math.abs(a.firstLength - b.firstLength) <= 4) return true;
  }
  return same - prefix >= 3 && same >= 5;
}

/**
 * B runs inside A's parts: A starts first, and B's members fall in two or more of A's parts, two
 * or more a part on average (在…上下功夫，让…起来。 ×4, each followed by its own 要… paragraphs):
 * B is the level below A however many members it has. A look-alike that merely interleaves with
 * the parts (one member here and there) does not.
 */
function subdivides(b: number[], a: number[]): boolean {
  const inB = new Set(b);
  if (a[0] >= b[0] || a.some((x) => inB.has(x))) return false;
  const parts = new Set<number>();
  let k = 0;
  for (const x of b) {
    while (k < a.length && a[k] < x) k++;
    parts.add(k);
  }
  return parts.size >= 2 && b.length >= 2 * parts.size;
}

/** The longest series (3+ paragraphs) linked to its first member that is no level below another
 *  such series, as indices into `flow`. */
export function shapeSeries(flow: Paragraph[], from: number, to: number): number[] {
  const heads = flow.slice(from, Math.min(to, from + MAX_SPAN)).map(headOf);
  const all: number[][] = [];
  // Series seeded outside every earlier one: the distinct levels a longer series may sit below.
  const levels: number[][] = [];
  const seen = new Set<number>();
  heads.forEach((seed, i) => {
    if (!seed.eligible) return;
    const members = [i];
    for (let j = i + 1; j < heads.length; j++) {
      if (heads[j].eligible && linked(seed, heads[j])) members.push(j);
    }
    if (members.length < 3) return;
    all.push(members);
    if (!seen.has(i)) levels.push(members);
    members.forEach((m) => seen.add(m));
  });
  // A level that runs inside another's parts drops out with every series sharing its members.
  const below = new Set(levels.filter((b) => levels.some((a) => subdivides(b, a))).flat());
  let best: number[] = [];
  for (const m of all) if (m.length > best.length && !m.some((x) => below.has(x))) best = m;
  return best.map((i) => i + from);
}

/** Own-line unnumbered headings: short lines without sentence punctuation (or one short question),
 *  each followed by text. */
export function plainLineSeries(flow: Paragraph[], from: number, to: number): number[] {
  const items: number[] = [];
  for (let i = from; i < to - 1; i++) {
    const t = flow[i].text;
    if (t.length > 50 || (STOP_MARK.test(t) && !QUESTION_LINE.test(t)) || OPENS_WITH_PAREN.test(t)) continue;
    if (numberingOf(t) || SALUTATION.test(t) || INTERJECTION.test(t)) continue;
    if (flow[i + 1].text.length > t.length) items.push(i);
  }
  return items.length >= 2 ? items : [];
}

/**
 * Headings told by a numbering that restarts: the paragraph just before each `1.` of a point
 * series that starts over is that part's heading, whatever it looks like (short lines only).
 * Only a family that does start over counts: the `1` of a series numbered straight through
 * (第一个方面…第三个方面) opens the top level itself, and the line before it is the opening.
 */
export function restartHeadings(flow: Paragraph[], from: number, to: number): number[] {
  const ones = new Map<string, number[]>();
  for (let i = from + 1; i < to; i++) {
    const n = numberingOf(flow[i].text);
    if (!n || n.ordinal !== 1) continue;
    if (!ones.has(n.family)) ones.set(n.family, []);
    ones.get(n.family)!.push(i);
  }
  const restarts = [...ones.values()].filter((at) => at.length >= 2).flat().sort((a, b) => a - b);
  const items: number[] = [];
  for (const i of restarts) {
    const before = flow[i - 1].text;
    if (before.length <= 60 && !numberingOf(before) && !SALUTATION.test(before) && !INTERJECTION.test(before)) items.push(i - 1);
  }
  const runs = restarts.length;
  return runs >= 2 && items.length >= 2 && items.length * 3 >= runs * 2 ? items : [];
}
