// The outline of the reference speech value by value (slides/办公室干部专题研讨交流发言.txt), and
// structures the fixtures do not show on their own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../src/core/outline/outline.js';
import { REFERENCE, outlineSpeech, speechWithoutMeta } from '../helpers.js';

const raw = readFileSync(REFERENCE, 'utf8');
const o = buildOutline(raw);

describe('reference speech', () => {
  it('has the title, the opening and no closing', () => {
    expect(o.title).toBe('办公室干部在机关党支部专题研讨交流会上的发言');
    expect(o.subtitle).toBeUndefined();
    expect(o.salutation).toBeUndefined();
    expect(o.opening).toHaveLength(1);
    expect(o.opening[0].startsWith('习近平总书记指出')).toBe(true);
    expect(o.closing).toEqual([]);
  });

  it('has five key-character themes with the announced agenda', () => {
    expect(o.themes.map((t) => t.heading)).toEqual([
      '“忠”字为先筑根基。',
      '“专”字为标练本领。',
      '“实”字为要保功成。',
      '“勤”字为径彰情怀。',
      '“清”字为本扬正气。',
    ]);
    expect(o.themes.map((t) => t.keyword)).toEqual(['忠', '专', '实', '勤', '清']);
    expect(o.agenda).toEqual(['忠', '专', '实', '勤', '清']);
    // Lines of the user's file: the reference speech opens with an empty line.
    expect(o.themes.map((t) => t.line)).toEqual([4, 5, 6, 7, 8]);
    expect(o.themes[1].points.map((p) => p.line)).toEqual([5, 5]);
  });

  it('cuts the points at their markers', () => {
    const starts = o.themes.map((t) => t.points.map((p) => p.text.slice(0, 8)));
    expect(starts).toEqual([
      ['就是要聚焦“以学', '就是要深刻认识、', '就是要严守党的纪'],
      ['要坚持“从干中学', '要坚持“人在事上'],
      ['要树立和践行正确', '要带头落实“干部', '要深入践行“以学'],
      ['要勤通民情，思想', '要勤问民需，夯实', '要勤纾民困，秉承'],
      ['要敬畏规律，干部', '要敬畏法纪，对法', '要敬畏权力，权力'],
    ]);
  });

  it('keeps ； with the point before it and lead text out of the points', () => {
    const [zhong, zhuan, , , qing] = o.themes;
    expect(zhong.lead.endsWith('对于办公室年轻干部来说，对党忠诚是政治灵魂、政治品格，也是政治责任、价值底色。“忠”字为先，')).toBe(true);
    expect(zhong.points[0].text.endsWith('行动上的自觉；')).toBe(true);
    expect(zhong.points[1].text.endsWith('走在前、作表率；')).toBe(true);
    expect(zhong.points[2].text.endsWith('让党性的底子厚植。')).toBe(true);
    expect(zhuan.lead.endsWith('年轻干部要着眼于“以学增智”，不断强化政治担当、提升政治能力，主动加强政治淬炼、工作历练、实践锻炼、专业训练，练就一身胜任新时代办公室工作的过硬本领。')).toBe(true);
    expect(qing.points[0].text).toContain('要正确对待成功与挫折');
    expect(qing.points[1].text).toContain('从一开始就要扣好扣子');
  });

  it('gives each point a headline from its own words', () => {
    expect(o.themes[1].points.map((p) => p.headline)).toEqual(['坚持“从干中学”', '坚持“人在事上磨”']);
    expect(o.themes[3].points.map((p) => p.headline)).toEqual(['勤通民情', '勤问民需', '勤纾民困']);
  });

  it('removes the site debris, saying where', () => {
    expect(o.themes[2].heading).toBe('“实”字为要保功成。');
    expect(o.diagnostics.filter((d) => d.message.includes('##paid'))).toEqual([
      { line: 6, code: 'web-debris-removed', severity: 'info', message: '删除了网页残留标记“##paidbegin##”。' },
      { line: 9, code: 'web-debris-removed', severity: 'info', message: '删除了网页残留标记“##paidend##”。' },
    ]);
  });

  it('loses nothing', () => {
    expect(outlineSpeech(o)).toBe(speechWithoutMeta(raw, o));
  });
});

describe('structures', () => {
  it('nests （一） under 一、 and keeps 1. inside its point', () => {
    const o = buildOutline(
      [
        '在某会议上的讲话',
        '一、总体要求',
        '（一）提高站位。要认识到意义。',
        '1.第一层细节。',
        '2.第二层细节。',
        '（二）压实责任。',
        '二、重点任务',
        '（一）抓项目。',
        '（二）抓招商。',
      ].join('\n'),
    );
    expect(o.themes.map((t) => t.heading)).toEqual(['一、总体要求', '二、重点任务']);
    expect(o.themes[0].points.map((p) => p.text)).toEqual(['（一）提高站位。要认识到意义。\n1.第一层细节。\n2.第二层细节。', '（二）压实责任。']);
    expect(o.themes[1].points.map((p) => p.headline)).toEqual(['抓项目', '抓招商']);
  });

  it('does not take numbers in running text for headings', () => {
    const o = buildOutline(['标题', '2024年是关键之年。', '3.5万元补贴已发放。', '1.2亿元资金到位。'].join('\n'));
    expect(o.themes.every((t) => t.heading === null)).toBe(true);
  });

  it('reads 一是/二是 inside a paragraph as points, and a lone 首先 as text', () => {
    const o = buildOutline(['一、加强学习', '首先要端正态度。学习要做到：一是读原著；二是悟原理。', '二、狠抓落实', '要抓早。要抓实。'].join('\n'));
    expect(o.themes[0].lead).toBe('首先要端正态度。学习要做到：');
    expect(o.themes[0].points.map((p) => p.text)).toEqual(['一是读原著；', '二是悟原理。']);
    expect(o.themes[1].points.map((p) => p.text)).toEqual(['要抓早。', '要抓实。']);
  });

  it('treats 最后 after 首先/其次 as the last point, not the closing', () => {
    const o = buildOutline(['讲话', '一、甲', '要做好。', '二、乙', '首先，做好A。', '其次，做好B。', '最后，做好C。', '谢谢大家！'].join('\n'));
    expect(o.themes[1].points.map((p) => p.text)).toEqual(['首先，做好A。', '其次，做好B。', '最后，做好C。']);
    expect(o.closing).toEqual(['谢谢大家！']);
  });

  it('gives a speech without themes a body, with a diagnostic', () => {
    const o = buildOutline(['致辞', '开头一段。', '中间一段。', '又一段。', '谢谢大家！'].join('\n'));
    expect(o.opening).toEqual(['开头一段。']);
    expect(o.themes).toEqual([]);
    expect(o.body).toEqual(['中间一段。', '又一段。']);
    expect(o.closing).toEqual(['谢谢大家！']);
    expect(o.diagnostics).toEqual([
      { line: 2, code: 'no-theme-found', severity: 'info', message: '未识别到主题层次（一、（一）、第一，“X”字…等排比段），已按自然段分页。' },
    ]);
  });

  it('cites the lines of the user’s file, empty lines counted', () => {
    const o = buildOutline(['', '在某会议上的讲话', '', '一、总体要求', '', '一是抓学习。二是抓落实。', '', '', '二、重点任务', '（一）抓项目。', '三、三项', '要做。'].join('\n'));
    expect(o.themes.map((t) => t.line)).toEqual([4, 9, 11]);
    expect(o.themes[0].points.map((p) => p.line)).toEqual([6, 6]);
    expect(o.themes[1].points).toEqual([]);
    expect(o.diagnostics.every((d) => !/^第 ?\d+ ?行/.test(d.message))).toBe(true);
  });

  it('finds short parallel run-in headings and their 要 points', () => {
    const o = buildOutline(
      ['发言', '开头。', '忠诚是根本。对党忠诚。要学理论。要守纪律。', '专业是保障。本领要强。要学业务。要练本领。', '实干是关键。干字当头。要抓落实。要见实效。'].join('\n'),
    );
    expect(o.themes.map((t) => t.heading)).toEqual(['忠诚是根本。', '专业是保障。', '实干是关键。']);
    expect(o.themes[1].lead).toBe('本领要强。');
    expect(o.themes.map((t) => t.points.length)).toEqual([2, 2, 2]);
  });

  it('takes the line before each restarting 1. as a heading', () => {
    const o = buildOutline(['讲话', '开头一段。', '关于学习，我谈两点。', '1.要读书。', '2.要思考。', '关于工作，也谈两点。', '1.要抓早。', '2.要抓实。'].join('\n'));
    expect(o.themes.map((t) => t.heading)).toEqual(['关于学习，我谈两点。', '关于工作，也谈两点。']);
    expect(o.themes[1].points.map((p) => p.text)).toEqual(['1.要抓早。', '2.要抓实。']);
  });
});
