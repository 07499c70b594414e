// Builds each theme: heading, lead, points. A theme's text runs from its heading to the next
// theme (or the closing); points are cut from it at their markers, so every character lands in
// exactly one field. Paragraph-level numbering below the theme level wins, then a run of parallel
// paragraphs (排比), then inline markers: a paragraph-level series holds the inline ones.
import { DASH_LEAD } from '../markers.js';
import { headlineOf } from '../headline.js';
import type { Paragraph, Point, Theme } from '../types.js';
import { inlinePointStarts } from './inline.js';
import { numberedSeries } from './numbering.js';
import { shapeSeries } from './shape.js';
import type { Rule, ThemeStart } from './state.js';

/** A theme's running text: paragraphs joined by \n, with where each paragraph starts. */
interface Body {
  text: string;
  starts: { at: number; line: number; index: number }[];
}

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

/** Paragraph starts that carry the next numbering level (or a —— series) inside this theme. */
function paragraphPointStarts(flow: Paragraph[], start: ThemeStart, body: Body): number[] {
  const inner = body.starts.filter((b) => b.index !== start.index || start.headingLength === 0);
  if (inner.length === 0) return [];
  const from = inner[0].index;
  const to = inner[inner.length - 1].index + 1;
  let best: number[] = [];
  for (const series of numberedSeries(flow, from, to)) {
    if (series.family === start.family) continue;
    // Any start: reports often number （一）…（九） straight through their 一、 parts.
    const items = series.items;
    if (items.length >= 2 && (best.length === 0 || items[0] < best[0])) best = items;
  }
  if (best.length === 0 && start.family !== 'dash') {
    const dashes = inner.filter((b) => DASH_LEAD.test(flow[b.index].text)).map((b) => b.index);
    if (dashes.length >= 2) best = dashes;
  }
  return best.map((index) => inner.find((b) => b.index === index)!.at);
}

/**
 * Paragraphs of the theme whose openings share a shape (排比: 突出工业强县不动摇。/ 突出项目建设
 * 不松劲。…, 青石岭精神的核心是…/根基是…): each opens a point, and the 要… sentences inside
 * them are their text, not points of their own. Same test as an unnumbered theme series.
 */
function parallelPointStarts(flow: Paragraph[], start: ThemeStart, body: Body): number[] {
  const inner = body.starts.filter((b) => b.index !== start.index || start.headingLength === 0);
  if (inner.length < 3) return [];
  const items = shapeSeries(flow, inner[0].index, inner[inner.length - 1].index + 1);
  return items.map((index) => inner.find((b) => b.index === index)!.at);
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

function themeOf(flow: Paragraph[], start: ThemeStart, end: number): Theme {
  const head = flow[start.index];
  const body = bodyOf(flow, start, end);
  let marks = paragraphPointStarts(flow, start, body);
  if (marks.length === 0) marks = parallelPointStarts(flow, start, body);
  if (marks.length === 0) marks = inlinePointStarts(body.text);
  const cut = (from: number, to?: number) => body.text.slice(from, to).trim();
  const points: Point[] = marks.map((at, i) => {
    const text = cut(at, marks[i + 1]);
    return { text, headline: headlineOf(text), line: lineAt(body, at) };
  });
  return {
    heading: start.headingLength > 0 ? head.text.slice(0, start.headingLength) : null,
    lead: cut(0, marks.length > 0 ? marks[0] : undefined),
    points,
    line: head.line,
  };
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
