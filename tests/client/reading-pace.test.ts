// The reading view's figures: time used and 字/分, from plain data.
import { describe, expect, it } from 'vitest';
import { charsOf, formatElapsed, paceLabel, paceOf, perMinute } from '../../src/client/reading-pace.js';

describe('reading view figures', () => {
  it('writes elapsed time as mm:ss, minutes running past an hour', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(59_999)).toBe('00:59');
    expect(formatElapsed(61_000)).toBe('01:01');
    expect(formatElapsed(75 * 60_000 + 3_000)).toBe('75:03');
    expect(formatElapsed(-5_000)).toBe('00:00');
  });

  it('counts characters as the planner does: spaces out, punctuation and letters in', () => {
    expect(charsOf({ paragraphs: ['同志们：', ' 今天 讲两点。'], seconds: 3 })).toBe(10);
    expect(charsOf({ paragraphs: ['𠀀字'], seconds: 1 })).toBe(2);
  });

  it('gives the slide’s 字/分 against the whole speech’s', () => {
    const slides = [
      { paragraphs: ['一二三四五六'], seconds: 2 },
      { paragraphs: ['一二三'], seconds: 2 },
      { paragraphs: [], seconds: 2 },
    ];
    expect(paceOf(slides, 0)).toEqual({ chars: 6, seconds: 2, rate: 180, deckRate: 90 });
    expect(paceOf(slides, 1)).toEqual({ chars: 3, seconds: 2, rate: 90, deckRate: 90 });
    expect(paceOf(slides, 2)).toEqual({ chars: 0, seconds: 2, rate: null, deckRate: 90 });
    expect(paceLabel(paceOf(slides, 0))).toBe('本页 6 字 · 2 秒 · 180 字/分（全篇 90 字/分）');
    expect(paceLabel(paceOf(slides, 2))).toBe('本页 0 字 · 2 秒 · —（全篇 90 字/分）');
  });

  it('has no rate without characters or without time', () => {
    expect(perMinute(0, 10)).toBe(null);
    expect(perMinute(10, 0)).toBe(null);
    expect(perMinute(181, 60)).toBe(181);
    expect(paceOf([], 0)).toEqual({ chars: 0, seconds: 0, rate: null, deckRate: null });
    // A page without notes: only the planned time.
    expect(paceLabel(paceOf([{ paragraphs: [], seconds: 7 }], 0))).toBe('本页计划 7 秒');
  });
});
