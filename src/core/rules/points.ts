// Builds each theme: heading, lead, points. A theme's text runs from its heading to the next
// theme (or the closing); points are cut from it at their markers, so every character lands in
// exactly one field. Paragraph-level numbering below the theme level wins, then paragraphs opened
// by 一是/二是 (one run), then by 一方面/另一方面 or by a demand (要… 必须… 坚持…), whichever starts
// first, then a run of parallel paragraphs (排比), then inline markers: a paragraph-level series
// holds the inline ones.
import { IMPERATIVE_HEADING } from '../markers.js';
import { headlineOf } from '../headline.js';
import type { Paragraph, Point, Theme } from '../types.js';
import { inlinePointStarts } from './inline.js';
import { numberingOf } from './numbering.js';
import type { Body } from './point-series.js';
import { fangmianPointStarts, hasGap, imperativePointStarts, numberedPointStarts, ordinalPointStarts, parallelPointStarts } from './point-series.js';
import type { Rule, ThemeStart } from './state.js';

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

function pointStarts(flow: Paragraph[], start: ThemeStart, body: Body, heading: string): number[] {
  const inline = () => inlinePointStarts(body.text, imperativeHeading(heading) ? ['yao'] : []);
  const numbered = numberedPointStarts(flow, start, body);
  if (numbered.at.length > 0) {
    // 第一，… 第三，… at paragraph starts with 第二 inside the first: the inline series, which
    // holds every paragraph-level mark and the missing ones, is the whole series.
    if (!hasGap(numbered.ordinals)) return numbered.at;
    const all = inline();
    const inAll = new Set(all);
    return all.length > numbered.at.length && numbered.at.every((at) => inAll.has(at)) ? all : numbered.at;
  }
  // Paragraphs opened by explicit ordinals (一是… 二是…) in one run outrank the lexical openers.
  const ordinal = ordinalPointStarts(flow, start, body);
  if (ordinal.length > 0) return ordinal;
  // 一方面/另一方面 and 要/必须/坚持 paragraphs may nest either way: the series that starts first
  // is the outer one, and the other's paragraphs are its points' text.
  const fangmian = fangmianPointStarts(flow, start, body);
  const imperative = imperativePointStarts(flow, start, body);
  const marked = [fangmian, imperative].filter((m) => m.length > 0).sort((a, b) => a[0] - b[0])[0];
  if (marked) return marked;
  const parallel = parallelPointStarts(flow, start, body);
  return parallel.length > 0 ? parallel : inline();
}

function themeOf(flow: Paragraph[], start: ThemeStart, end: number): Theme {
  const head = flow[start.index];
  const heading = start.headingLength > 0 ? head.text.slice(0, start.headingLength) : null;
  const body = bodyOf(flow, start, end);
  const marks = pointStarts(flow, start, body, heading ?? '');
  const cut = (from: number, to?: number) => body.text.slice(from, to).trim();
  const points: Point[] = marks.map((at, i) => {
    const text = cut(at, marks[i + 1]);
    return { text, headline: headlineOf(text), line: lineAt(body, at) };
  });
  return { heading, lead: cut(0, marks.length > 0 ? marks[0] : undefined), points, line: head.line };
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
  s.outline.themes = themeStarts.map((start, k) => {
    const end = k + 1 < themeStarts.length ? themeStarts[k + 1].index : closingStart;
    return themeOf(flow, start, Math.max(end, start.index + 1));
  });
};
