// From what markdown-read.ts found to the outline: the fields a Markdown speech may leave out
// (salutation, closing) guessed from its wording, and the front matter's fields put in.
import { CLOSING_START, INTERJECTION, LAST_LEAD, SALUTATION } from '../text/markers.js';
import type { Diagnostic, Outline, Point, Theme } from '../types.js';
import { assignKeywords } from './rules/agenda.js';
import { labelOf } from './headline.js';

export interface Para {
  text: string;
  line: number;
}

export interface ThemeDraft {
  heading: string | null;
  line: number;
  lead: Para[];
  points: { headline: string; line: number; text: Para[] }[];
  tail?: Para[];
}

/** The front matter's fields a Markdown outline reads. */
export interface Fields {
  subtitle?: string;
  meta?: string[];
  salutation?: string;
  agenda?: string[];
  keywords?: string[];
  title?: string;
}

/** The sections as read, in the order of the speech. */
export interface Read {
  title?: string;
  opening: Para[];
  themes: ThemeDraft[];
  body?: Para[];
  closing?: Para[];
  diagnostics: Diagnostic[];
}

const join = (ps: Para[]): string => ps.map((p) => p.text).join('\n');

/** `from`: index of the first line after the front matter (0 without one). */
export function finishOutline(read: Read, fields: Fields, from: number): Outline {
  const { opening, themes, diagnostics } = read;
  let { title, body, closing } = read;
  let salutation = fields.salutation;
  if (salutation === undefined && opening[0] && opening[0].text.length <= 50 && SALUTATION.test(opening[0].text)) {
    salutation = opening.shift()!.text;
  }
  // Paragraphs without any heading or marker: the speech is all body.
  if (themes.length === 0 && body === undefined && closing === undefined) body = opening.splice(0);
  if (closing === undefined) closing = guessClosing(themes, body);
  if (title === undefined) {
    title = fields.title ?? '';
    diagnostics.push({ line: from + 1, severity: 'warning', code: 'title-heading-missing', message: '没有找到“# 标题”行，可在正文前单独写一行“# 讲话标题”。' });
  }
  const outline: Outline = {
    title,
    ...(fields.subtitle !== undefined ? { subtitle: fields.subtitle } : {}),
    ...(fields.meta && fields.meta.length > 0 ? { meta: fields.meta } : {}),
    ...(salutation !== undefined ? { salutation } : {}),
    opening: opening.map((p) => p.text),
    themes: themes.map(themeOf),
    ...(body && body.length > 0 ? { body: body.map((p) => p.text) } : {}),
    closing: closing.map((p) => p.text),
    diagnostics,
  };
  if (fields.agenda && fields.agenda.length > 0) outline.agenda = fields.agenda;
  assignKeywords(outline.themes, fields.agenda);
  if (fields.keywords) setKeywords(outline.themes, fields.keywords);
  return outline;
}

/** Keywords given in the front matter win over those the headings and agenda give ('' for none). */
function setKeywords(themes: Theme[], keywords: string[]): void {
  themes.forEach((t, i) => {
    const k = keywords[i];
    if (k) t.keyword = k;
    else delete t.keyword;
  });
}

function themeOf(d: ThemeDraft): Theme {
  const points: Point[] = d.points.map((p) => ({ text: join(p.text), headline: p.headline, line: p.line }));
  const lead = join(d.lead);
  // Same label as the rules give a theme without a heading, so both readings make the same deck.
  const label = d.heading === null ? { label: labelOf(lead, points[0]?.text ?? '') } : {};
  return { heading: d.heading, ...label, lead, points, ...(d.tail ? { tail: join(d.tail) } : {}), line: d.line };
}

/**
 * Without a `<!-- 结尾 -->` marker, the closing is taken from the end of the last section: from
 * its first paragraph (not its first line) that opens like a closing (总之… 谢谢… 同志们！).
 * `最后，…` is left alone: in a hand-made outline it is as likely the last point.
 */
function guessClosing(themes: ThemeDraft[], body: Para[] | undefined): Para[] {
  const last = themes[themes.length - 1];
  const section = body ?? (last ? (last.tail ?? last.points[last.points.length - 1]?.text ?? last.lead) : undefined);
  if (!section) return [];
  const at = section.findIndex((p, i) => i > 0 && !LAST_LEAD.test(p.text) && (INTERJECTION.test(p.text) || CLOSING_START.test(p.text)));
  return at > 0 ? section.splice(at) : [];
}
