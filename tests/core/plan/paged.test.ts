// A text too long to present slide by slide: bounded to MAX_SLIDES slides, nothing lost.
import { describe, expect, it } from 'vitest';
import { compileSpeech } from '../../../src/core/compile.js';
import { MAX_BODY_LINES } from '../../../src/core/plan/layout.js';
import { MAX_SLIDES } from '../../../src/core/plan/limits.js';
import { visualLines } from '../../../src/core/plan/paginate.js';
import type { Deck, Slide } from '../../../src/core/types.js';

const slidesOf = (deck: Deck): Slide[] => deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
const linesOf = (slide: Slide): string[] => slide.blocks.flatMap((b) => (b.type === 'lines' ? b.lines : []));
const noSpace = (s: string) => s.replace(/\s+/g, '');
const MORE = '……（余下的文字在演讲者备注里）';

/** Paragraph i of a speech without structure: eight characters that look like no other paragraph. */
const para = (i: number) => Array.from({ length: 8 }, (_, k) => String.fromCharCode(0x4e00 + ((i * 131 + k * 977 + i * k * 31) % 20000))).join('') + '。';
const paged = (wanted: number, pages: number) =>
  `这份讲话稿至少要做 ${wanted} 页幻灯片，超过 2000 页的上限：已不分层次，把全文按顺序分成 ${pages} 页；一页放不下的文字留在演讲者备注里，全文一字不少。请确认选对了文件，或把讲话稿分成几份。`;

describe('the slide cap', () => {
  it('is 2,000 slides', () => {
    expect(MAX_SLIDES).toBe(2000);
  });

  it('leaves a deck of exactly 2,000 slides as it is', () => {
    const { deck, outline } = compileSpeech(['关于学习的讲话', ...Array.from({ length: 1998 }, (_, i) => para(i))].join('\n'));
    expect([outline.opening.length, outline.body?.length]).toEqual([1, 1997]);
    expect(slidesOf(deck).map((s) => s.kind)).toEqual(['title', 'opening', ...Array(1997).fill('body'), 'closing']);
    expect(deck.diagnostics.some((d) => d.message.includes('上限'))).toBe(false);
  });

  it('pages a speech one slide over the cap, every paragraph whole and in order in the notes', () => {
    const paragraphs = Array.from({ length: 1999 }, (_, i) => para(i));
    const { deck, outline, html } = compileSpeech(['关于学习的讲话', ...paragraphs].join('\n'));
    // 2,000 paragraphs are still searched for structure: title, then 1,999 body slides and the closing.
    expect(outline.title).toBe('关于学习的讲话');
    expect(outline.diagnostics.at(-1)).toEqual({ line: 1, code: 'deck-paged', severity: 'warning', message: paged(2001, 200) });
    const slides = slidesOf(deck);
    expect(slides).toHaveLength(201);
    expect(slides[0]).toMatchObject({ kind: 'title', notes: '关于学习的讲话' });
    // Ten paragraphs a page: each page shows all of its part.
    expect(slides.slice(1).map((s) => s.notes)).toEqual(Array.from({ length: 200 }, (_, k) => paragraphs.slice(k * 10, k * 10 + 10).join('\n')));
    expect(slides.slice(1).map(linesOf)).toEqual(Array.from({ length: 200 }, (_, k) => paragraphs.slice(k * 10, k * 10 + 10)));
    expect(html.match(/<section id=/g)).toHaveLength(201);
  });

  it('does not search a text of more paragraphs than the cap for structure', () => {
    const paragraphs = Array.from({ length: 2001 }, (_, i) => `${i % 2 ? '一、' : ''}${para(i)}`);
    const { outline, deck } = compileSpeech(paragraphs.join('\n'));
    expect(outline).toMatchObject({ title: '', opening: [], themes: [], body: paragraphs, closing: [] });
    expect(outline.diagnostics).toEqual([
      { line: 1, code: 'too-many-paragraphs', severity: 'warning', message: '讲话稿有 2001 个自然段，超过 2000 段，不像一篇讲话：没有识别标题和层次，全文按自然段顺序排列。' },
      { line: 1, code: 'deck-paged', severity: 'warning', message: paged(2003, 201) },
    ]);
    expect(slidesOf(deck).slice(1).map((s) => s.notes).join('\n')).toBe(paragraphs.join('\n'));
  });

  it('pages long text in few paragraphs once its pages would pass the cap, showing the start of each part', () => {
    const lead = '我们要坚持发展，抓好落实。'.repeat(30_000);
    const { deck, outline } = compileSpeech(`关于学习的讲话\n一、学习\n${lead}\n二、落实\n${lead}`);
    expect(outline.themes.map((t) => [t.heading, t.lead.length])).toEqual([
      ['一、学习', 390_000],
      ['二、落实', 390_000],
    ]);
    // 780,000 characters at most 374 a slide; paged into parts of at least 12 lines.
    expect(outline.diagnostics.at(-1)!.message).toBe(paged(2087, 1044));
    const slides = slidesOf(deck);
    expect(slides).toHaveLength(1045);
    expect(slides[0].notes).toBe('关于学习的讲话');
    expect(noSpace(slides.slice(1).map((s) => s.notes).join(''))).toBe(noSpace(`一、学习${lead}二、落实${lead}`));
    expect(linesOf(slides[1])).toEqual(['一、学习', ...Array(9).fill('我们要坚持发展，抓好落实。'), MORE]);
    for (const slide of slides) expect(visualLines(linesOf(slide))).toBeLessThanOrEqual(MAX_BODY_LINES);
  });

  it('keeps the point headlines of a Markdown speech, which its text does not hold', () => {
    const md = ['# 题', '## 一、学习', ...Array.from({ length: 2001 }, (_, i) => `### 要点${i + 1}`)].join('\n');
    const { deck } = compileSpeech(md, {}, { notes: true }, 'md');
    const notes = slidesOf(deck).map((s) => s.notes).join('\n');
    expect(notes).toBe(['题', '一、学习', ...Array.from({ length: 2001 }, (_, i) => `要点${i + 1}`)].join('\n'));
  });
});
