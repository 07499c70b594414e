// Builds each theme: heading, lead, points. A theme's text runs from its heading to the next
// theme (or the closing); points are cut from it at their markers, so every character lands in
// exactly one field. Paragraph-level numbering below the theme level wins, then paragraphs opened
// by 一是/二是 (one run), then by 一方面/另一方面 or by a demand (要… 必须… 坚持…), whichever starts
// first, then a run of parallel paragraphs (排比), then inline markers: a paragraph-level series
// holds the inline ones.
import { IMPERATIVE_HEADING, STATEMENT_OPENER, YAO_IMPERATIVE } from '../../text/markers.js';
import { sentenceStarts } from '../../text/segment.js';
import { headlineOf, labelOf } from '../headline.js';
import type { Paragraph, Point, Theme } from '../../types.js';
import { inlinePointStarts } from './inline.js';
import { numberingOf } from './numbering.js';
import type { Body } from './point-series.js';
import { fangmianPointStarts, hasGap, headedPointStarts, imperativePointStarts, numberedPointStarts, ordinalPointStarts, parallelPointStarts } from './point-series.js';
import type { CandidateRecord } from './series-record.js';
import type { OutlineState, Rule, ThemeStart } from './state.js';

function bodyOf(flow: Paragraph[], start: ThemeStart, end: number): Body {
  const parts: string[] = [];
  const starts: Body['starts'] = [];
  let at = 0;
  const push = (text: string, line: number, index: number) => {
    if (text === '') return;
    if (parts.length > 0) at += 1;
    starts.push({ at, line, index });
    parts.push(text);
    at += text.length;
  };
  push(flow[start.index].text.slice(start.headingLength).trim(), flow[start.index].line, start.index);
  for (let i = start.index + 1; i < end; i++) push(flow[i].text, flow[i].line, i);
  return { text: parts.join('\n'), starts };
}

/** Line of the paragraph holding offset `at` (binary search: a theme may hold thousands). */
function lineAt(body: Body, at: number): number {
  const starts = body.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid].at <= at) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]?.line ?? 0;
}

/**
 * A heading phrased as an imperative (我们要以最高的标准…。) puts the theme itself on the 要 level:
 * the bare 要 sentences in its text continue that demand, they are not a level below it. Points
 * are marked by another device than their theme, as numbered points are by another family.
 */
function imperativeHeading(heading: string): boolean {
  const n = numberingOf(heading);
  return IMPERATIVE_HEADING.test(heading.slice(n ? n.length : 0).trim());
}

/** One way a theme's points may be marked; the highest-ranked kind that finds 2+ marks wins. */
interface PointKind {
  family: string;
  /** Chinese, for --why. */
  name: string;
  rank: number;
  find: (flow: Paragraph[], start: ThemeStart, body: Body, heading: string) => number[];
}

function inline(body: Body, heading: string): number[] {
  return inlinePointStarts(body.text, imperativeHeading(heading) ? ['yao'] : []);
}

/** Numbering below the theme's level; 第一，… 第三，… at paragraph starts with 第二 inside the
 *  first: the inline series, which holds every paragraph-level mark and the missing ones, is the
 *  whole series. */
function numbered(flow: Paragraph[], start: ThemeStart, body: Body, heading: string): number[] {
  const marks = numberedPointStarts(flow, start, body);
  if (marks.at.length === 0 || !hasGap(marks.ordinals)) return marks.at;
  const all = inline(body, heading);
  const inAll = new Set(all);
  return all.length > marks.at.length && marks.at.every((at) => inAll.has(at)) ? all : marks.at;
}

/**
 * Paragraph-level numbering wins, then paragraphs opened by explicit ordinals (一是… 二是…) in one
 * run; 一方面/另一方面 and 要/必须/坚持 paragraphs may nest either way, so of those two (same rank)
 * the series that starts first is the outer one; then parallel paragraphs, then inline markers.
 */
const POINT_KINDS: readonly PointKind[] = [
  { family: 'numbered', name: '下一级段首编号', rank: 5, find: numbered },
  { family: 'ordinal', name: '段首“一是/二是/首先”', rank: 4, find: ordinalPointStarts },
  { family: 'headed', name: '段首“一抓…二抓…”', rank: 4, find: headedPointStarts },
  { family: 'fangmian', name: '段首“一方面/另一方面”', rank: 3, find: fangmianPointStarts },
  { family: 'imperative', name: '段首“要/必须/坚持”', rank: 3, find: imperativePointStarts },
  { family: 'parallel', name: '句式相同的段落（排比）', rank: 2, find: parallelPointStarts },
  { family: 'inline', name: '段内“一是…二是…”“要…”等', rank: 1, find: (_f, _s, body, heading) => inline(body, heading) },
];

interface PointChoice {
  marks: number[];
  records: Omit<CandidateRecord, 'theme'>[];
}

function pointStarts(flow: Paragraph[], start: ThemeStart, body: Body, heading: string): PointChoice {
  const found = POINT_KINDS.map((kind) => ({ kind, marks: kind.find(flow, start, body, heading) })).filter((f) => f.marks.length > 0);
  const ranked = [...found].sort((a, b) => b.kind.rank - a.kind.rank || a.marks[0] - b.marks[0]);
  const chosen = ranked[0];
  const records = found.map((f) => ({
    level: 'point' as const,
    family: f.kind.family,
    name: f.kind.name,
    lines: f.marks.map((at) => lineAt(body, at)),
    score: f.kind.rank,
    parts: [{ points: f.kind.rank, why: f.kind.name }],
    verdict: f === chosen ? ('chosen' as const) : ('outranked' as const),
    reason: f === chosen ? '' : `排在「${chosen.kind.name}」之后`,
  }));
  return { marks: chosen?.marks ?? [], records };
}

/** One theme's text and the marks chosen for its points. */
interface Draft {
  start: ThemeStart;
  heading: string | null;
  body: Body;
  marks: number[];
}

function draftOf(s: OutlineState, start: ThemeStart, end: number, k: number): Draft {
  const head = s.flow[start.index];
  const heading = start.headingLength > 0 ? head.text.slice(0, start.headingLength) : null;
  const body = bodyOf(s.flow, start, end);
  const { marks, records } = pointStarts(s.flow, start, body, heading ?? '');
  s.candidates.push(...records.map((r) => ({ ...r, theme: k + 1 })));
  return { start, heading, body, marks };
}

/** Whether a theme's points are a list of bare demands (要…。要…。). */
function demandList(d: Draft): boolean {
  return d.marks.length >= 2 && d.marks.every((at) => startsDemand(d.body.text, at));
}

/** A bare 要 demand starts at `at`; not a statement that only opens with it (要看到，…). */
function startsDemand(text: string, at: number): boolean {
  YAO_IMPERATIVE.lastIndex = at;
  return YAO_IMPERATIVE.test(text) && !STATEMENT_OPENER.test(text.slice(at, at + 40));
}

/**
 * Siblings share a device: where two or more themes list their points as bare demands (要…), a
 * sibling with a single 要 sentence has that one demand as its point, not a theme without any.
 */
function loneDemand(s: OutlineState, d: Draft, k: number): void {
  if (d.marks.length > 0 || imperativeHeading(d.heading ?? '')) return;
  const at = sentenceStarts(d.body.text).filter((x) => startsDemand(d.body.text, x));
  if (at.length !== 1) return;
  d.marks = at;
  const record = { level: 'point' as const, theme: k + 1, family: 'lone-demand', name: '与其他主题同样的“要…”（仅一条）', score: 0 };
  s.candidates.push({ ...record, lines: [lineAt(d.body, at[0])], parts: [{ points: 0, why: record.name }], verdict: 'chosen', reason: '' });
}

function themeOf(flow: Paragraph[], d: Draft): Theme {
  const { body, marks, heading } = d;
  const cut = (from: number, to?: number) => body.text.slice(from, to).trim();
  const points: Point[] = marks.map((at, i) => {
    const text = cut(at, marks[i + 1]);
    return { text, headline: headlineOf(text), line: lineAt(body, at) };
  });
  const lead = cut(0, marks.length > 0 ? marks[0] : undefined);
  const theme: Theme = { heading, lead, points, line: flow[d.start.index].line };
  if (heading === null) theme.label = labelOf(lead, points[0]?.text ?? '');
  return theme;
}

export const points: Rule = (s) => {
  const { flow, themeStarts } = s;
  const closingStart = Math.min(s.closingStart, flow.length);
  if (themeStarts.length === 0) {
    // No marked structure: no themes; the paragraphs between opening and closing are the body.
    const from = s.bodyStart + s.outline.opening.length;
    s.outline.themes = [];
    const body = flow.slice(from, closingStart).map((p) => p.text);
    if (body.length > 0) s.outline.body = body;
    return;
  }
  const drafts = themeStarts.map((start, k) => {
    const end = k + 1 < themeStarts.length ? themeStarts[k + 1].index : closingStart;
    return draftOf(s, start, Math.max(end, start.index + 1), k);
  });
  if (drafts.filter(demandList).length >= 2) drafts.forEach((d, k) => loneDemand(s, d, k));
  s.outline.themes = drafts.map((d) => themeOf(flow, d));
};
