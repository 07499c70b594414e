// Rules for what stands before and around the speech proper: editorial lines, the title
// block (title, subtitle, date, speaker, notes) and the salutation.
import { DATELINE, DATE_LINE, EDITORIAL_LINE, ENDS_IN_PUNCT, MARK_INSIDE, PAREN_LINE, PAREN_NOTE, SALUTATION, SENTENCE_IN_PARENS, SENTENCE_MARK, SPEAKER_LABEL, SPEAKER_LINE, SUBTITLE, TITLE_END, TITLE_NOTE, WHITESPACE } from '../../text/markers.js';
import type { Paragraph } from '../../types.js';
import { numberingOf } from './numbering.js';
import type { Rule } from './state.js';
import { warn } from './state.js';

/** Editorial lines (【导读】, （来源：…）, （此处省略…）, …………) are not speech wherever they stand. */
export const editorial: Rule = (s) => {
  const keep = s.flow.filter((p) => {
    if (!EDITORIAL_LINE.test(p.text)) return true;
    s.meta.push(p);
    warn(s, p.line, 'editorial-line', `“${clip(p.text)}”是编辑说明，不算讲话正文，已移出正文作为附注（meta）。`, 'info');
    return false;
  });
  // A lone parenthetical at the very end (（完）, （根据录音整理）) is a note, not a sentence.
  const last = keep[keep.length - 1];
  if (keep.length > 2 && last && PAREN_LINE.test(last.text) && !SENTENCE_IN_PARENS.test(last.text)) {
    s.meta.push(keep.pop()!);
    warn(s, last.line, 'editorial-line-at-end', `末尾的“${clip(last.text)}”是编辑说明，已移出正文作为附注（meta）。`, 'info');
  }
  s.flow = keep;
};

function looksLikeTitle(text: string): boolean {
  return text.length <= 80 && !numberingOf(text) && !ENDS_IN_PUNCT.test(text) && !SENTENCE_MARK.test(text) && !SALUTATION.test(text);
}

function isTitleMeta(text: string): boolean {
  return DATE_LINE.test(text) || DATELINE.test(text) || SPEAKER_LINE.test(text) || SPEAKER_LABEL.test(text) || PAREN_NOTE.test(text) || TITLE_NOTE.test(text);
}

/**
 * A title broken over two lines: the second joins when the join ends like a title (…上的 / 讲话),
 * or when it looks like a title line itself and what follows it belongs to the title block (a
 * subtitle, a date or speaker line, the salutation): a body never starts with such a line.
 */
function joinsTitle(title: string, second: Paragraph | undefined, third: Paragraph | undefined): boolean {
  if (!second || SUBTITLE.test(second.text) || isTitleMeta(second.text) || !looksLikeTitle(second.text)) return false;
  if (!TITLE_END.test(title) && second.text.length <= 20 && TITLE_END.test(second.text)) return true;
  const next = third?.text ?? '';
  return second.text.length <= 30 && !TITLE_END.test(title) && (SUBTITLE.test(next) || isTitleMeta(next) || SALUTATION.test(next));
}

/** A line under the title that repeats it (a page title, then the speech's own title line). */
function repeatsTitle(text: string, title: string): boolean {
  return text.length >= 6 && looksLikeTitle(text) && title.replace(WHITESPACE, '').includes(text.replace(WHITESPACE, ''));
}

/** Title lines, subtitle, then date, speaker, dateline, notes and repeats of the title, in any order. */
export const titleBlock: Rule = (s) => {
  const flow = s.flow;
  const first = flow[0];
  if (!first) return;
  if (!looksLikeTitle(first.text)) {
    warn(s, first.line, 'title-missing', '第一段不像标题，标题留空。可在第一行单独写标题。');
    return;
  }
  let i = 1;
  let title = first.text;
  if (joinsTitle(title, flow[1], flow[2])) {
    title += flow[1].text;
    i = 2;
  }
  s.outline.title = title;
  while (flow[i] && !SALUTATION.test(flow[i].text)) {
    const text = flow[i].text;
    if (!s.outline.subtitle && SUBTITLE.test(text) && text.length <= 60 && !MARK_INSIDE.test(text)) s.outline.subtitle = text;
    else if (isTitleMeta(text) || repeatsTitle(text, title)) s.meta.push(flow[i]);
    else break;
    i++;
  }
  s.bodyStart = i;
};

export const salutation: Rule = (s) => {
  const p = s.flow[s.bodyStart];
  if (p && p.text.length <= 50 && SALUTATION.test(p.text)) {
    s.outline.salutation = p.text;
    s.bodyStart++;
  }
};

function clip(text: string, n = 16): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}
