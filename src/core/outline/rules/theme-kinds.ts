// The kinds of series that can make a speech's themes, as one table: how each is found, what
// admits it, its base score. Adding a reading is one row. The arbitration (arbitrate.ts) scores
// the admitted candidates and picks one; `outline --why` prints the table's names.
import { DASH_LEAD, LEAD_BREAK } from '../../text/markers.js';
import { firstSentence } from '../../text/segment.js';
import type { Paragraph } from '../../types.js';
import { announcedSameOpenings, explainsSpeech } from './admission.js';
import { agendaSeries, findAgendas } from './agenda.js';
import { enumerations } from './enumerations.js';
import { headedRuns, runStart } from './headed-runs.js';
import { FAMILY_ORDER, isTopLevel, mixedSeries, numberedSeries, ordinalParagraphSeries } from './numbering.js';
import { fangmianSeries, interjectionSeries } from './parts.js';
import { prefixSeries } from './prefix.js';
import { refrainSeries } from './refrain.js';
import { sections } from './sections.js';
import { plainLineSeries, restartHeadings, shapeSeries } from './shape.js';
import type { OutlineState } from './state.js';

/** What a finder sees: the body [from, to) of the speech and the state (for the agenda). */
export interface FindContext {
  flow: Paragraph[];
  from: number;
  to: number;
  state: OutlineState;
  /** Characters before each paragraph (admission.ts prefixChars), for part sizes. */
  chars: number[];
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
  /** Explicit marks vouch for the parts, whatever their sizes: no comparable-weight test. */
  vouched?: boolean;
}

/** A found series; `family` overrides the kind's (numbering families share one row). */
export interface Found {
  items: number[];
  family?: string;
  /** Heading length of each member, where the members are of several kinds (sections). */
  headings?: number[];
}

/** An own-line heading is the whole paragraph; a run-in heading is its first sentence. */
function numberedHeading(text: string): number {
  return firstSentence(text).length;
}

/** Run-in heading of an unnumbered series: the first sentence when short, else leading clauses. */
export function shortHeading(text: string): number {
  const first = firstSentence(text);
  if (first.length <= 30) return first.length;
  let end = 0;
  for (const m of first.matchAll(LEAD_BREAK)) {
    const at = (m.index ?? 0) + 1;
    if (at > 24) break;
    end = at;
  }
  return end > 0 ? end : first.length;
}

const one = (items: number[]): Found[] => (items.length ? [{ items }] : []);

/** A finder of one series over the body's paragraphs, as a table row's `find`. */
const over = (finder: (flow: Paragraph[], from: number, to: number) => number[]) => (c: FindContext) => one(finder(c.flow, c.from, c.to));

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
 * Several headed ordinal runs (一抓… / 一是… / 一要…) one after another, at least one introduced by
 * a lead ending in ：: a theme each. Runs that interleave are one list's levels, not parts.
 */
function runThemes({ flow, from, to }: FindContext): Found[] {
  const runs = headedRuns(flow, from, to);
  const apart = runs.every((run, k) => k === 0 || run[0] > runs[k - 1][runs[k - 1].length - 1]);
  const starts = runs.map((run) => runStart(flow, run, from));
  const introduced = starts.some((at, k) => at !== runs[k][0]);
  return runs.length >= 2 && apart && introduced ? [{ items: starts }] : [];
}

const NUMBERED_BASE = 100;

export const THEME_KINDS: readonly ThemeKind[] = [
  {
    family: 'numbered',
    name: '段首编号（一、（一）第一，1、…）',
    base: NUMBERED_BASE,
    vouched: true,
    find: ({ flow, from, to }) => {
      const series = numberedSeries(flow, from, to);
      return [...series, ...mixedSeries(series)].filter(isTopLevel).map((s) => ({ items: s.items, family: s.family }));
    },
    heading: numberedHeading,
  },
  { family: 'agenda', name: '开头点明的几个字（如“忠专实勤清”）', base: 90, find: agendaFound, heading: shortHeading },
  { family: 'sections', name: '呼语分开的几部分，各部分自有的系列', base: 85, find: (c) => sections(THEME_KINDS, c), heading: () => 0 },
  { family: 'dash', name: '“——”开头的段落', base: 80, find: (c) => one(dashSeries(c)), heading: numberedHeading },
  { family: 'shape', name: '句式相同的段首（排比）', base: 70, find: over(shapeSeries), admit: explainsSpeech, heading: shortHeading },
  { family: 'refrain', name: '首句里反复出现的短语', base: 70, find: over(refrainSeries), admit: explainsSpeech, heading: numberedHeading },
  { family: 'prefix', name: '开头相同的几段（与开头预告的项数一致）', base: 65, find: over(prefixSeries), admit: announcedSameOpenings, heading: numberedHeading },
  { family: 'plain', name: '单独成行的短标题', base: 60, find: over(plainLineSeries), heading: (t) => t.length },
  { family: 'restart', name: '重新编号前的一行', base: 60, find: over(restartHeadings), heading: numberedHeading },
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
  { family: 'fangmian', name: '“一方面/另一方面”', base: 50, find: over(fangmianSeries), heading: numberedHeading },
  { family: 'enumeration', name: '段内的列举（第一…第二…、一是…二是…）', base: 30, find: enumerations, heading: () => 0, fallback: true },
  // Interjection lines between parts: the parts are themes without headings.
  { family: 'interjection', name: '部分之间的呼语（同志们！）', base: 40, find: (c) => one(interjectionSeries(c.flow, c.from, c.flow.length)), heading: () => 0 },
];

/** Numbering families keep their conventional order (一、 before （一） before 1.) inside one row. */
export function familyBase(kind: ThemeKind, family: string): number {
  const k = FAMILY_ORDER.indexOf(family);
  return k >= 0 ? kind.base - k : kind.base;
}
