// Counts the opening announces (我讲四点意见 / 提五点希望 / 做到五个“坚守”): a series with that
// many members is the one the speaker promised, which vouches for it.
import { COUNT_ANNOUNCEMENT } from '../../text/markers.js';
import type { Paragraph } from '../../types.js';
import { cnNumber } from './numbering.js';

/** How many paragraphs before a series may announce it. */
const LEAD_WINDOW = 3;

/**
 * The count announced closest before flow index `first` (within the body from `from`), or 0. In a
 * paragraph with several counts, the first one a verb announces wins (我讲三点意见，每一点都讲两个
 * 方面 → 3), else the last one.
 */
export function announcedCount(flow: Paragraph[], from: number, first: number): number {
  for (let i = first - 1; i >= Math.max(from, first - LEAD_WINDOW); i--) {
    const all = [...flow[i].text.matchAll(COUNT_ANNOUNCEMENT)];
    const pick = all.find((m) => m[1]) ?? all[all.length - 1];
    if (pick) return pick[2] === '两' ? 2 : cnNumber(pick[2]) || 0;
  }
  return 0;
}
