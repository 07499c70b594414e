// The fourth blind set (tests/fixtures-blind4): eight speeches full of structure look-alikes,
// written without seeing the rules. Totals are asserted exactly; before the rules learnt the
// readings below they were title 1.00, headingRecall 0.72, headingPrecision 0.67, themeCount 0.71,
// pointRecall 0.46, pointPrecision 0.57. Each case names the general reading it checks.
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../corpus-checks.js';
import { BLIND4_FIXTURES } from '../helpers.js';

const PERFECT = { speeches: 8, failed: 0, title: 1, headingRecall: 1, headingPrecision: 1, themeCount: 1, pointRecall: 1, pointPrecision: 1 };
const heads = (points: { text: string }[], n = 4) => points.map((p) => p.text.slice(0, n));

describe('blind fixtures, fourth set', () => {
  const outlines = corpusChecks(BLIND4_FIXTURES, PERFECT);

  it('takes no points from argument opened by 坚持…，是 / 要看到， and lets paragraph 一是…五是 outrank 坚持/必须', () => {
    const o = outlines.get('e02-zhongxinzu-zhuanti-xuexi')!;
    expect(o.themes.map((t) => heads(t.points))).toEqual([
      [],
      ['一是深化', '二是深化', '三是深化', '四是深化', '五是深化'],
      ['一是压实', '二是激励', '三是改进', '四是提高'],
    ]);
    expect(o.themes[1].points[4].text).toContain('坚持把改革成效作为检验工作的重要标尺');
  });

  it('takes own-line questions as the headings and inline 一是… as their points', () => {
    const o = outlines.get('e07-jiedao-jiceng-zhili')!;
    expect(o.themes.map((t) => t.heading)).toEqual(['为什么要抓基层治理？', '抓什么？', '怎么抓？']);
    expect(o.themes.map((t) => t.points.length)).toEqual([0, 3, 4]);
  });

  it('prefers the run-in 在…上下功夫 series to the longer 要 series inside its parts', () => {
    const o = outlines.get('e08-xiangzhen-biaotai-fayan')!;
    expect(o.themes.map((t) => t.heading?.slice(0, 8))).toEqual(['在壮大特色产业上', '在改善人居环境上', '在深化乡村治理上', '在锻造过硬作风上']);
    expect(o.themes.map((t) => t.points.length)).toEqual([3, 2, 3, 3]);
  });

  it('reads a mid-sentence 最后 as “in the end”, so 一个是…最后… makes no points', () => {
    const o = outlines.get('e04-qiyejia-zuotanhui')!;
    expect(o.themes.map((t) => t.points.length)).toEqual([0, 0, 4, 0]);
  });
});
