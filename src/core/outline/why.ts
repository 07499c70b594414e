// `lectern outline --why`: the decision behind an outline, in Chinese, for a user or a developer
// who wants to see why a speech came out the way it did without reading code.
import type { CandidateRecord } from './rules/series-record.js';
import type { Outline } from '../types.js';

const VERDICT: Record<CandidateRecord['verdict'], string> = {
  chosen: '✔ 选中',
  outranked: '✘ 落选',
  nested: '✘ 下一层',
  rejected: '✘ 不采用',
};

/** `第 3、5、9 行`, shortened past eight members. */
function lineList(all: number[]): string {
  const lines = [...new Set(all)];
  const shown = lines.length > 8 ? [...lines.slice(0, 7).map(String), '…', String(lines[lines.length - 1])] : lines.map(String);
  return `第 ${shown.join('、')} 行`;
}

function scoreText(r: CandidateRecord): string {
  const extras = r.parts.slice(1).map((p) => `${p.points > 0 ? '+' : '−'}${Math.abs(p.points)}（${p.why}）`);
  return extras.length ? `${r.parts[0].points} ${extras.join(' ')} = ${r.score}` : String(r.score);
}

function candidateLine(r: CandidateRecord): string {
  const why = r.reason ? `：${r.reason}` : '';
  // Theme candidates are scored; point kinds are tried in a fixed order of priority.
  const weight = r.level === 'theme' ? `得分 ${scoreText(r)}` : `优先级 ${r.score}`;
  return `  ${VERDICT[r.verdict]}  ${r.name}，${r.lines.length} 项（${lineList(r.lines)}），${weight}${why}`;
}

function themeSection(outline: Outline, records: CandidateRecord[]): string[] {
  const lines = ['主题层次：'];
  const failed = outline.diagnostics.find((d) => d.message.startsWith('结构识别规则'));
  if (failed) lines.push(`  ${failed.message}`);
  else if (records.length === 0) lines.push('  没有找到任何可作为主题的系列（编号、排比段、“——”段等）。');
  else lines.push(...records.map(candidateLine));
  const n = outline.themes.length;
  lines.push(n > 0 ? `  结果：${n} 个主题。` : '  结果：没有主题，正文按自然段分页。');
  return lines;
}

function pointSection(outline: Outline, records: CandidateRecord[]): string[] {
  const lines: string[] = [];
  outline.themes.forEach((theme, k) => {
    const own = records.filter((r) => r.theme === k + 1);
    const label = theme.heading ? theme.heading.slice(0, 20) : `${theme.label ?? ''}（无标题）`;
    lines.push(`主题 ${k + 1}「${label}」的要点：`);
    if (own.length === 0) lines.push('  没有找到要点标记（一是、要…、1、等），整段作为主题正文。');
    else lines.push(...own.map(candidateLine));
  });
  return lines;
}

/** The whole explanation; `candidates` as recorded by the rules (empty for a Markdown speech). */
export function explainDecision(outline: Outline, candidates: readonly CandidateRecord[], markdown = false): string {
  if (markdown) return '这是 Markdown 讲话稿：结构直接取自其中的 # / ## / ### 标题，没有自动识别。\n';
  const themes = candidates.filter((r) => r.level === 'theme');
  const points = candidates.filter((r) => r.level === 'point');
  const head = [
    `标题：${outline.title || '（无）'}`,
    '先去掉不像全文几个部分的系列（不采用）和落在另一系列某一部分里的系列（下一层），余下的得分高者当选：段首编号最优先，其次是开头点明的字、“——”段、排比段等；开头预告的项数对上时加分。',
  ];
  return `${[...head, ...themeSection(outline, themes), ...pointSection(outline, points)].join('\n')}\n`;
}
