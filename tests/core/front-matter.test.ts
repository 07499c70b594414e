import { describe, expect, it } from 'vitest';
import { compileSpeech } from '../../src/core/compile.js';
import { splitFrontMatter } from '../../src/core/front-matter.js';

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
