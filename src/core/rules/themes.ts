// Finds where themes begin. Candidates: numbered paragraphs (一、 （一） 第一， 1、 …), an agenda
// announced in the opening, ——-led paragraphs, a parallel series of openings (排比) or of
// refrains inside first sentences, own-line headings, the lines before a numbering that
// restarts, paragraphs opened by 一是/首先 or 一方面/另一方面, interjection lines between parts.
// A look-alike series (shape, refrain) must spread over the body, not cluster in one stretch of it.
// A series nested inside one part of another is a lower level and drops out; among the rest
// explicit numbering wins (outermost family first), then the order above.
import { CLOSING_START, DASH_LEAD, INTERJECTION } from '../markers.js';
import { firstSentence } from '../segment.js';
import type { Paragraph } from '../types.js';
import { agendaSeries, findAgendas } from './agenda.js';
import { FAMILY_ORDER, isTopLevel, numberedSeries, numberingOf, ordinalParagraphSeries } from './numbering.js';
import { closingInterjection, fangmianSeries, interjectionSeries } from './parts.js';
import { refrainSeries } from './refrain.js';
import { plainLineSeries, restartHeadings, shapeSeries } from './shape.js';
import type { OutlineState, Rule, ThemeStart } from './state.js';
import { warn } from './state.js';

interface Candidate {
  family: string;
  rank: number;
  items: number[];
  heading: (text: string) => number;
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
  for (const m of first.matchAll(/[，,：:；;]/g)) {
    const at = (m.index ?? 0) + 1;
    if (at > 24) break;
    end = at;
  }
  return end > 0 ? end : first.length;
}

function dashSeries(flow: Paragraph[], from: number, to: number): number[] {
  const items: number[] = [];
  for (let i = from; i < to; i++) if (DASH_LEAD.test(flow[i].text) && flow[i].text.length > 8) items.push(i);
  return items.length >= 2 ? items : [];
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
function spreadOver(flow: Paragraph[], items: number[], to: number): boolean {
  const last = items[items.length - 1];
  let end = to;
  for (let i = last + 1; i < to; i++) {
    if (CLOSING_START.test(flow[i].text) || INTERJECTION.test(flow[i].text)) {
      end = i;
      break;
    }
  }
  const longest = Math.max(...items.slice(1).map((x, k) => x - items[k]));
  return end - last <= TAIL_FACTOR * longest + TAIL_SLACK;
}

/** B is nested in A when B lies between two consecutive items of A (or after A's last). */
function nestedIn(b: number[], a: number[]): boolean {
  if (a === b || a[0] >= b[0]) return false;
  return !a.some((x) => x > b[0] && x <= b[b.length - 1]);
}

function candidates(s: OutlineState): Candidate[] {
  const { flow, bodyStart: from } = s;
  // Themes are sought in the body only; an interjection line near the end opens the closing.
  const to = closingInterjection(flow, from, flow.length);
  const out: Candidate[] = [];
  for (const series of numberedSeries(flow, from, to)) {
    if (isTopLevel(series)) out.push({ family: series.family, rank: 0, items: series.items, heading: numberedHeading });
  }
  for (const agenda of findAgendas(flow, from, to)) {
    const items = agendaSeries(flow, agenda, to);
    if (items.length >= 2) {
      s.agenda = agenda;
      out.push({ family: 'agenda', rank: 1, items, heading: shortHeading });
      break;
    }
  }
  if (!s.agenda) s.agenda = findAgendas(flow, from, to)[0];
  const dash = dashSeries(flow, from, to);
  if (dash.length) out.push({ family: 'dash', rank: 2, items: dash, heading: numberedHeading });
  const shape = shapeSeries(flow, from, to);
  if (shape.length && spreadOver(flow, shape, to)) out.push({ family: 'shape', rank: 3, items: shape, heading: shortHeading });
  const refrain = refrainSeries(flow, from, to);
  if (refrain.length && spreadOver(flow, refrain, to)) out.push({ family: 'refrain', rank: 3, items: refrain, heading: numberedHeading });
  const plain = plainLineSeries(flow, from, to);
  if (plain.length) out.push({ family: 'plain', rank: 4, items: plain, heading: (t) => t.length });
  const restart = restartHeadings(flow, from, to);
  if (restart.length) out.push({ family: 'restart', rank: 4, items: restart, heading: numberedHeading });
  // 一是…/二是… paragraphs are usually points; they give themes only when nothing else does.
  const ordinal = ordinalParagraphSeries(flow, from, to);
  if (ordinal.items.length >= 3 && isTopLevel(ordinal)) out.push({ family: 'ordinal', rank: 5, items: ordinal.items, heading: numberedHeading });
  const fangmian = fangmianSeries(flow, from, to);
  if (fangmian.length) out.push({ family: 'fangmian', rank: 5, items: fangmian, heading: numberedHeading });
  // Interjection lines between parts: the parts are themes without headings.
  const parts = interjectionSeries(flow, from, flow.length);
  if (parts.length) out.push({ family: 'interjection', rank: 6, items: parts, heading: () => 0 });
  return out;
}

export const themes: Rule = (s) => {
  const all = candidates(s);
  const outer = all.filter((c) => !all.some((a) => nestedIn(c.items, a.items)));
  // Explicit numbering in the conventional order (一、 before （一） before 1.), then the rest.
  outer.sort((a, b) => a.rank - b.rank || FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) || a.items[0] - b.items[0]);
  const chosen = outer[0];
  if (!chosen) {
    const p = s.flow[s.bodyStart];
    if (p) warn(s, p.line, '未识别到主题层次（一、（一）、第一，“X”字…等排比段），已按自然段分页。', 'info');
    return;
  }
  s.themeStarts = chosen.items.map((index): ThemeStart => {
    const text = s.flow[index].text;
    return { index, headingLength: chosen.heading(text), family: chosen.family };
  });
  if (chosen.rank === 0) reportGaps(s, chosen.items);
};

function reportGaps(s: OutlineState, items: number[]): void {
  let expect = 1;
  for (const i of items) {
    const n = numberingOf(s.flow[i].text);
    if (n && n.ordinal !== expect) warn(s, s.flow[i].line, `编号跳过了：这里是第 ${n.ordinal} 项，应为第 ${expect} 项。`);
    expect = (n?.ordinal ?? expect) + 1;
  }
}
