// The readable tree `lectern outline` prints by default.
import { trimHeading } from '../../core/text/clauses.js';
import type { Outline } from '../../core/types.js';

function excerpt(text: string, max = 36): string {
  const flat = text.replace(/\s+/g, ' ');
  return [...flat].length > max ? `${[...flat].slice(0, max).join('')}…` : flat;
}

export function formatOutlineTree(outline: Outline): string {
  const lines: string[] = [`标题：${outline.title}`];
  if (outline.subtitle) lines.push(`副标题：${outline.subtitle}`);
  for (const meta of outline.meta ?? []) lines.push(`信息：${meta}`);
  if (outline.salutation) lines.push(`称谓：${outline.salutation}`);
  outline.opening.forEach((p) => lines.push(`开头：${excerpt(p)}`));
  if (outline.agenda?.length) lines.push(`提纲：${outline.agenda.join(' ')}`);
  outline.themes.forEach((theme, i) => {
    const mark = theme.keyword ? `【${theme.keyword}】` : '';
    const name = theme.heading ? `${trimHeading(theme.heading)}${theme.label ? `（幻灯片上：${theme.label}）` : ''}` : `${theme.label ?? ''}（无标题，标签取自正文）`;
    lines.push(`${i + 1}. ${mark}${name}  （第 ${theme.line} 行）`);
    if (theme.lead) lines.push(`   引言：${excerpt(theme.lead)}`);
    theme.points.forEach((p, j) => lines.push(`   ${i + 1}.${j + 1} ${p.headline}  ← ${excerpt(p.text, 24)}`));
    if (theme.tail) lines.push(`   结语：${excerpt(theme.tail)}`);
  });
  outline.body?.forEach((p) => lines.push(`正文：${excerpt(p)}`));
  outline.closing.forEach((p) => lines.push(`结尾：${excerpt(p)}`));
  return `${lines.join('\n')}\n`;
}
