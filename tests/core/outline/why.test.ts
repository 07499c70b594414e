import { describe, expect, it } from 'vitest';
import { compileSpeech } from '../../../src/core/compile.js';
import { explainDecision } from '../../../src/core/outline/why.js';

function why(text: string): string {
  const c = compileSpeech(text);
  return explainDecision(c.outline, c.candidates);
}

describe('outline --why', () => {
  it('numbered headings: the numbering wins, and the points of each theme are explained', () => {
    const text = ['在支部会上的发言', '同志们：', '今天我讲两点意见。', '一、提高认识', '一是要学。二是要用。', '二、狠抓落实', '要压实责任。要加强督查。', '谢谢大家。'].join('\n');
    expect(why(text)).toBe(
      [
        '标题：在支部会上的发言',
        '先去掉不像全文几个部分的系列（不采用）和落在另一系列某一部分里的系列（下一层），余下的得分高者当选：段首编号最优先，其次是开头点明的字、“——”段、排比段等；开头预告的项数对上时加分。',
        '主题层次：',
        '  ✔ 选中  段首编号“一、”，2 项（第 4、6 行），得分 99 +25（开头预告了 2 项，正好对上） = 124',
        '  结果：2 个主题。',
        '主题 1「一、提高认识」的要点：',
        '  ✔ 选中  段内“一是…二是…”“要…”等，2 项（第 5 行），优先级 1',
        '主题 2「二、狠抓落实」的要点：',
        '  ✔ 选中  段内“一是…二是…”“要…”等，2 项（第 7 行），优先级 1',
        '',
      ].join('\n'),
    );
  });

  it('a look-alike series that is part of an announced ordinal series loses to it', () => {
    const body = ['一是要弘扬爱国精神。甲。', '二是要弘扬奋斗精神。乙。', '三是要弘扬创新精神。丙。', '四是要营造良好环境。丁。'];
    const out = why(['讲话', '下面我提四点意见：', ...body, '谢谢大家！'].join('\n'));
    expect(out).toContain('  ✔ 选中  段首“一是/二是/首先/其次”，4 项（第 3、4、5、6 行），得分 50 +25（开头预告了 4 项，正好对上） = 75');
    expect(out).toContain('结果：4 个主题。');
  });

  it('no structure: says so and that the body is paged by paragraph', () => {
    const out = why(['一篇短文', '今天天气很好。', '我们去了公园。', '大家都很开心。'].join('\n'));
    expect(out).toContain('主题层次：\n  没有找到任何可作为主题的系列（编号、排比段、“——”段等）。\n  结果：没有主题，正文按自然段分页。');
  });
});
