import { describe, expect, it } from 'vitest';
import { compileSpeech } from '../../../src/core/compile.js';
import { splitFrontMatter } from '../../../src/core/text/front-matter.js';

const SPEECH = '在读书班上的发言\n一、学习\n要读原著。\n二、实践\n要知行合一。\n';

describe('front matter', () => {
  it('reads the options and blanks the block so line numbers stay those of the file', () => {
    const text = '---\ntitle: 学思践悟\nspeaker: 张三\nunit: 某某局机关党支部\ndate: 2024-05-06\ntheme: light\nrate: 150\n---\n' + SPEECH;
    const front = splitFrontMatter(text);
    expect(front.options).toEqual({ title: '学思践悟', speaker: '张三', unit: '某某局机关党支部', date: '2024年5月6日', theme: 'light', rate: 150 });
    expect(front.diagnostics).toEqual([]);
    expect(front.body.split('\n').slice(0, 9)).toEqual(['', '', '', '', '', '', '', '', '在读书班上的发言']);
  });

  it('names the line and the allowed values of a bad setting, and keeps the default', () => {
    const front = splitFrontMatter('---\ntheme: blue\nrate: 9000\ncolour: red\n---\n' + SPEECH);
    expect(front.options).toEqual({});
    expect(front.diagnostics.map((d) => [d.line, d.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
      [4, 'warning'],
    ]);
    expect(front.diagnostics[0].message).toBe('没有名为“blue”的主题，可选：dangzheng、light（dangzheng 为红金党政风，light 为简洁浅色）：已用默认主题。');
    expect(front.diagnostics[1].message).toContain('60 到 400');
    expect(front.diagnostics[2].message).toContain('不认识的设置“colour”');
  });

  it('treats an unclosed fence as speech text and says so', () => {
    const front = splitFrontMatter('---\n' + SPEECH);
    expect(front.options).toEqual({});
    expect(front.body).toBe('---\n' + SPEECH);
    expect(front.diagnostics).toHaveLength(1);
  });

  it('reaches the deck: title slide, theme, footer, timing', () => {
    const { deck, html } = compileSpeech('---\ntitle: 学思践悟\nunit: 某某局\ndate: 2024年5月\ntheme: light\nrate: 90\n---\n' + SPEECH);
    expect(deck.title).toBe('学思践悟');
    expect(deck.options.theme).toBe('light');
    expect(html).toContain('<footer class="footer"><span>某某局</span><span>2024年5月</span></footer>');
    const slow = compileSpeech(SPEECH).deck.totalSeconds;
    expect(deck.totalSeconds).toBeGreaterThan(slow);
  });
});

/** The diagnostic of a `---` block read as speech text, closed on `closeLine` by `close`. */
const readAsText = (closeLine: number, why: string, close = '---') =>
  `“---”与第 ${closeLine} 行的“${close}”之间的内容没有当作设置（${why}），已作为讲话正文保留。设置区每行写成“名称: 值”，可用：title、subtitle、speaker、unit、date、theme、rate。`;

describe('a `---` block that is not settings is speech text', () => {
  it('keeps a speech that opens with a rule: title, salutation and headings before the next rule', () => {
    const text = '---\n关于加强作风建设的讲话\n同志们：\n一、提高认识\n要读书。\n二、狠抓落实\n要实干。\n---\n谢谢大家。\n';
    const { outline } = compileSpeech(text);
    expect(outline.title).toBe('关于加强作风建设的讲话');
    expect(outline.salutation).toBe('同志们：');
    expect(outline.themes.map((t) => [t.heading, t.lead])).toEqual([
      ['一、提高认识', '要读书。'],
      ['二、狠抓落实', '要实干。'],
    ]);
    expect(outline.closing).toEqual(['谢谢大家。']);
    // The rules themselves are kept too, as editorial lines beside the title.
    expect(outline.meta).toEqual(['---', '---']);
    expect(outline.diagnostics[0]).toEqual({ line: 1, code: 'front-matter-not-settings', severity: 'warning', message: readAsText(8, '不是“名称: 值”的写法') });
  });

  const cases: Array<[name: string, block: string[], close: string, why: string]> = [
    ['a list', ['- 学习', '- 落实'], '---', '不是“名称: 值”的写法'],
    ['a mapping with Chinese keys', ['时间: 2024年5月', '地点: 礼堂'], '---', '“时间”不是设置的名称'],
    ['a Chinese key beside a known setting', ['title: 学思践悟', '主持人: 张三'], '---', '“主持人”不是设置的名称'],
    ['ASCII keys none of which is a setting', ['colour: red', 'size: 3'], '...', '其中没有可用的设置'],
    ['invalid YAML', ['title: 学思践悟', '一、加强学习：要读原著'], '---', '第 3 行不是“名称: 值”的写法'],
    ['nothing at all', [], '---', '不是“名称: 值”的写法'],
    ['a block too long to be settings', [`title: ${'长'.repeat(10_000)}`], '---', '超过 10000 个字符，太长'],
  ];
  for (const [name, block, close, why] of cases) {
    it(`${name}: kept whole, with the line and the reason`, () => {
      const text = ['---', ...block, close, '在读书班上的发言', '要读原著。'].join('\n');
      const front = splitFrontMatter(text);
      expect(front.body).toBe(text);
      expect(front.options).toEqual({});
      expect(front.diagnostics).toEqual([{ line: 1, code: 'front-matter-not-settings', severity: 'warning', message: readAsText(block.length + 2, why, close) }]);
    });
  }

  it('still reads a block of settings with an unknown key beside a known one, warning about that key', () => {
    const front = splitFrontMatter('---\ntitle: 学思践悟\ncolour: red\n---\n' + SPEECH);
    expect(front.options).toEqual({ title: '学思践悟' });
    expect(front.diagnostics).toEqual([{ line: 3, code: 'setting-unknown', severity: 'warning', message: '不认识的设置“colour”，可用：title、subtitle、speaker、unit、date、theme、rate：已忽略。' }]);
    expect(front.body).toBe('\n\n\n\n' + SPEECH);
  });

  it('in a Markdown speech too: the block is text of the opening, and its outline keys still count as settings', () => {
    const { outline } = compileSpeech('---\n正文一\n正文二\n---\n# 标题\n正文三\n', {}, { notes: true }, 'md');
    expect(outline.title).toBe('标题');
    expect(outline.body).toEqual(['---', '正文一', '正文二', '---', '正文三']);
    expect(outline.diagnostics[0]).toEqual({ line: 1, code: 'front-matter-not-settings', severity: 'warning', message: readAsText(4, '不是“名称: 值”的写法') });
    const settings = compileSpeech('---\nagenda: [学, 做]\n---\n# 标题\n## 学\n要学。\n## 做\n要做。\n', {}, { notes: true }, 'md');
    expect(settings.outline.agenda).toEqual(['学', '做']);
    expect(settings.outline.diagnostics).toEqual([]);
  });
});
