// A short title for a point's slide, cut from the point's own words.
import { CLAUSE_END, CLOSING_QUOTE, HEADLINE_CUT, INLINE_MARKER, INTERJECTION, LABEL_CLAUSE, QUESTION_CLAUSE } from '../text/markers.js';
import { numberingOf } from './rules/numbering.js';

/** Headlines longer than this are cut at a boundary (、 or a closing quote) before it. */
const MAX = 20;

export function headlineOf(pointText: string): string {
  const text = pointText.trim();
  const n = numberingOf(text);
  const body = n ? text.slice(n.length) : text.replace(INLINE_MARKER, '');
  const clause = firstClause(body.trim()) || firstClause(text);
  return cap(clause);
}

function firstClause(text: string): string {
  const m = HEADLINE_CUT.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

function cap(clause: string): string {
  if (clause.length <= MAX) return clause;
  let cut = 0;
  for (let i = 4; i < MAX; i++) {
    if (clause[i] === '、') cut = i;
    else if (CLOSING_QUOTE.test(clause[i])) cut = i + 1;
  }
  return clause.slice(0, cut || MAX);
}

/** Clauses shorter than this say too little to name a part (现在， / 那么，). */
const MIN_LABEL = 4;

/** A lead's statements as clauses, questions left out (为什么呢？ names nothing). */
function saidClauses(paragraph: string): string[] {
  return [...paragraph.matchAll(LABEL_CLAUSE)]
    .map((m) => m[0].trim())
    .filter((c) => !QUESTION_CLAUSE.test(c))
    .map((c) => c.replace(CLAUSE_END, '').trim())
    .filter((c) => c.length >= MIN_LABEL);
}

/**
 * A label for a theme without a heading, cut from its own words (the text is not changed). With
 * points, the clause that introduces them: the lead's last statement (现在，我说一说我们今后应注意的
 * 几点。 → 我说一说我们今后应注意的几点). Without, the part's first statement, past the interjection
 * line that opens it (同志们！ 回顾百年历程，… → 回顾百年历程). Else the first point's headline.
 */
export function labelOf(lead: string, firstPoint: string): string {
  const paragraphs = lead.split('\n').filter((p) => !INTERJECTION.test(p.trim()));
  const pick = firstPoint ? saidClauses(paragraphs.join('\n')).pop() : saidClauses(paragraphs[0] ?? '')[0];
  return pick ? cap(pick) : headlineOf(firstPoint || lead);
}
