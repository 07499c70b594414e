// Runs of paragraphs opened by an ordinal and the same head character (一抓…二抓…三抓…, then
// 一是…二是…, then 一要…二要…), each usually introduced by a paragraph ending in ：. Several runs
// in a speech without headings are its parts: each run is a theme without a heading, its
// members the points.
import { ORDINAL_HEAD } from '../markers.js';
import type { Paragraph } from '../types.js';
import { cnNumber } from './numbering.js';

/** Each run (2+ members numbered 1, 2, 3… with one head) in [from, to), as flow indices. */
export function headedRuns(flow: Paragraph[], from: number, to: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let head = '';
  const flush = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (let i = from; i < to; i++) {
    const m = ORDINAL_HEAD.exec(flow[i].text);
    if (!m) continue;
    const n = cnNumber(m[1]);
    if (n === 1) {
      flush();
      run = [i];
      head = m[2];
    } else if (run.length > 0 && m[2] === head && n === run.length + 1) run.push(i);
  }
  flush();
  return runs;
}

/** A run's theme starts at the paragraph that introduces it (…如下：), else at its first member. */
export function runStart(flow: Paragraph[], run: number[], from: number): number {
  const before = run[0] - 1;
  return before >= from && /[：:]$/.test(flow[before].text) ? before : run[0];
}
