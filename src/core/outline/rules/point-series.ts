// Paragraph-level point series inside one theme: numbering below the theme's level, —— lines,
// paragraphs opened by 要/必须/坚持 or by 一方面/另一方面, and parallel paragraphs (排比). Each
// finder returns the offsets in the theme's running text where its points start ([] when none).
import { BARE_SHI_YAO, DASH_LEAD, IMPERATIVE_OPENER, STATEMENT_OPENER } from '../../text/markers.js';
import type { Paragraph } from '../../types.js';
import { numberedSeries, ordinalParagraphSeries } from './numbering.js';
import { headedRuns, headOf } from './headed-runs.js';
import { fangmianSeries } from './parts.js';
import { shapeSeries } from './shape.js';
import type { ThemeStart } from './state.js';

/** A theme's running text: paragraphs joined by \n, with where each paragraph starts. */
export interface Body {
  text: string;
  starts: { at: number; line: number; index: number }[];
}

/** Paragraph-level marks, with the ordinals of a numbered series (so a gap in them shows). */
export interface Marks {
  at: number[];
  /** Present for a numbered series only. */
  ordinals?: number[];
}

/** The theme's paragraphs below its heading (the heading paragraph counts when it has none). */
function innerStarts(start: ThemeStart, body: Body): Body['starts'] {
  return body.starts.filter((b) => b.index !== start.index || start.headingLength === 0);
}

function offsets(inner: Body['starts'], indices: number[]): number[] {
  return indices.map((index) => inner.find((b) => b.index === index)!.at);
}

/** Paragraph starts that carry the next numbering level (or a —— series) inside this theme. */
export function numberedPointStarts(flow: Paragraph[], start: ThemeStart, body: Body): Marks {
  const inner = innerStarts(start, body);
  if (inner.length === 0) return { at: [] };
  const from = inner[0].index;
  const to = inner[inner.length - 1].index + 1;
  let best: { items: number[]; ordinals?: number[] } = { items: [] };
  for (const series of numberedSeries(flow, from, to)) {
    if (series.family === start.family) continue;
    // Any start: reports often number （一）…（九） straight through their 一、 parts.
    if (series.items.length >= 2 && (best.items.length === 0 || series.items[0] < best.items[0])) best = series;
  }
  if (best.items.length === 0 && start.family !== 'dash') {
    const dashes = inner.filter((b) => DASH_LEAD.test(flow[b.index].text)).map((b) => b.index);
    if (dashes.length >= 2) best = { items: dashes };
  }
  return { at: offsets(inner, best.items), ordinals: best.ordinals };
}

/** Whether a numbered series skips a number (第一，… 第三，…): the missing ones run inline. */
export function hasGap(ordinals: number[] | undefined): boolean {
  return !!ordinals && ordinals.some((v, i) => i > 0 && v > ordinals[i - 1] + 1);
}

/**
 * Paragraphs that open with a demand, 要/必须/坚持 (要看清…。/ 必须一体推进…。/ 坚持把…。): the
 * convention's point openers, mixed freely in real speeches, two or more of them, whatever else
 * the paragraphs look like. The 要 sentences inside those paragraphs are their text (so the
 * inline rule must not split them); a subject before 要 (各乡镇党委要…) is text, not a point, and
 * so is a statement that merely opens with the word (坚持问题导向，是…。 要看到，…).
 */
export function imperativePointStarts(flow: Paragraph[], start: ThemeStart, body: Body): number[] {
  const isDemand = (t: string) => IMPERATIVE_OPENER.test(t) && !STATEMENT_OPENER.test(t);
  const items = innerStarts(start, body).filter((b) => isDemand(flow[b.index].text));
  return items.length >= 2 ? items.map((b) => b.at) : [];
}

/**
 * Paragraphs of the theme whose openings share a shape (排比: 突出工业强县不动摇。/ 突出项目建设
 * 不松劲。…, 青石岭精神的核心是…/根基是…): each opens a point, and the 要… sentences inside
 * them are their text, not points of their own. Same test as an unnumbered theme series.
 */
export function parallelPointStarts(flow: Paragraph[], start: ThemeStart, body: Body): number[] {
  const inner = innerStarts(start, body);
  if (inner.length < 3) return [];
  return offsets(inner, shapeSeries(flow, inner[0].index, inner[inner.length - 1].index + 1));
}

/**
 * Paragraphs opened by 一方面，… / 另一方面，… inside a theme: an explicit pair of marks, so they
 * are its points, and the unmarked paragraphs after each (说到学本领，…) are that point's text.
 */
export function fangmianPointStarts(flow: Paragraph[], start: ThemeStart, body: Body): number[] {
  const inner = innerStarts(start, body);
  if (inner.length < 2 || start.family === 'fangmian') return [];
  return offsets(inner, fangmianSeries(flow, inner[0].index, inner[inner.length - 1].index + 1));
}

/**
 * Paragraphs opened by 一是/二是 or 首先，/其次， inside a theme (not one made of them): explicit
 * ordinals, so they are its points, and the unmarked or 要/坚持/必须 paragraphs around them are
 * text. Ordinals that start over (一是 二是 一是 二是) sit inside points of another kind: none here.
 */
export function ordinalPointStarts(flow: Paragraph[], start: ThemeStart, body: Body): number[] {
  const inner = innerStarts(start, body);
  if (inner.length < 2 || start.family === 'ordinal') return [];
  const series = ordinalParagraphSeries(flow, inner[0].index, inner[inner.length - 1].index + 1);
  const runs = series.ordinals.filter((v) => v === 1).length;
  return series.items.length >= 2 && runs <= 1 ? offsets(inner, series.items) : [];
}

/** Paragraphs of one run opened by an ordinal and the same head (一抓… 二抓… 三抓…) inside a theme. */
export function headedPointStarts(flow: Paragraph[], start: ThemeStart, body: Body): number[] {
  const inner = innerStarts(start, body);
  if (inner.length < 2) return [];
  // 一是/一要 runs are the ordinal kind's; this one reads the other heads (一抓 一学 一讲…).
  const runs = headedRuns(flow, inner[0].index, inner[inner.length - 1].index + 1).filter((run) => !BARE_SHI_YAO.test(headOf(flow, run)));
  return runs.length === 1 ? offsets(inner, runs[0]) : [];
}
