// The third blind set (tests/fixtures-blind3): ten long, messy speeches written without seeing the
// rules. Totals are asserted exactly; before the rules learnt the readings below they were
// title 0.90, headingRecall 0.91, headingPrecision 0.86, themeCount 0.90, pointRecall 0.74,
// pointPrecision 1.00. Each case names the general reading it checks, never a fix for one text.
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../corpus-checks.js';
import { BLIND3_FIXTURES } from '../helpers.js';

const PERFECT = { speeches: 10, failed: 0, title: 1, headingRecall: 1, headingPrecision: 1, themeCount: 1, pointRecall: 1, pointPrecision: 1 };
const heads = (points: { text: string }[], n = 6) => points.map((p) => p.text.slice(0, n));

describe('blind fixtures, third set', () => {
  const outlines = corpusChecks(BLIND3_FIXTURES, PERFECT);

  it('moves a pasted web page’s furniture to meta and keeps a heading mis-numbered 一、一、三、', () => {
    const o = outlines.get('d10-wangye-anquan-shengchan')!;
    expect(o.title).toBe('张立军在全区安全生产工作会议上的讲话');
    expect(o.meta).toEqual([
      '首页 > 新闻中心 > 领导讲话', '发布时间：2024-03-05 来源：青川新闻网 浏览次数：1234', '【字体：大 中 小】', '分享到：',
      '责任编辑：王敏', '上一篇：区政府召开第12次常务会议', '下一篇：我区召开2024年民政工作会议', '分享到：', '打印本页 关闭窗口',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual(['一、清醒认识安全生产面临的严峻形势', '一、压紧压实安全生产责任链条', '三、扎实开展重点领域专项整治']);
    expect(o.themes.map((t) => t.points.length)).toEqual([3, 4, 5]);
  });

  it('takes paragraphs opened by 要, 必须 or 坚持 as points', () => {
    const o = outlines.get('d02-shuji-congyan-zhidang')!;
    expect(o.themes.map((t) => t.points.length)).toEqual([4, 7, 5, 6]);
    expect(heads(o.themes[1].points, 4)).toEqual(['坚持把党', '坚持不懈', '要锲而不', '要坚定不', '必须一体', '坚持以制', '坚持严管']);
  });

  it('takes 一方面/另一方面 paragraphs as points, and keeps a turn to the audience under the last heading in its theme', () => {
    const o = outlines.get('d03-gaoxiao-sizhengke')!;
    expect(o.themes.map((t) => heads(t.points, 4))).toEqual([
      ['一方面，', '另一方面'], ['一方面，', '另一方面'], ['第一，要', '第二，要', '第三，要', '第四，要'],
    ]);
    expect(o.closing[0].slice(0, 6)).toBe('同学们，“时');
  });

  it('orders points by the spoken 一个是/再一个是/还有一个是', () => {
    const o = outlines.get('d05-xianzhang-chungeng')!;
    expect(heads(o.themes[2].points, 5)).toEqual(['一个是责任', '再一个是服', '还有一个是']);
  });
});
