// What the arbitration between competing series leaves behind: every candidate it weighed, its
// score and why it won or lost, so `lectern outline --why` can show a user the decision.
import type { Paragraph } from '../../types.js';

export type Verdict = 'chosen' | 'outranked' | 'nested' | 'rejected';

/** One addition to a candidate's score, with what earned it (Chinese, for --why). */
export interface ScorePart {
  points: number;
  why: string;
}

export interface CandidateRecord {
  level: 'theme' | 'point';
  /** 1-based index of the theme whose points these are (point level only). */
  theme?: number;
  family: string;
  /** The kind's name in Chinese. */
  name: string;
  /** Source lines of the members (the line of the paragraph each one starts in). */
  lines: number[];
  score: number;
  parts: ScorePart[];
  verdict: Verdict;
  /** Why it lost or was not admitted (Chinese); '' for the chosen one. */
  reason: string;
}

/** The members' source lines: for paragraph members, `flow[i].line`. */
export function linesOf(flow: Paragraph[], items: number[]): number[] {
  return items.map((i) => flow[i]?.line ?? 0);
}

/** Sum of a candidate's score parts. */
export function total(parts: ScorePart[]): number {
  return parts.reduce((n, p) => n + p.points, 0);
}
