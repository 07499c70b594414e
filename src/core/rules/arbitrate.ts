// Picks the series that makes the themes among the candidates of the table (theme-kinds.ts):
// admitted ones only; a series nested inside a part of another is a lower level and drops out;
// the rest are scored (base score of the kind, plus a count the opening announced, minus being a
// mere part of a longer series) and the best wins. Every candidate is recorded with its score.
import { announcedCount } from './announced.js';
import { type CandidateRecord, linesOf, type ScorePart, total } from './series-record.js';
import { familyBase, type FindContext, THEME_KINDS, type ThemeKind } from './theme-kinds.js';

/** The series the opening promised (提五点意见 → 5 members) is the speech's own plan. */
const ANNOUNCED_BONUS = 25;
/** Every member also in a longer candidate: this one saw only part of that series. */
const SUBSUMED_PENALTY = 40;

export interface ThemeCandidate {
  kind: ThemeKind;
  family: string;
  items: number[];
  /** Heading length of each member, when the kind does not give it by one function. */
  headings?: number[];
  parts: ScorePart[];
  reason: string;
}

/** How many times longer than the shortest theme the longest may be, for a series without numbering. */
const WEIGHT_RATIO = 12;

/**
 * Themes of comparable weight: two stray short lines, or a series whose last member carries most
 * of the speech, are no plan of it. Numbering vouches for itself (a report's parts may differ).
 */
function comparableWeight(c: FindContext, items: number[]): string | null {
  const sizes = items.map((start, k) => c.flow.slice(start, items[k + 1] ?? c.to).reduce((n, p) => n + p.text.length, 0));
  return Math.max(...sizes) <= WEIGHT_RATIO * Math.max(1, Math.min(...sizes)) ? null : '各部分长短悬殊：不像全文的几个部分';
}

/** B is nested in A when B lies between two consecutive items of A (or after A's last). */
export function nestedIn(b: number[], a: number[]): boolean {
  if (a === b || a[0] >= b[0]) return false;
  return !a.some((x) => x > b[0] && x <= b[b.length - 1]);
}

function found(c: FindContext): ThemeCandidate[] {
  return THEME_KINDS.flatMap((kind) =>
    kind.find(c).map((f) => {
      const family = f.family ?? kind.family;
      const reason = kind.admit?.(c, f.items) ?? (kind.family === 'numbered' ? null : comparableWeight(c, f.items));
      return { kind, family, items: f.items, headings: f.headings, parts: [{ points: familyBase(kind, family), why: kind.name }], reason: reason ?? '' };
    }),
  );
}

function score(c: FindContext, cand: ThemeCandidate, rivals: ThemeCandidate[]): void {
  const n = announcedCount(c.flow, c.from, cand.items[0]);
  if (n === cand.items.length) cand.parts.push({ points: ANNOUNCED_BONUS, why: `开头预告了 ${n} 项，正好对上` });
  const own = new Set(cand.items);
  const wider = rivals.find((r) => r !== cand && r.items.length > cand.items.length && cand.items.every((i) => r.items.includes(i)) && r.items.some((i) => !own.has(i)));
  if (wider) cand.parts.push({ points: -SUBSUMED_PENALTY, why: `各项都在「${wider.kind.name}」里，只是其中一部分` });
}

/** The winning candidate (or none) and the record of every candidate. */
export function arbitrateThemes(c: FindContext): { chosen?: ThemeCandidate; records: CandidateRecord[] } {
  const all = found(c);
  const admissible = all.filter((x) => x.reason === '');
  const regular = admissible.filter((x) => !x.kind.fallback);
  for (const x of regular.length ? admissible.filter((y) => y.kind.fallback) : []) x.reason = '只在找不到其他结构时才用';
  const admitted = regular.length ? regular : admissible;
  for (const x of admitted) {
    const outer = admitted.find((a) => nestedIn(x.items, a.items));
    if (outer) x.reason = `落在「${outer.kind.name}」的某一部分里，是下一层`;
  }
  const live = admitted.filter((x) => x.reason === '');
  for (const x of live) score(c, x, live);
  live.sort((a, b) => total(b.parts) - total(a.parts) || a.items[0] - b.items[0]);
  const chosen = live[0];
  for (const x of live.slice(1)) x.reason = `得分低于「${chosen.kind.name}」`;
  const records = all.map((x): CandidateRecord => ({
    level: 'theme',
    family: x.family,
    name: x.kind.name,
    lines: linesOf(c.flow, x.items),
    score: total(x.parts),
    parts: x.parts,
    verdict: x === chosen ? 'chosen' : live.includes(x) ? 'outranked' : admitted.includes(x) ? 'nested' : 'rejected',
    reason: x.reason,
  }));
  return { chosen, records };
}

