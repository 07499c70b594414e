// Runs of paragraphs opened by an ordinal and the same head character (一抓…二抓…三抓…, then
// 一是…二是…, then 一要…二要…), each usually introduced by a paragraph ending in ：. Several runs
// in a speech without headings are its parts: each run is a theme without a heading, its
// members the points.
import { LEAD_LINE, ORDINAL_HEAD } from '../../text/markers.js';
import type { Paragraph } from '../../types.js';
import { cnNumber } from './numbering.js';

/**
 * Each run (2+ members numbered 1, 2, 3… with one head) in [from, to), as flow indices, in text
 * order. Heads are followed apart, so a paragraph that merely opens with 一 (一段时间以来…) between
 * 二抓 and 三抓 neither ends the run nor starts one: a run needs its 二.
 */
export function headedRuns(flow: Paragraph[], from: number, to: number): number[][] {
  const byHead = new Map<string, number[][]>();
  for (let i = from; i < to; i++) {
    const m = ORDINAL_HEAD.exec(flow[i].text);
    if (!m) continue;
    const n = cnNumber(m[1]);
    const runs = byHead.get(m[2]) ?? [];
    byHead.set(m[2], runs);
    const run = runs[runs.length - 1];
    if (n === 1) runs.push([i]);
    else if (run && n === run.length + 1) run.push(i);
  }
  return [...byHead.values()].flat().filter((run) => run.length >= 2).sort((a, b) => a[0] - b[0]);
}

/** A run's theme starts at the paragraph that introduces it (…如下：), else at its first member. */
export function runStart(flow: Paragraph[], run: number[], from: number): number {
  const before = run[0] - 1;
  return before >= from && LEAD_LINE.test(flow[before].text) ? before : run[0];
}

/** The head character of a run (抓 for 一抓…二抓…). */
export function headOf(flow: Paragraph[], run: number[]): string {
  return ORDINAL_HEAD.exec(flow[run[0]].text)?.[2] ?? '';
}
