// The kinds of series that can make a speech's themes, as one table: how each is found, what
// admits it, its base score. Adding a reading is one row. The arbitration (arbitrate.ts) scores
// the admitted candidates and picks one; `outline --why` prints the table's names.
import { CLOSING_START, DASH_LEAD, INTERJECTION } from '../markers.js';
import { firstSentence } from '../segment.js';
import type { Paragraph } from '../types.js';
import { agendaSeries, findAgendas } from './agenda.js';
import { announcedCount } from './announced.js';
import { FAMILY_ORDER, isTopLevel, mixedSeries, numberedSeries, ordinalParagraphSeries } from './numbering.js';
import { headedRuns, runStart } from './headed-runs.js';
import { ordinalRuns } from './inline.js';
import { fangmianSeries, interjectionSeries } from './parts.js';
import { prefixSeries } from './prefix.js';
import { refrainSeries } from './refrain.js';
import { plainLineSeries, restartHeadings, shapeSeries } from './shape.js';
import type { OutlineState } from './state.js';

/** What a finder sees: the body [from, to) of the speech and the state (for the agenda). */
export interface FindContext {
  flow: Paragraph[];
  from: number;
  to: number;
  state: OutlineState;
}

export interface ThemeKind {
  family: string;
  /** Chinese, for --why. */
  name: string;
  /** Base score: explicit numbering first (in the conventional order), then the look-alikes. */
  base: number;
  find: (c: FindContext) => Found[];
  /** Chinese reason when the candidate may not make themes; null when it may. */
  admit?: (c: FindContext, items: number[]) => string | null;
  /** Length of the heading at the start of a member paragraph (0: the theme has none). */
  heading: (text: string) => number;
  /** Weighed only when no other kind is admitted (it neither wins over nor nests any other). */
  fallback?: boolean;
}

/** A found series; `family` overrides the kind's (numbering families share one row). */
export interface Found {
  items: number[];
  family?: string;
  /** Heading length of each member, where the members are of several kinds (sections). */
  headings?: number[];
}

/** An own-line heading is the whole paragraph; a run-in heading is its first sentence. */
export function numberedHeading(text: string): number {
  return firstSentence(text).length;
}

/** Run-in heading of an unnumbered series: the first sentence when short, else leading clauses. */
export function shortHeading(text: string): number {
  const first = firstSentence(text);
  if (first.length <= 30) return first.length;
  let end = 0;
  for (const m of first.matchAll(/[，,：:；;]/g)) {
    const at = (m.index ?? 0) + 1;
    if (at > 24) break;
    end = at;
  }
  return end > 0 ? end : first.length;
}

/** How much longer than the longest other theme the last one may run, in paragraphs. */
const TAIL_FACTOR = 3;
const TAIL_SLACK = 2;

/**
 * Themes divide the body. A look-alike run whose members sit together and leave most of the body
 * after its last one (这一年，我们… ×4 in a New Year message, then eight paragraphs of other
 * things) is a figure of speech inside the text, not its parts: without numbering to vouch for
 * it, the last theme may not run far longer than the others. The last theme ends at the first
 * closing formula after it, else at the end.
 */
function spreadOver(c: FindContext, items: number[]): string | null {
  const { flow, to } = c;
  const last = items[items.length - 1];
  let end = to;
  for (let i = last + 1; i < to; i++) {
    if (CLOSING_START.test(flow[i].text) || INTERJECTION.test(flow[i].text)) {
      end = i;
      break;
    }
  }
  const longest = Math.max(...items.slice(1).map((x, k) => x - items[k]));
  return end - last <= TAIL_FACTOR * longest + TAIL_SLACK ? null : '各项挤在正文的一小段里，后面还有很多别的内容：像是修辞上的排比，不是全文的几个部分';
}

/** How many times longer than the themes the text before the first one may be. */
const OPENING_FACTOR = 2;

/**
 * A look-alike series must explain the speech: not a call to the audience at the end (让我们将…
 * ×5 after eight paragraphs of prose is the closing exhortation), not a short run after an
 * opening far longer than everything from its first member on.
 */
function explainsSpeech(c: FindContext, items: number[]): string | null {
  if (CLOSING_START.test(c.flow[items[0]].text)) return '以结尾常用语（让我们、总之…）开头：是结尾的号召，不是主题';
  const chars = (from: number, to: number) => c.flow.slice(from, to).reduce((n, p) => n + p.text.length, 0);
  if (chars(c.from, items[0]) > OPENING_FACTOR * chars(items[0], c.to)) return '前面的内容比这几项加起来长得多：不像全文的几个部分';
  return spreadOver(c, items);
}

const one = (items: number[]): Found[] => (items.length ? [{ items }] : []);

function dashSeries({ flow, from, to }: FindContext): number[] {
  const items: number[] = [];
  for (let i = from; i < to; i++) if (DASH_LEAD.test(flow[i].text) && flow[i].text.length > 8) items.push(i);
  return items.length >= 2 ? items : [];
}

function agendaFound(c: FindContext): Found[] {
  for (const agenda of findAgendas(c.flow, c.from, c.to)) {
    const items = agendaSeries(c.flow, agenda, c.to);
    if (items.length >= 2) {
      c.state.agenda = agenda;
      return [{ items }];
    }
  }
  return [];
}

/**
 * Enumerations that run inside paragraphs (…为什么呢？第一，… / 第二，… or 一是…二是… in one long
 * paragraph) when nothing else structures the speech: each run is a theme without a heading, its
 * items the points. The theme starts at the paragraph the run starts in.
 */
/** Mean characters between the items of an enumeration that may be a theme. */
const ENUMERATION_ITEM = 60;

function enumerations({ flow, from, to }: FindContext): Found[] {
  const body = flow.slice(from, to);
  const text = body.map((p) => p.text).join('\n');
  // Offset where each paragraph starts in `text`, to find the paragraph of a run's start.
  const starts: number[] = [];
  body.reduce((at, p) => (starts.push(at), at + p.text.length + 1), 0);
  const paragraphOf = (at: number) => {
    let k = starts.length - 1;
    while (k > 0 && starts[k] > at) k--;
    return from + k;
  };
  // Items worth a slide each: a list of short thanks (首先，感谢…；其次，感谢…) is a sentence.
  const runs = ordinalRuns(text).filter((run) => (run[run.length - 1] - run[0]) / (run.length - 1) >= ENUMERATION_ITEM);
  const items = [...new Set(runs.map((run) => paragraphOf(run[0])))];
  return items.length ? [{ items }] : [];
}

/** Several headed ordinal runs (一抓… / 一是… / 一要…, each after a lead ending in ：): a theme each. */
function runThemes({ flow, from, to }: FindContext): Found[] {
  const runs = headedRuns(flow, from, to);
  return runs.length >= 2 ? [{ items: runs.map((run) => runStart(flow, run, from)) }] : [];
}

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

function innerSeries(c: FindContext, from: number, to: number): InnerSeries | null {
  const part = { ...c, from, to };
  let best: InnerSeries | null = null;
  for (const kind of THEME_KINDS.filter((k) => SECTION_INNER.has(k.family))) {
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
function sections(c: FindContext): Found[] {
  const lines = interjectionSeries(c.flow, c.from, c.state.flow.length);
  if (lines.length < 2) return [];
  const items: number[] = [];
  const headings: number[] = [];
  let marked = 0;
  lines.forEach((line, k) => {
    const inner = innerSeries(c, line + 1, lines[k + 1] ?? c.to);
    if (inner?.marked) marked++;
    for (const i of inner?.items ?? [line]) {
      items.push(i);
      headings.push(inner ? inner.heading(c.flow[i].text) : 0);
    }
  });
  return marked >= 2 ? [{ items, headings }] : [];
}

const NUMBERED_BASE = 100;

export const THEME_KINDS: readonly ThemeKind[] = [
  {
    family: 'numbered',
    name: '段首编号（一、（一）第一，1、…）',
    base: NUMBERED_BASE,
    find: ({ flow, from, to }) => {
      const series = numberedSeries(flow, from, to);
      return [...series, ...mixedSeries(series)].filter(isTopLevel).map((s) => ({ items: s.items, family: s.family }));
    },
    heading: numberedHeading,
  },
  { family: 'agenda', name: '开头点明的几个字（如“忠专实勤清”）', base: 90, find: agendaFound, heading: shortHeading },
  { family: 'sections', name: '呼语分开的几部分，各部分自有的系列', base: 85, find: sections, heading: () => 0 },
  { family: 'dash', name: '“——”开头的段落', base: 80, find: (c) => one(dashSeries(c)), heading: numberedHeading },
  { family: 'shape', name: '句式相同的段首（排比）', base: 70, find: (c) => one(shapeSeries(c.flow, c.from, c.to)), admit: explainsSpeech, heading: shortHeading },
  { family: 'refrain', name: '首句里反复出现的短语', base: 70, find: (c) => one(refrainSeries(c.flow, c.from, c.to)), admit: explainsSpeech, heading: numberedHeading },
  { family: 'prefix', name: '开头相同的几段（与开头预告的项数一致）', base: 65, find: (c) => one(prefixSeries(c.flow, c.from, c.to)), admit: (c, items) => (announcedCount(c.flow, c.from, items[0]) === items.length ? explainsSpeech(c, items) : '开头没有预告同样的项数'), heading: numberedHeading },
  { family: 'plain', name: '单独成行的短标题', base: 60, find: (c) => one(plainLineSeries(c.flow, c.from, c.to)), heading: (t) => t.length },
  { family: 'restart', name: '重新编号前的一行', base: 60, find: (c) => one(restartHeadings(c.flow, c.from, c.to)), heading: numberedHeading },
  // 一是…/二是… paragraphs are usually points; they give themes only when nothing else does.
  {
    family: 'ordinal',
    name: '段首“一是/二是/首先/其次”',
    base: 50,
    find: ({ flow, from, to }) => {
      const s = ordinalParagraphSeries(flow, from, to);
      return s.items.length >= 3 && isTopLevel(s) ? [{ items: s.items }] : [];
    },
    heading: numberedHeading,
  },
  { family: 'runs', name: '几组“一X…二X…”段落（各组一个部分）', base: 55, find: runThemes, heading: () => 0 },
  { family: 'fangmian', name: '“一方面/另一方面”', base: 50, find: (c) => one(fangmianSeries(c.flow, c.from, c.to)), heading: numberedHeading },
  { family: 'enumeration', name: '段内的列举（第一…第二…、一是…二是…）', base: 30, find: enumerations, heading: () => 0, fallback: true },
  // Interjection lines between parts: the parts are themes without headings.
  { family: 'interjection', name: '部分之间的呼语（同志们！）', base: 40, find: (c) => one(interjectionSeries(c.flow, c.from, c.state.flow.length)), heading: () => 0 },
];

/** Numbering families keep their conventional order (一、 before （一） before 1.) inside one row. */
export function familyBase(kind: ThemeKind, family: string): number {
  const k = FAMILY_ORDER.indexOf(family);
  return k >= 0 ? kind.base - k : kind.base;
}
