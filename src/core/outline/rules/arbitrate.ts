// Picks the series that makes the themes among the candidates of the table (theme-kinds.ts):
// admitted ones only; a series nested inside a part of another is a lower level and drops out;
// the rest are scored (base score of the kind, plus a count the opening announced, minus being a
// mere part of a longer series) and the best wins. Every candidate is recorded with its score.
import { comparableWeight, lastPartFits } from './admission.js';
import { announcedCount } from './announced.js';
import { FAMILY_MARK } from './numbering.js';
import { type CandidateRecord, linesOf, type ScorePart, total } from './series-record.js';
import { familyBase, type FindContext, THEME_KINDS, type ThemeKind } from './theme-kinds.js';

/** The series the opening promised (提五点意见 → 5 members) is the speech's own plan. */
const ANNOUNCED_BONUS = 25;
/** Every member also in a longer candidate: this one saw only part of that series. */
const SUBSUMED_PENALTY = 40;
/** Every member right after a member of an explicitly ordered series: it is that series' text. */
const FOLLOWER_PENALTY = 40;
/** Kinds whose members carry their order in words (一、 / 一是 / 一抓). */
const ORDERED = new Set(['numbered', 'ordinal', 'runs']);

/** Whether each of `b` comes after the matching member of `a` and before the next one. */
function follows(b: number[], a: number[]): boolean {
  return b.length === a.length && b.every((x, k) => x > a[k] && (k + 1 >= a.length || x < a[k + 1]));
}

export interface ThemeCandidate {
  kind: ThemeKind;
  family: string;
  items: number[];
  /** Heading length of each member, when the kind does not give it by one function. */
  headings?: number[];
  parts: ScorePart[];
  reason: string;
}

/**
 * B is nested in A when B lies between two consecutive items of A, or after A's last when that
 * last part is of a size with A's others: a 一方面/另一方面 pair in the opening does not make the
 * 一、二、三、 long after it its points.
 */
function nestedIn(b: number[], a: number[], c: FindContext): boolean {
  if (a === b || a[0] >= b[0]) return false;
  if (a.some((x) => x > b[0] && x <= b[b.length - 1])) return false;
  return b[0] < a[a.length - 1] || lastPartFits(c, a);
}

/** A candidate's name as the user reads it: numbering says which mark (段首编号“一、”). */
function nameOf(x: ThemeCandidate): string {
  return FAMILY_MARK[x.family] ? `段首编号“${FAMILY_MARK[x.family]}”` : x.kind.name;
}

function found(c: FindContext): ThemeCandidate[] {
  return THEME_KINDS.flatMap((kind) =>
    kind.find(c).map((f) => {
      const family = f.family ?? kind.family;
      const reason = kind.admit?.(c, f.items) ?? (kind.vouched ? null : comparableWeight(c, f.items));
      return { kind, family, items: f.items, headings: f.headings, parts: [{ points: familyBase(kind, family), why: kind.name }], reason: reason ?? '' };
    }),
  );
}

function score(c: FindContext, cand: ThemeCandidate, rivals: ThemeCandidate[]): void {
  const n = announcedCount(c.flow, c.from, cand.items[0]);
  if (n === cand.items.length) cand.parts.push({ points: ANNOUNCED_BONUS, why: `开头预告了 ${n} 项，正好对上` });
  const wider = rivals.find((r) => {
    if (r === cand || r.items.length <= cand.items.length) return false;
    const theirs = new Set(r.items);
    return cand.items.every((i) => theirs.has(i));
  });
  if (wider) cand.parts.push({ points: -SUBSUMED_PENALTY, why: `各项都在「${nameOf(wider)}」里，只是其中一部分` });
  const leader = ORDERED.has(cand.kind.family) ? undefined : rivals.find((r) => ORDERED.has(r.kind.family) && follows(cand.items, r.items));
  if (leader) cand.parts.push({ points: -FOLLOWER_PENALTY, why: `每一项都紧跟在「${nameOf(leader)}」的一项后面，是它的下文` });
}

/** The winning candidate (or none) and the record of every candidate. */
export function arbitrateThemes(c: FindContext): { chosen?: ThemeCandidate; records: CandidateRecord[] } {
  const all = found(c);
  const admissible = all.filter((x) => x.reason === '');
  const regular = admissible.filter((x) => !x.kind.fallback);
  for (const x of regular.length ? admissible.filter((y) => y.kind.fallback) : []) x.reason = '只在找不到其他结构时才用';
  const admitted = regular.length ? regular : admissible;
  for (const x of admitted) {
    const outer = admitted.find((a) => nestedIn(x.items, a.items, c));
    if (outer) x.reason = `落在「${nameOf(outer)}」的某一部分里，是下一层`;
  }
  const live = admitted.filter((x) => x.reason === '');
  for (const x of live) score(c, x, live);
  live.sort((a, b) => total(b.parts) - total(a.parts) || a.items[0] - b.items[0]);
  const chosen = live[0];
  for (const x of live.slice(1)) x.reason = `得分低于「${nameOf(chosen)}」`;
  const records = all.map((x): CandidateRecord => ({
    level: 'theme',
    family: x.family,
    name: nameOf(x),
    lines: linesOf(c.flow, x.items),
    score: total(x.parts),
    parts: x.parts,
    verdict: x === chosen ? 'chosen' : live.includes(x) ? 'outranked' : admitted.includes(x) ? 'nested' : 'rejected',
    reason: x.reason,
  }));
  return { chosen, records };
}

