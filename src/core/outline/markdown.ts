// Markdown as the escape hatch: the detected outline written as Markdown a user can fix by hand,
// and a Markdown speech read back as an outline, its headings being the structure. Nothing is
// guessed from a Markdown speech's wording except, when its author left them out, the salutation
// and where the closing starts. Text stays plain: `*`, `<b>`, `[x](y)` are kept as typed.
//
//   ---                              front matter, only the fields the speech has:
//   subtitle: ——在…上的发言           subtitle, meta (editorial / speaker / date lines),
//   meta: [李晓东, 2024年5月4日]       salutation, agenda (theme names announced in the opening)
//   salutation: 同志们：
//   agenda: [忠, 专, 实]                (keywords: [甲, '', 丙] only when the themes' keywords are
//   ---                                 not those the headings and agenda give anyway)
//   # 标题
//   开头段落                          one line = one paragraph; blank lines are optional
//   ## “忠”字为先筑根基。              a theme, heading verbatim; `##` alone: a theme without heading
//   导语段落                          the theme's lead
//   ### 聚焦“以学铸魂”                 a point: its slide title; the lines below are its text
//   就是要聚焦“以学铸魂”……
//   <!-- 小结 -->                     the theme's tail (text after its last point)
//   <!-- 正文 -->                     body: paragraphs of a speech without themes
//   <!-- 结尾 -->                     the closing
//
// A text line that would read as syntax (starting with #, \, <!-- or ---) is written with a
// leading backslash, which the reader removes.
import { Document, isSeq } from 'yaml';
import { readSettingsBlock } from '../text/front-matter.js';
import { CLOSING_START, INTERJECTION, SALUTATION } from '../text/markers.js';
import { cleanLines, rawLines } from '../text/normalize.js';
import { assignKeywords } from './rules/agenda.js';
import type { Diagnostic, Outline, Point, Theme } from '../types.js';
import { labelOf } from './headline.js';

/** Front matter keys this module reads and writes (besides the deck options' own `title`). */
export const OUTLINE_KEYS = ['subtitle', 'meta', 'salutation', 'agenda', 'keywords'] as const;

/** `#`, `##`, `###` headings; deeper ones (`####`) are text of the point they stand in. */
const HEADING = /^(#{1,3})(?!#)[ \t]*(.*)$/;
/** Section markers. Matches `<!-- 结尾 -->`; not `<!-- 备注 -->` (an ordinary comment, dropped). */
const SECTION = /^<!--\s*(小结|正文|结尾)\s*-->$/;
const COMMENT = /^<!--.*-->$/;
/** Text lines that must be escaped to stay text. Matches `# 标题` `<!-- x` `---`; not `一、…`. */
const LOOKS_LIKE_SYNTAX = /^(?:\\|#|<!--|---)/;

// ── outline → Markdown ───────────────────────────────────────────────────────────────────

function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '').split('\n').filter((p) => p.trim() !== '').map((p) => (LOOKS_LIKE_SYNTAX.test(p) ? `\\${p}` : p));
}

function frontMatter(o: Outline): string[] {
  const fields: Record<string, unknown> = {};
  if (o.subtitle !== undefined) fields.subtitle = o.subtitle;
  if (o.meta && o.meta.length > 0) fields.meta = o.meta;
  if (o.salutation !== undefined) fields.salutation = o.salutation;
  if (o.agenda && o.agenda.length > 0) fields.agenda = o.agenda;
  const derived = o.themes.map((t) => ({ ...t, keyword: undefined }));
  assignKeywords(derived, o.agenda);
  if (o.themes.some((t, i) => t.keyword !== derived[i].keyword)) fields.keywords = o.themes.map((t) => t.keyword ?? '');
  if (Object.keys(fields).length === 0) return [];
  const doc = new Document(fields);
  for (const key of ['agenda', 'keywords']) {
    const list = doc.get(key, true);
    if (isSeq(list)) list.flow = true;
  }
  return ['---', doc.toString({ lineWidth: 0 }).trimEnd(), '---', ''];
}

export function outlineToMarkdown(o: Outline): string {
  const out: string[] = [...frontMatter(o), `# ${o.title}`.trimEnd(), ''];
  const block = (head: string | null, text: string | string[] | undefined) => {
    if (head !== null) out.push(head, '');
    const lines = (Array.isArray(text) ? text : [text]).flatMap(paragraphsOf);
    // A loop, not push(...lines): a paged text's body has more lines than a call takes arguments.
    for (const line of lines) out.push(line);
    if (lines.length > 0) out.push('');
  };
  block(null, o.opening);
  for (const t of o.themes) {
    block(t.heading === null ? '##' : `## ${t.heading}`, t.lead);
    for (const p of t.points) block(`### ${p.headline}`.trimEnd(), p.text);
    if (t.tail !== undefined) block('<!-- 小结 -->', t.tail);
  }
  if (o.body !== undefined) block('<!-- 正文 -->', o.body);
  block('<!-- 结尾 -->', o.closing);
  return `${out.join('\n').trimEnd()}\n`;
}

// ── Markdown → outline ───────────────────────────────────────────────────────────────────

interface Para {
  text: string;
  line: number;
}

interface ThemeDraft {
  heading: string | null;
  line: number;
  lead: Para[];
  points: { headline: string; line: number; text: Para[] }[];
  tail?: Para[];
}

interface Fields {
  subtitle?: string;
  meta?: string[];
  salutation?: string;
  agenda?: string[];
  keywords?: string[];
  title?: string;
}

const asText = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

function asList(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map(asText).filter((x): x is string => x !== undefined && x.trim() !== '');
  const text = asText(v);
  return text === undefined ? undefined : text.split(/[\s、，,]+/).filter(Boolean);
}

/** Reads the front matter, if any: its fields and the index of the first line after it. A `---`
 *  block that is no settings (front-matter.ts says why to the user) is read as text. */
function readFrontMatter(lines: string[]): { fields: Fields; from: number } {
  const block = readSettingsBlock(lines, OUTLINE_KEYS);
  if (block.kind !== 'settings') return { fields: {}, from: 0 };
  const data: unknown = block.doc.toJSON();
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const fields: Fields = {
    subtitle: asText(d.subtitle),
    meta: asList(d.meta),
    salutation: asText(d.salutation),
    agenda: asList(d.agenda),
    keywords: Array.isArray(d.keywords) ? d.keywords.map((k) => asText(k) ?? '') : undefined,
    title: asText(d.title),
  };
  return { fields, from: block.end + 1 };
}

const join = (ps: Para[]): string => ps.map((p) => p.text).join('\n');

export function markdownOutline(text: string): Outline {
  const lines = rawLines(typeof text === 'string' ? text : String(text ?? ''));
  const diagnostics: Diagnostic[] = [];
  const { fields, from } = readFrontMatter(lines);
  let title: string | undefined;
  const opening: Para[] = [];
  const themes: ThemeDraft[] = [];
  let body: Para[] | undefined;
  let closing: Para[] | undefined;
  let target: Para[] = opening;
  let strayTail = 0;

  const clean = cleanLines(lines.slice(from).join('\n'), diagnostics, from + 1);
  for (let k = 0; k < clean.length; k++) {
    const lineNo = from + k + 1;
    const line = clean[k];
    if (line === '') continue;
    if (line.startsWith('\\')) {
      target.push({ text: line.slice(1), line: lineNo });
      continue;
    }
    const heading = HEADING.exec(line);
    const section = SECTION.exec(line);
    if (heading && heading[1] === '#' && title === undefined) {
      title = heading[2].trim();
      target = opening;
    } else if (heading && heading[1].length <= 2) {
      const draft: ThemeDraft = { heading: heading[2].trim() || null, line: lineNo, lead: [], points: [] };
      themes.push(draft);
      target = draft.lead;
    } else if (heading) {
      let theme = themes[themes.length - 1];
      if (!theme) {
        diagnostics.push({ line: lineNo, code: 'point-before-theme', severity: 'warning', message: '“###”要点前面没有“##”主题，已放进一个无标题的主题。' });
        themes.push((theme = { heading: null, line: lineNo, lead: [], points: [] }));
      }
      const point = { headline: heading[2].trim(), line: lineNo, text: [] as Para[] };
      theme.points.push(point);
      target = point.text;
    } else if (section) {
      const name = section[1];
      if (name === '正文') target = body = body ?? [];
      else if (name === '结尾') target = closing = closing ?? [];
      else if (themes.length > 0) target = themes[themes.length - 1].tail = themes[themes.length - 1].tail ?? [];
      // Said once: the same slip repeated down a file needs no message per line.
      else if (!strayTail++) diagnostics.push({ line: lineNo, code: 'summary-before-theme', severity: 'warning', message: '“<!-- 小结 -->”前面没有主题，已忽略这个标记。' });
    } else if (!COMMENT.test(line)) {
      target.push({ text: line, line: lineNo });
    }
  }

  let salutation = fields.salutation;
  if (salutation === undefined && opening[0] && opening[0].text.length <= 50 && SALUTATION.test(opening[0].text)) {
    salutation = opening.shift()!.text;
  }
  // Paragraphs without any heading or marker: the speech is all body.
  if (themes.length === 0 && body === undefined && closing === undefined) body = opening.splice(0);
  if (closing === undefined) closing = guessClosing(themes, body);
  if (title === undefined) {
    title = fields.title ?? '';
    diagnostics.push({ line: from + 1, code: 'title-heading-missing', severity: 'warning', message: '没有找到“# 标题”行，可在正文前单独写一行“# 讲话标题”。' });
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
  if (fields.keywords) {
    outline.themes.forEach((t, i) => {
      const k = fields.keywords![i];
      if (k) t.keyword = k;
      else delete t.keyword;
    });
  }
  return outline;
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
  const at = section.findIndex((p, i) => i > 0 && !/^最后/.test(p.text) && (INTERJECTION.test(p.text) || CLOSING_START.test(p.text)));
  return at > 0 ? section.splice(at) : [];
}
