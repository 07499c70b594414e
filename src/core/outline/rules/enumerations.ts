// Enumerations that run inside paragraphs, as themes without headings.
import { CLOSING_START } from '../../text/markers.js';
import { ordinalRuns } from './inline.js';
import type { FindContext, Found } from './theme-kinds.js';

/** Mean characters between the items of an enumeration that may be a theme. */
const ENUMERATION_ITEM = 60;

/** A lone enumeration must hold this many items that are not a closing formula (最后，祝…). */
const LONE_ITEMS = 3;

/** Index of the last start ≤ `at` (binary search: a body may hold thousands of paragraphs). */
function indexAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Enumerations that run inside paragraphs (…为什么呢？第一，… / 第二，… or 一是…二是… in one long
 * paragraph) when nothing else structures the speech: each run is a theme without a heading, its
 * items the points. The theme starts at the paragraph the run starts in. Two runs at least, or
 * one of three real items: 首先，感谢…其次，感谢…最后，祝… in a farewell is a sentence, not a plan.
 */
export function enumerations({ flow, from, to }: FindContext): Found[] {
  const body = flow.slice(from, to);
  const text = body.map((p) => p.text).join('\n');
  const starts: number[] = [];
  body.reduce((at, p) => (starts.push(at), at + p.text.length + 1), 0);
  // Items worth a slide each: a list of short thanks (首先，感谢…；其次，感谢…) is a sentence.
  const runs = ordinalRuns(text).filter((run) => (run[run.length - 1] - run[0]) / (run.length - 1) >= ENUMERATION_ITEM);
  if (runs.length === 1 && runs[0].filter((at) => !CLOSING_START.test(text.slice(at, at + 12))).length < LONE_ITEMS) return [];
  const items = [...new Set(runs.map((run) => from + indexAt(starts, run[0])))];
  return items.length ? [{ items }] : [];
}
