// The scorer, against hand-computed cases from docs/eval.md.
import { describe, expect, it } from 'vitest';
import { matches, normalizeForMatch, scoreSpeech, totals } from '../../../src/core/outline/score.js';
import type { Outline, Theme } from '../../../src/core/types.js';

const theme = (heading: string | null, points: string[] = []): Theme => ({
  heading,
  lead: '',
  points: points.map((text) => ({ text, headline: '', line: 1 })),
  line: 1,
});
const outline = (title: string, themes: Theme[]): Outline => ({ title, opening: [], themes, closing: [], diagnostics: [] });

describe('normalizeForMatch', () => {
  it('drops whitespace, quotes, punctuation, then a leading ordinal', () => {
    expect(normalizeForMatch('一、深入学习　“贯彻”')).toBe('深入学习贯彻');
    expect(normalizeForMatch('第三，要有拼劲。')).toBe('要有拼劲');
    expect(normalizeForMatch('（一）加强')).toBe('加强');
    expect(normalizeForMatch('12. abc!')).toBe('abc');
  });

  it('matches the first 8 characters of A within the first 24/40 of B', () => {
    expect(matches('1、要有韧劲。就是要持之', '1、要有韧劲。就是要持之以恒', 24)).toBe(true);
    expect(matches('首先要身心健康。要养成自', '这一特殊阶段立定脚跟，首先要身心健康。要养成', 24)).toBe(true);
    expect(matches('要干得快。对市委', '要干得实。对市委', 24)).toBe(false);
  });

  it('an expected heading that is only an ordinal matches a heading starting with that ordinal', () => {
    expect(matches('一', '一、坚定理想信念', 40)).toBe(true);
    expect(matches('二', '二 坚持问题导向', 40)).toBe(true);
    expect(matches('（三）', '（三）加强作风建设', 40)).toBe(true);
    expect(matches('一', '二、坚持问题导向', 40)).toBe(false);
    expect(matches('一', '坚定理想信念', 40)).toBe(false);
    const long = '甲'.repeat(30) + '目标句子一二三四';
    expect(matches('目标句子', long, 24)).toBe(false);
    expect(matches('目标句子', long, 40)).toBe(true);
  });
});

describe('scoreSpeech', () => {
  it('counts title, headings, theme count and points', () => {
    const s = scoreSpeech(
      {
        title: '在会上的讲话',
        title_block: ['在会上的讲话', '（2024年1月1日）'],
        themes: [
          { heading: '一、甲方面', points: ['1、要做好甲一', '2、要做好甲二'], subpoints: { '1、要做好甲一': ['要细一点点'] } },
          { heading: '二、乙方面', points: ['要做好乙一工作'] },
        ],
      },
      outline('在会上的讲话', [
        theme('一、甲方面', ['1、要做好甲一。', '要细一点点。', '2、要做好甲二。']),
        theme('丙', []),
        theme('二、乙方面', ['无关的话啊啊啊啊']),
      ]),
    );
    expect(s).toEqual({
      failed: false,
      title: 1,
      headingsMatched: 2,
      headingsExpected: 2,
      precisionMatched: 2,
      themesDetected: 3,
      themeCountOk: 0,
      themeCountEligible: 1,
      pointsMatched: 2,
      pointsExpected: 3,
      detectedPointsMatched: 3,
      pointsDetected: 4,
    });
  });

  it('accepts a detected title that runs into the title block', () => {
    const e = { title: '竖直脊梁', title_block: ['竖直脊梁', '——开学典礼讲话'] };
    expect(scoreSpeech(e, outline('竖直脊梁——开学典礼讲话', [])).title).toBe(1);
    expect(scoreSpeech(e, outline('竖直脊梁之外', [])).title).toBe(0);
  });

  it('leaves unmarked points out of recall and the speech out of precision', () => {
    const s = scoreSpeech(
      { title: 't', themes: [{ heading: null, points: ['所以希望一中的每个'], points_marked: false }] },
      outline('t', [theme(null, ['随便什么'])]),
    );
    expect([s.pointsExpected, s.pointsDetected, s.themesDetected]).toEqual([0, 0, 0]);
  });

  it('counts detected themes literally, heading-less ones included', () => {
    const s = scoreSpeech({ title: 't', themes: [] }, outline('t', [theme(null), theme(null)]));
    expect([s.themesDetected, s.precisionMatched, s.themeCountEligible]).toEqual([2, 0, 0]);
    const body = scoreSpeech({ title: 't', themes: [] }, { ...outline('t', []), body: ['甲。', '乙。'] });
    expect([body.themesDetected, body.themeCountEligible]).toEqual([0, 0]);
    const one = scoreSpeech({ title: 't', themes: [{ heading: null, points: [] }] }, outline('t', [theme(null), theme(null)]));
    expect([one.themeCountOk, one.themeCountEligible, one.themesDetected]).toEqual([0, 1, 0]);
  });
});

describe('totals', () => {
  it('sums numerators and denominators; no denominator gives null', () => {
    const a = scoreSpeech({ title: 'a', themes: [{ heading: 'x甲乙丙丁戊己庚', points: [] }] }, outline('a', [theme('x甲乙丙丁戊己庚')]));
    const b = scoreSpeech({ title: 'b', themes: [{ heading: 'y甲乙丙丁戊己庚', points: [] }] }, outline('c', []));
    expect(totals([a, b])).toEqual({
      speeches: 2,
      failed: 0,
      title: 0.5,
      headingRecall: 0.5,
      headingPrecision: 1,
      themeCount: 0.5,
      pointRecall: null,
      pointPrecision: null,
    });
  });
});
