// Enumerations that run inside paragraphs, as themes without headings.
import { ordinalRuns } from './inline.js';
import type { FindContext, Found } from './theme-kinds.js';

/** Mean characters between the items of an enumeration that may be a theme. */
const ENUMERATION_ITEM = 60;

/**
 * Enumerations that run inside paragraphs (…为什么呢？第一，… / 第二，… or 一是…二是… in one long
 * paragraph) when nothing else structures the speech: each run is a theme without a heading, its
 * items the points. The theme starts at the paragraph the run starts in.
 */
export function enumerations({ flow, from, to }: FindContext): Found[] {
  const body = flow.slice(from, to);
  const text = body.map((p) => p.text).join('\n');
  // Offset where each paragraph starts in `text`, to find the paragraph of a run's start.
  const starts: number[] = [];
  body.reduce((at, p) => (starts.push(at), at + p.text.length + 1), 0);
  const paragraphOf = (at: number) => {
    let k = starts.length - 1;
    while (k > 0 && starts[k] > at) k--;
    return from + k;
  };
  // Items worth a slide each: a list of short thanks (首先，感谢…；其次，感谢…) is a sentence.
  const runs = ordinalRuns(text).filter((run) => (run[run.length - 1] - run[0]) / (run.length - 1) >= ENUMERATION_ITEM);
  const items = [...new Set(runs.map((run) => paragraphOf(run[0])))];
  return items.length ? [{ items }] : [];
}

