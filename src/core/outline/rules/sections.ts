// Parts of a speech told by interjection lines, with series of their own inside them.
import { interjectionSeries } from './parts.js';
import type { FindContext, Found, ThemeKind } from './theme-kinds.js';

/** Kinds whose series inside one interjection-separated part make that part's themes. */
const SECTION_INNER = new Set(['numbered', 'dash', 'shape', 'refrain', 'prefix']);
/** Kinds that mark their members explicitly: two parts with such a series make the reading. */
const MARKED = new Set(['numbered', 'dash']);

/** The best admitted series of the inner kinds in [from, to): kinds in table order, longest first. */
interface InnerSeries {
  items: number[];
  heading: (t: string) => number;
  base: number;
  /** Marked by numbering or dashes, not by look alone. */
  marked: boolean;
}

function innerSeries(kinds: readonly ThemeKind[], c: FindContext, from: number, to: number): InnerSeries | null {
  const part = { ...c, from, to };
  let best: InnerSeries | null = null;
  for (const kind of kinds.filter((k) => SECTION_INNER.has(k.family))) {
    for (const f of kind.find(part)) {
      if (f.items.length < 2 || kind.admit?.(part, f.items)) continue;
      if (!best || kind.base > best.base) best = { items: f.items, heading: kind.heading, base: kind.base, marked: MARKED.has(kind.family) };
    }
  }
  return best;
}

/**
 * Parts told by interjection lines (青年朋友们、同志们！) that hold series of their own (three ——
 * paragraphs in one, 第一…第六 in another): the members of each part's series are the themes, and
 * a part without one is a theme without a heading. Two parts at least must hold a marked series
 * (numbering, ——); parts told apart only by look-alike openings keep them as their points.
 */
export function sections(kinds: readonly ThemeKind[], c: FindContext): Found[] {
  const lines = interjectionSeries(c.flow, c.from, c.state.flow.length);
  if (lines.length < 2) return [];
  const items: number[] = [];
  const headings: number[] = [];
  let marked = 0;
  lines.forEach((line, k) => {
    const inner = innerSeries(kinds, c, line + 1, lines[k + 1] ?? c.to);
    if (inner?.marked) marked++;
    for (const i of inner?.items ?? [line]) {
      items.push(i);
      headings.push(inner ? inner.heading(c.flow[i].text) : 0);
    }
  });
  return marked >= 2 ? [{ items, headings }] : [];
}

