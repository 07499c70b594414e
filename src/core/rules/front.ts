// Rules for what stands before and around the speech proper: editorial lines, the title
// block (title, subtitle, date, speaker, notes) and the salutation.
import {
  DATE_LINE, EDITORIAL_LINE, PAREN_NOTE, SALUTATION, SPEAKER_LABEL, SPEAKER_LINE, SUBTITLE, TITLE_END, TITLE_NOTE,
} from '../markers.js';
import { numberingOf } from './numbering.js';
import type { Rule } from './state.js';
import { warn } from './state.js';

/** Editorial lines (【导读】, （来源：…）, （此处省略…）, …………) are not speech wherever they stand. */
export const editorial: Rule = (s) => {
  const keep = s.flow.filter((p) => {
    if (!EDITORIAL_LINE.test(p.text)) return true;
    s.meta.push(p);
    warn(s, p.line, `“${clip(p.text)}”是编辑说明，不算讲话正文，已移出正文作为附注（meta）。`, 'info');
    return false;
  });
  // A lone parenthetical at the very end (（完）, （根据录音整理）) is a note, not a sentence.
  const last = keep[keep.length - 1];
  if (keep.length > 2 && last && /^[（(][^（）()]{1,60}[）)]$/.test(last.text) && !/。[）)]$/.test(last.text)) {
    s.meta.push(keep.pop()!);
    warn(s, last.line, `末尾的“${clip(last.text)}”是编辑说明，已移出正文作为附注（meta）。`, 'info');
  }
  s.flow = keep;
};

function looksLikeTitle(text: string): boolean {
  return text.length <= 80 && !numberingOf(text) && !/[。！？；，：:,;!?]$/.test(text) && !/[。！？]/.test(text) && !SALUTATION.test(text);
}

function isTitleMeta(text: string): boolean {
  return DATE_LINE.test(text) || SPEAKER_LINE.test(text) || SPEAKER_LABEL.test(text) || PAREN_NOTE.test(text) || TITLE_NOTE.test(text);
}

export const titleBlock: Rule = (s) => {
  const flow = s.flow;
  const first = flow[0];
  if (!first) return;
  if (!looksLikeTitle(first.text)) {
    warn(s, first.line, '第一段不像标题，标题留空。可在第一行单独写标题。');
    return;
  }
  let i = 1;
  let title = first.text;
  const second = flow[1];
  // A title broken over two lines: only join when the join, not the first line, ends like a title.
  if (second && !TITLE_END.test(title) && !SUBTITLE.test(second.text) && second.text.length <= 20 && TITLE_END.test(second.text) && looksLikeTitle(second.text)) {
    title += second.text;
    i = 2;
  }
  s.outline.title = title;
  const sub = flow[i];
  if (sub && SUBTITLE.test(sub.text) && sub.text.length <= 60 && !/[。！？]./.test(sub.text)) {
    s.outline.subtitle = sub.text;
    i++;
  }
  while (flow[i] && isTitleMeta(flow[i].text) && !SALUTATION.test(flow[i].text)) {
    s.meta.push(flow[i]);
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

export function clip(text: string, n = 16): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}
