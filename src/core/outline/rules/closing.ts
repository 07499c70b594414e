// The closing (总之…, 以上发言…, 同志们！…, 谢谢) and the opening (everything before the first theme).
import { CLOSING_START, EARLIER_ORDINAL, INTERJECTION, LAST_LEAD } from '../../text/markers.js';
import type { Rule } from './state.js';

/** A heading that is its whole paragraph but longer than this is a one-sentence theme, not a line
 *  over its text: the paragraph after it may open the closing (…。 / 谢谢大家。). */
const OWN_LINE_HEADING = 30;

/** Without themes, only the last few paragraphs may open a closing. */
const TAIL_WINDOW = 3;

export const closing: Rule = (s) => {
  const { flow, themeStarts } = s;
  s.closingStart = flow.length;
  const last = themeStarts[themeStarts.length - 1];
  // An own-line heading is not a theme without text: a turn to the audience right under the last
  // one (三、… / 同学们，到本世纪中叶…) opens that theme, not the closing.
  const ownLine = !!last && last.headingLength >= flow[last.index].text.length && last.headingLength <= OWN_LINE_HEADING;
  const from = last ? last.index + (ownLine ? 2 : 1) : Math.max(s.bodyStart + 1, flow.length - TAIL_WINDOW);
  for (let i = from; i < flow.length; i++) {
    const t = flow[i].text;
    if (INTERJECTION.test(t) || (CLOSING_START.test(t) && !endsASeries(s, last?.index ?? s.bodyStart, i))) {
      s.closingStart = i;
      return;
    }
  }
};

/**
 * `最后，…` after `首先…其次…` in the same theme is that series' last point, not the closing;
 * `最后，祝大家…` / `最后，让我们…` is the closing whatever came before.
 */
function endsASeries(s: Parameters<Rule>[0], from: number, at: number): boolean {
  const m = LAST_LEAD.exec(s.flow[at].text);
  if (!m || CLOSING_START.test(s.flow[at].text.slice(m[0].length))) return false;
  for (let i = from; i < at; i++) {
    if (EARLIER_ORDINAL.test(s.flow[i].text)) return true;
  }
  return false;
}

export const opening: Rule = (s) => {
  const first = s.themeStarts[0];
  const end = first ? first.index : Math.min(s.bodyStart + 1, s.closingStart);
  s.outline.opening = s.flow.slice(s.bodyStart, end).map((p) => p.text);
  s.outline.closing = s.flow.slice(s.closingStart).map((p) => p.text);
};
