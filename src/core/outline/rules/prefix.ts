// Paragraphs that open with the same words (要始终坚守…，… ×5): a series when the opening
// announced as many (始终做到五个“坚守”), since a shared opening alone is often a subject
// the speech keeps returning to (我们… 学校…).
import { INTERJECTION, OPENS_WITH_MARK, ORDINAL_PARAGRAPH, SALUTATION } from '../../text/markers.js';
import type { Paragraph } from '../../types.js';
import { numberingOf } from './numbering.js';

/** Characters two openings must share. */
const PREFIX = 3;

function eligible(text: string): boolean {
  return !numberingOf(text) && !ORDINAL_PARAGRAPH.test(text) && !INTERJECTION.test(text) && !SALUTATION.test(text) && !OPENS_WITH_MARK.test(text);
}

/** The largest group (3+) of paragraphs in [from, to) whose first three characters are the same. */
export function prefixSeries(flow: Paragraph[], from: number, to: number): number[] {
  const groups = new Map<string, number[]>();
  for (let i = from; i < to; i++) {
    const t = flow[i].text;
    if (t.length <= PREFIX * 3 || !eligible(t)) continue;
    const key = t.slice(0, PREFIX);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(i);
  }
  let best: number[] = [];
  for (const items of groups.values()) if (items.length >= 3 && items.length > best.length) best = items;
  return best;
}
