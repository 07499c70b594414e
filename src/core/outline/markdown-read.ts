// Markdown → outline (the format is drawn in markdown.ts). markdown-it's block parser finds the
// structure: the `#` `##` `###` headings and, by their line maps, the lines between them. Only
// headings are Markdown here: every other line is one paragraph taken as typed (`*`, `<b>`,
// `[x](y)`, `- `, `> ` stay text), so only the heading and paragraph rules run and no inline
// rule does. Nothing is rendered: the deck escapes this text like that of any other speech.
import MarkdownIt from 'markdown-it';
import { splitFrontMatter, type FrontMatter } from '../text/front-matter.js';
import { LIST_SEPARATOR, MD_COMMENT, MD_SECTION, MD_TIGHT_HEADING } from '../text/markers.js';
import { cleanLines, rawLines } from '../text/normalize.js';
import type { Diagnostic, Outline } from '../types.js';
import { finishOutline, type Fields, type Para, type Read, type ThemeDraft } from './markdown-finish.js';

/** Front matter keys this module reads and writes (besides the deck options' own `title`). */
export const OUTLINE_KEYS = ['subtitle', 'meta', 'salutation', 'agenda', 'keywords'] as const;

const parser = new MarkdownIt({ html: false });
parser.block.ruler.enableOnly(['heading', 'paragraph']);
parser.core.ruler.enableOnly(['normalize', 'block']);

/** What the reader has so far; `target` is where the next paragraph goes. */
interface Draft extends Read {
  target: Para[];
  strayTail: number;
}

const asText = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

function asList(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map(asText).filter((x): x is string => x !== undefined && x.trim() !== '');
  const text = asText(v);
  return text === undefined ? undefined : text.split(LIST_SEPARATOR).filter(Boolean);
}

function fieldsOf(settings: FrontMatter['settings']): Fields {
  const data: unknown = settings?.doc.toJSON();
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  return {
    subtitle: asText(d.subtitle),
    meta: asList(d.meta),
    salutation: asText(d.salutation),
    agenda: asList(d.agenda),
    keywords: Array.isArray(d.keywords) ? d.keywords.map((k) => asText(k) ?? '') : undefined,
    title: asText(d.title),
  };
}

/** `#` opens the title (the first one only), `##` a theme, `###` a point of the last theme. */
function readHeading(d: Draft, level: number, text: string, line: number): void {
  if (level === 1 && d.title === undefined) {
    d.title = text;
    d.target = d.opening;
    return;
  }
  if (level <= 2) {
    const theme: ThemeDraft = { heading: text || null, line, lead: [], points: [] };
    d.themes.push(theme);
    d.target = theme.lead;
    return;
  }
  let theme = d.themes[d.themes.length - 1];
  if (!theme) {
    d.diagnostics.push({ line, severity: 'warning', code: 'point-before-theme', message: '“###”要点前面没有“##”主题，已放进一个无标题的主题。' });
    d.themes.push((theme = { heading: null, line, lead: [], points: [] }));
  }
  const point = { headline: text, line, text: [] as Para[] };
  theme.points.push(point);
  d.target = point.text;
}

function readSection(d: Draft, name: string, line: number): void {
  const last = d.themes[d.themes.length - 1];
  if (name === '正文') d.target = d.body = d.body ?? [];
  else if (name === '结尾') d.target = d.closing = d.closing ?? [];
  else if (last) d.target = last.tail = last.tail ?? [];
  // Said once: the same slip repeated down a file needs no message per line.
  else if (!d.strayTail++) d.diagnostics.push({ line, severity: 'warning', code: 'summary-before-theme', message: '“<!-- 小结 -->”前面没有主题，已忽略这个标记。' });
}

/** A line of a paragraph block: a section marker, a comment (dropped), or text; `\` keeps any as text. */
function readLine(d: Draft, line: string, lineNo: number): void {
  if (line === '') return;
  if (line.startsWith('\\')) {
    d.target.push({ text: line.slice(1), line: lineNo });
    return;
  }
  const section = MD_SECTION.exec(line);
  if (section) readSection(d, section[1], lineNo);
  else if (!MD_COMMENT.test(line)) d.target.push({ text: line, line: lineNo });
}

/** Lines given to markdown-it at a time. It makes three tokens per heading and a paged speech has
 *  millions of lines: parsed in slices, the tokens die young instead of filling the heap. Any line
 *  boundary will do, as with only headings and paragraphs a line reads the same in any context. */
const SLICE_LINES = 4096;

/** Walks markdown-it's blocks over the cleaned lines; `from`: index of the first line in the file. */
function readBlocks(d: Draft, lines: string[], from: number): void {
  for (let start = 0; start < lines.length; start += SLICE_LINES) {
    const slice = lines.slice(start, start + SLICE_LINES);
    const tokens = parser.parse(slice.join('\n').replace(MD_TIGHT_HEADING, '$& '), {});
    for (const { type, map, markup } of tokens) {
      if (!map || (type !== 'heading_open' && type !== 'paragraph_open')) continue;
      const [first, end] = [start + map[0], start + map[1]];
      // `####` and deeper are text of the point they stand in, as typed.
      if (type === 'heading_open' && markup.length <= 3) readHeading(d, markup.length, lines[first].slice(markup.length).trim(), from + first + 1);
      else for (let k = first; k < end; k++) readLine(d, lines[k], from + k + 1);
    }
  }
}

/** `front`: the speech's front matter, when the caller has read it already (compile does). */
export function markdownOutline(text: string, front?: FrontMatter): Outline {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const { settings, body } = front ?? splitFrontMatter(source, OUTLINE_KEYS);
  const from = settings ? settings.end + 1 : 0;
  const diagnostics: Diagnostic[] = [];
  const d: Draft = { opening: [], themes: [], target: [], strayTail: 0, diagnostics };
  d.target = d.opening;
  readBlocks(d, cleanLines(rawLines(body).slice(from).join('\n'), diagnostics, from + 1), from);
  return finishOutline(d, fieldsOf(settings), from);
}
