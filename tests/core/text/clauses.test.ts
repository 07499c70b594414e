import { describe, expect, it } from 'vitest';
import { clauseLines, spokenLength, trimHeading } from '../../../src/core/text/clauses.js';
import { paginate } from '../../../src/core/plan/paginate.js';

describe('clauseLines', () => {
  it('breaks at sentence ends and keeps closing quotes with their sentence', () => {
    expect(clauseLines('他说：“好。”我们走吧！再见；明天见')).toEqual(['他说：“好。”', '我们走吧！', '再见；', '明天见']);
  });
  it('breaks a long sentence at commas into lines of about the given length', () => {
    expect(clauseLines('一二三四五，六七八九十，甲乙丙丁戊，己庚辛壬癸。', 12)).toEqual(['一二三四五，六七八九十，', '甲乙丙丁戊，己庚辛壬癸。']);
  });
  it('loses no character', () => {
    const text = '要坚持“从干中学”，聚焦推进中国式现代化；积极投身基层一线。\n第二段';
    expect(clauseLines(text, 10).join('')).toBe(text.replace('\n', ''));
  });
});

describe('trimHeading / spokenLength / paginate', () => {
  it('trims a heading’s final punctuation only', () => {
    expect(trimHeading('“忠”字为先筑根基。')).toBe('“忠”字为先筑根基');
  });
  it('counts characters without whitespace', () => {
    expect(spokenLength('同志们：\n 大家好')).toBe(7);
  });
  it('groups lines into pages by visual lines and cuts an over-long line', () => {
    expect(paginate(['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)], 2, 10)).toEqual([['a'.repeat(10), 'b'.repeat(10)], ['c'.repeat(10)]]);
    expect(paginate(['x'.repeat(25)], 2, 10)).toEqual([['x'.repeat(20)], ['x'.repeat(5)]]);
  });
});

describe('clauseLines and quotes', () => {
  it('does not break a line inside a quoted term', () => {
    expect(clauseLines('着力塑造“汇通江淮之气概、畅达黄海之辽阔”的胸襟格局，正确看待公与私。', 12)).toEqual([
      '着力塑造“汇通江淮之气概、畅达黄海之辽阔”的胸襟格局，',
      '正确看待公与私。',
    ]);
  });
});

describe('spokenLength', () => {
  it('skips exactly what \\s matches and counts astral characters once', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => !(ch >= '\uD800' && ch <= '\uDFFF'));
    const spaces = all.filter((ch) => /\s/.test(ch));
    expect(spokenLength(spaces.join(''))).toBe(0);
    expect(spokenLength(`${spaces.join('')}讲𠀀话`)).toBe(3);
  });
});

describe('clauseLines on text a PDF copy wrapped', () => {
  it('joins a long line broken mid-sentence, but keeps short heading lines and sentence ends', () => {
    const text = '办公室是政治机关，衡量工作好不好，关键看政治上强不强。对\n于办公室年轻干部来说，对党忠诚是政治灵魂。\n（一）短标题\n下一段。';
    expect(clauseLines(text)).toEqual([
      '办公室是政治机关，衡量工作好不好，关键看政治上强不强。',
      '对于办公室年轻干部来说，对党忠诚是政治灵魂。',
      '（一）短标题',
      '下一段。',
    ]);
  });

  it('joins a thousand long wrapped lines in linear time (a line grown and measured again at each step took 18 s)', () => {
    const line = '我们要坚持发展'.repeat(700);
    const started = performance.now();
    const lines = clauseLines(Array(1000).fill(line).join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(lines).toEqual([line.repeat(1000)]);
  });
});
