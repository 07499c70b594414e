// The second blind set (tests/fixtures-blind2): twelve speeches written without seeing the rules.
// Totals are asserted exactly; before the rules learnt the readings below they were title 1.00,
// headingRecall 1.00, headingPrecision 0.91, themeCount 1.00, pointRecall 0.90, pointPrecision 0.92.
// Each case below names the general reading it checks, never a fix for one text.
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../corpus-checks.js';
import { BLIND2_FIXTURES } from '../helpers.js';

const PERFECT = { speeches: 12, failed: 0, title: 1, headingRecall: 1, headingPrecision: 1, themeCount: 1, pointRecall: 1, pointPrecision: 1 };
const heads = (points: { text: string }[], n = 6) => points.map((p) => p.text.slice(0, n));

describe('blind fixtures, second set', () => {
  const outlines = corpusChecks(BLIND2_FIXTURES, PERFECT);

  it('finds no themes in a run of look-alike narrative paragraphs that the rest of the body outweighs', () => {
    expect(outlines.get('c04-xinnian-zhici')!.themes).toEqual([]);
  });

  it('fills a 第一，…第三， paragraph series with the 第二， that runs inline', () => {
    const o = outlines.get('c07-xiangcun-zhenxing')!;
    expect(heads(o.themes[0].points, 3)).toEqual(['第一，', '第二，', '第三，', '第四，', '第五，']);
    expect(o.themes.map((t) => t.points.length)).toEqual([5, 7, 3]);
  });

  it('takes paragraphs opened by 要 as points, and the 要 sentences inside them as their text', () => {
    const o = outlines.get('c09-lianzheng-dangke')!;
    expect(o.themes.map((t) => t.points.length)).toEqual([4, 5, 7]);
    expect(heads(o.themes[1].points)).toEqual(['要筑牢思想上', '要严守纪律规', '要正确对待手', '要涵养健康的', '要管好家属子']);
  });

  it('continues 首先…其次 with the spoken 再一个', () => {
    const o = outlines.get('c10-diaoyan-zuotan')!;
    expect(heads(o.themes[1].points, 4)).toEqual(['首先说钱', '其次是人', '再一个，']);
  });

  it('splits no points off under a heading that is itself a 要 demand', () => {
    const o = outlines.get('c12-kaigong-zhici')!;
    expect(o.themes.map((t) => t.heading)).toEqual(['我们要以最高的标准建设好这个项目。', '我们要以最快的速度推进项目建设。', '我们要以最实的举措同步谋划好医院运营。']);
    expect(o.themes.map((t) => t.points.length)).toEqual([0, 0, 0]);
  });
});
