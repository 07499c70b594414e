// Outline → Markdown: the detected outline written as Markdown a user can fix by hand (the format
// is drawn in markdown.ts). A text line that would read as syntax gets a leading backslash.
import { Document, isSeq } from 'yaml';
import { MD_LOOKS_LIKE_SYNTAX } from '../text/markers.js';
import { assignKeywords } from './rules/agenda.js';
import type { Outline } from '../types.js';

function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '').split('\n').filter((p) => p.trim() !== '').map((p) => (MD_LOOKS_LIKE_SYNTAX.test(p) ? `\\${p}` : p));
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
