// The blind fixtures (tests/fixtures-blind): speeches written without seeing the rules, scored with
// the eval scorer. The totals are asserted exactly, so a rule change that loses (or gains) anything
// on them shows here; tune the rules to general readings of speeches, never to these texts.
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../corpus-checks.js';
import { BLIND_FIXTURES } from '../helpers.js';

const PERFECT = { speeches: 12, failed: 0, title: 1, headingRecall: 1, headingPrecision: 1, themeCount: 1, pointRecall: 1, pointPrecision: 1 };

describe('blind fixtures', () => {
  const outlines = corpusChecks(BLIND_FIXTURES, PERFECT);

  it('reads parallel paragraphs as points, not the 要 sentences inside them', () => {
    const o = outlines.get('b05-xianwei-jingji-phrases')!;
    expect(o.themes[1].points.map((p) => p.text.slice(0, 10))).toEqual(['突出工业强县不动摇。', '突出项目建设不松劲。', '突出城乡融合不停步。', '突出改革创新不止步。']);
  });

  it('takes 首先/其次/再次/最后 paragraphs as themes, own-line or run-in', () => {
    const o = outlines.get('b06-qiye-nianhui')!;
    expect(o.themes.map((t) => t.heading)).toEqual(['首先，我想说的是感谢。', '其次，我想和大家谈谈清醒。', '再次，我想说说我们的方向。', '最后，我想对大家提几点期望。']);
    expect(o.closing[0].startsWith('亲爱的家人们，')).toBe(true);
  });

  it('keeps the line announcing 第一个方面… in the opening', () => {
    const o = outlines.get('b10-zuotan-fangmian')!;
    expect(o.opening[o.opening.length - 1].startsWith('借这个机会')).toBe(true);
    expect(o.themes[0].heading).toBe('第一个方面，讲讲怎么看当前的形势。');
    expect(o.closing[0].startsWith('好，我就讲这些。')).toBe(true);
  });

  it('divides at interjection lines and keeps the closing out of the parallel series', () => {
    const o = outlines.get('b11-jinian-interjections')!;
    expect(o.themes.map((t) => t.lead.split('\n')[0])).toEqual(['同志们！', '同志们！', '同志们、朋友们！']);
    expect(o.closing).toHaveLength(2);
    expect(o.themes[1].points.map((p) => p.text.slice(0, 9))).toEqual(['青石岭精神的核心是', '青石岭精神的根基是', '青石岭精神的品格是']);
  });
});
