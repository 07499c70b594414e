// Paragraph-start numbering (一、 （一） 第一， 1、 （1） ①) and the series it forms.
import { AR_DUN, AR_PAREN, CIRCLED, CIRCLED_ONE, CLOSING_START, CN_DUN, CN_NUMERAL, CN_PAREN, DECORATION, DIGITS_ONLY, DI_CN, DI_PART, FULL_WIDTH_DIGIT, ORDINAL_PARAGRAPH } from '../../text/markers.js';
import type { Paragraph } from '../../types.js';

/** Families in the conventional order of official writing, outermost first. */
const FAMILIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['di-part', DI_PART],
  ['cn-dun', CN_DUN],
  ['cn-paren', CN_PAREN],
  ['di-cn', DI_CN],
  ['ar-dun', AR_DUN],
  ['ar-paren', AR_PAREN],
  ['circled', CIRCLED],
];

export const FAMILY_ORDER = FAMILIES.map(([family]) => family);

/** How each family's first mark looks, for messages (--why). */
export const FAMILY_MARK: Record<string, string> = {
  'di-part': '第一部分',
  'cn-dun': '一、',
  'cn-paren': '（一）',
  'di-cn': '第一，',
  'ar-dun': '1、',
  'ar-paren': '（1）',
  circled: '①',
};

export interface Numbering {
  family: string;
  ordinal: number;
  /** Characters of the marker itself, e.g. 2 for `一、`. */
  length: number;
}

const CN_DIGITS = '零一二三四五六七八九';

/** 一 → 1, 十二 → 12, 二十 → 20; anything else → NaN. */
export function cnNumber(s: string): number {
  if (DIGITS_ONLY.test(s)) return Number(s.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (CIRCLED_ONE.test(s)) return s.charCodeAt(0) - 0x2460 + 1;
  const m = CN_NUMERAL.exec(s);
  if (!m || s === '') return NaN;
  if (!m[2]) return m[3] ? NaN : CN_DIGITS.indexOf(m[1] ?? '');
  return (m[1] ? CN_DIGITS.indexOf(m[1]) : 1) * 10 + (m[3] ? CN_DIGITS.indexOf(m[3]) : 0);
}

export function numberingOf(text: string): Numbering | null {
  // Pasted Markdown or bold (`## 一、`, `**一、`) still numbers the paragraph.
  const skip = DECORATION.exec(text)?.[0].length ?? 0;
  const rest = skip > 0 ? text.slice(skip) : text;
  for (const [family, re] of FAMILIES) {
    const m = re.exec(rest);
    if (!m) continue;
    const ordinal = cnNumber(m[1]);
    if (Number.isFinite(ordinal) && ordinal > 0) return { family, ordinal, length: skip + m[0].length };
  }
  return null;
}

const SEQ_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };

/**
 * Paragraphs opened by ordinal words (一是…, 二要…, 首先，…, 再一个，…), as one series. 最后 ends a
 * 首先/其次/再次 series (its own register; after 一是…三是 the next is 四是), unless what follows it
 * is a closing formula (最后，祝同学们…！ / 最后，让我们…): then it opens the closing.
 */
export function ordinalParagraphSeries(flow: Paragraph[], from: number, to: number): Series {
  const series: Series = { family: 'ordinal', items: [], ordinals: [] };
  let lastWasWord = false;
  for (let i = from; i < to; i++) {
    const m = ORDINAL_PARAGRAPH.exec(flow[i].text);
    if (!m) continue;
    const last = series.ordinals[series.ordinals.length - 1] ?? 0;
    if (m[2] === '最后' && (!lastWasWord || CLOSING_START.test(flow[i].text.slice(m[0].length)))) continue;
    // 再一个 (one more) counts only after 首先/其次 words: alone it orders nothing.
    if (m[2] === '再一个' && !lastWasWord) continue;
    const ordinal = m[1] ? cnNumber(m[1]) : m[2] === '最后' || m[2] === '再一个' ? last + 1 : SEQ_WORDS[m[2]];
    series.items.push(i);
    series.ordinals.push(ordinal);
    lastWasWord = !m[1];
  }
  return withoutLoneFirsts(series);
}

/**
 * Drops a 1 that no 2 follows: a lone 首先，我代表…向…表示祝贺！ in the opening (or a lone 一是)
 * makes no series, and left in it would look like a restart that disqualifies the real one.
 */
function withoutLoneFirsts(series: Series): Series {
  const keep = series.ordinals.map((v, k) => v !== 1 || series.ordinals[k + 1] === 2);
  return { ...series, items: series.items.filter((_, k) => keep[k]), ordinals: series.ordinals.filter((_, k) => keep[k]) };
}

export interface Series {
  family: string;
  /** Indices into the paragraph list, in order. */
  items: number[];
  ordinals: number[];
}

/** Every numbering family present in paragraphs [from, to), as one series each. */
export function numberedSeries(flow: Paragraph[], from: number, to: number): Series[] {
  const byFamily = new Map<string, Series>();
  for (let i = from; i < to; i++) {
    const n = numberingOf(flow[i].text);
    if (!n) continue;
    let series = byFamily.get(n.family);
    if (!series) byFamily.set(n.family, (series = { family: n.family, items: [], ordinals: [] }));
    series.items.push(i);
    series.ordinals.push(n.ordinal);
  }
  return [...byFamily.values()];
}

/**
 * A series fit to be the top level: starts at 1 and never starts over (a restart means a lower
 * level, numbered afresh in each part). Typos such as 一、二、二、四、 are tolerated, and so is a
 * slip between items numbered by their place (一、一、三、 as pasted): a restart (一、二、一、二、)
 * puts the items after it out of place, a slip does not.
 */
export function isTopLevel(series: Series): boolean {
  const o = series.ordinals;
  if (o.length < 2 || o[0] !== 1) return false;
  const slip = (i: number) => o[i - 1] === i && o[i + 1] === i + 2;
  return o.every((v, i) => i === 0 || (v >= o[i - 1] && v !== 1) || slip(i));
}

/**
 * Two numbering families that count on from each other (一、… 二、… 第三，…: the writer switched
 * marks mid-speech) as one series: A's members, then those of B after A's last (B's members inside
 * A's parts are A's points: 第一，第二， under 一、), when the ordinals run exactly 1, 2, 3….
 * Kept in A's family.
 */
export function mixedSeries(all: Series[]): Series[] {
  const out: Series[] = [];
  for (const a of all) {
    if (a.ordinals[0] !== 1) continue;
    const lastA = a.items[a.items.length - 1];
    for (const b of all) {
      if (a === b) continue;
      // B's members before A's last must sit inside A's parts (its points), none before A starts.
      if (b.items[0] < a.items[0]) continue;
      const after = b.items.map((i, k) => [i, b.ordinals[k]]).filter(([i]) => i > lastA);
      const ordinals = [...a.ordinals, ...after.map(([, o]) => o)];
      if (after.length > 0 && ordinals.every((o, k) => o === k + 1)) {
        out.push({ family: a.family, items: [...a.items, ...after.map(([i]) => i)], ordinals });
      }
    }
  }
  return out;
}
