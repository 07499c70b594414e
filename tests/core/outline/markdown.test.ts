// Markdown as the escape hatch: outline → Markdown → outline gives the same outline, and a
// Markdown speech written by hand is read by its headings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownOutline, outlineToMarkdown } from '../../../src/core/outline/markdown.js';
import { buildOutline, buildOutlineFor } from '../../../src/core/outline/outline.js';
import type { Outline } from '../../../src/core/types.js';
import { REFERENCE, fixtures } from '../helpers.js';

/** Diagnostics aside, and lines aside: a Markdown outline cites the lines of the .md file. */
function comparable(o: Outline): unknown {
  return JSON.parse(JSON.stringify({ ...o, diagnostics: [] }, (key, value) => (key === 'line' ? undefined : value)));
}

const speeches = [...fixtures().map((f) => [f.name, f.text] as const), ['reference', readFileSync(REFERENCE, 'utf8')] as const];

describe('round trip: markdownOutline(outlineToMarkdown(buildOutline(x))) equals buildOutline(x)', () => {
  for (const [name, text] of speeches) {
    it(name, () => {
      const o = buildOutline(text);
      const md = outlineToMarkdown(o);
      expect(comparable(markdownOutline(md))).toEqual(comparable(o));
      expect(outlineToMarkdown(markdownOutline(md))).toBe(md);
    });
  }

  it('keeps fields no fixture has: null headings, tails, body, syntax-like text', () => {
    const o: Outline = {
      title: '标题 *不是强调*',
      subtitle: '——在某会上的发言',
      meta: ['2024', 'yes', '张三: 李四'],
      salutation: '同志们：',
      opening: ['# 不是标题', '\\反斜杠开头', '<!-- 结尾 --> 不是标记', '---'],
      themes: [
        { heading: null, label: '无标题主题的导语', lead: '无标题主题的导语。\n第二段。', points: [{ text: '要做甲。\n#### 更深一层', headline: '做甲', line: 1 }], tail: '小结一句。', line: 1 },
        { heading: '二、有标题，带标点。', keyword: '有', lead: '', points: [], line: 1 },
      ],
      body: ['正文<b>一</b>段。'],
      closing: ['谢谢大家！'],
      agenda: ['有'],
      diagnostics: [],
    };
    const back = markdownOutline(outlineToMarkdown(o));
    expect(comparable(back)).toEqual(comparable(o));
    expect(outlineToMarkdown(o)).toContain('keywords: [ "", 有 ]');
  });

  it('writes the agenda as a flow list and escapes syntax-like lines', () => {
    const md = outlineToMarkdown({ title: 't', opening: ['# x'], themes: [], closing: [], agenda: ['忠', '专'], diagnostics: [] });
    expect(md).toBe('---\nagenda: [ 忠, 专 ]\n---\n\n# t\n\n\\# x\n\n<!-- 结尾 -->\n');
  });
});

describe('a Markdown speech written by hand', () => {
  const md = [
    '---',
    'subtitle: ——在全校教职工大会上的讲话',
    'theme: light',
    '---',
    '# 凝心聚力　再创佳绩',
    '',
    '老师们、同志们：',
    '新学期开始了，我讲两点。',
    '',
    '## 一、抓教学质量',
    '',
    '质量是学校的生命线。',
    '### 抓课堂',
    '要向课堂要质量，**每节课**都要备好。',
    '### 抓教研',
    '要把教研活动落到实处。',
    '<!-- 这是作者自己的备注 -->',
    '',
    '## 二、抓师德师风',
    '师德是教师的第一标准。',
    '',
    '谢谢大家！',
  ].join('\n');
  const o = markdownOutline(md);

  it('takes the headings as the structure and the text as typed', () => {
    expect(o.title).toBe('凝心聚力 再创佳绩');
    expect(o.subtitle).toBe('——在全校教职工大会上的讲话');
    expect(o.salutation).toBe('老师们、同志们：');
    expect(o.opening).toEqual(['新学期开始了，我讲两点。']);
    expect(o.themes).toEqual([
      {
        heading: '一、抓教学质量',
        lead: '质量是学校的生命线。',
        points: [
          { headline: '抓课堂', text: '要向课堂要质量，**每节课**都要备好。', line: 13 },
          { headline: '抓教研', text: '要把教研活动落到实处。', line: 15 },
        ],
        line: 10,
      },
      { heading: '二、抓师德师风', lead: '师德是教师的第一标准。', points: [], line: 19 },
    ]);
    expect(o.closing).toEqual(['谢谢大家！']);
    expect(o.body).toBeUndefined();
    expect(o.diagnostics).toEqual([]);
  });

  it('is what buildOutlineFor reads for format md', () => {
    expect(buildOutlineFor(md, 'md')).toEqual(o);
    expect(buildOutlineFor('讲话\n一、甲\n要做。', 'txt')).toEqual(buildOutline('讲话\n一、甲\n要做。'));
  });

  it('reads paragraphs without headings as body, and says when the title is missing', () => {
    const plain = markdownOutline('第一段。\n\n第二段。\n谢谢大家！');
    expect(plain.title).toBe('');
    expect(plain.themes).toEqual([]);
    expect(plain.body).toEqual(['第一段。', '第二段。']);
    expect(plain.closing).toEqual(['谢谢大家！']);
    expect(plain.diagnostics.map((d) => d.line)).toEqual([1]);
  });

  it('puts a point without a theme into a theme without heading, with a warning', () => {
    const o2 = markdownOutline('# 题\n### 要点\n要做。');
    expect(o2.themes.map((t) => [t.heading, t.points.map((p) => p.text)])).toEqual([[null, ['要做。']]]);
    expect(o2.diagnostics).toEqual([{ line: 2, severity: 'warning', code: 'md-point-without-theme', message: expect.stringContaining('###') }]);
  });

  it('warns once about a tail marker without a theme, however often it stands', () => {
    const o = markdownOutline('# 题\n<!-- 小结 -->\n正文。\n<!-- 小结 -->\n<!-- 小结 -->\n');
    expect(o.diagnostics).toEqual([{ line: 2, severity: 'warning', code: 'md-tail-without-theme', message: '“<!-- 小结 -->”前面没有主题，已忽略这个标记。' }]);
    expect(o.body).toEqual(['正文。']);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '---', '---\n: [\n---\n#', '#\n##\n###\n<!-- 小结 -->', '\\', '# a\n<!-- 正文 -->\n<!-- 结尾 -->']) {
      expect(() => markdownOutline(text)).not.toThrow();
    }
  });
});
