import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../src/core/plan/options.js';
import { planDeck } from '../../../src/core/plan/plan.js';
import type { Outline, Slide } from '../../../src/core/types.js';

const outline: Outline = {
  title: '在读书班上的发言',
  salutation: '同志们：',
  opening: ['今天我从“学思践”三个方面谈体会。'],
  agenda: ['学', '思', '践'],
  themes: [
    {
      heading: '“学”字当头。',
      keyword: '学',
      lead: '学习是前提。',
      points: [
        { text: '要读原著，悟原理。', headline: '读原著', line: 4 },
        { text: '要联系实际。', headline: '联系实际', line: 4 },
      ],
      line: 4,
    },
    { heading: '“思”字为要。', keyword: '思', lead: '思考是关键。', points: [], tail: '思而后行。', line: 5 },
    { heading: '“践”字为本。', keyword: '践', lead: '', points: [{ text: '要知行合一。', headline: '知行合一', line: 6 }], line: 6 },
  ],
  closing: ['以上发言，请批评指正。'],
  diagnostics: [],
};

const slidesOf = (entries: ReturnType<typeof planDeck>['entries']): Slide[] =>
  entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));

describe('planDeck', () => {
  const deck = planDeck(outline, resolveOptions());

  it('orders title, opening, agenda, one stack per theme, closing', () => {
    expect(deck.entries.map((e) => (e.type === 'slide' ? e.slide.kind : `stack:${e.slides.map((s) => s.kind).join(',')}`))).toEqual([
      'title',
      'opening',
      'agenda',
      'stack:theme,point,point',
      'stack:theme',
      'stack:theme,point',
      'closing',
    ]);
  });

  it('puts the whole speech in the notes, in order', () => {
    const notes = slidesOf(deck.entries)
      .filter((s) => s.kind !== 'agenda')
      .map((s) => s.notes)
      .join('');
    expect(notes.replace(/\s/g, '')).toBe(
      '在读书班上的发言同志们：今天我从“学思践”三个方面谈体会。“学”字当头。学习是前提。要读原著，悟原理。要联系实际。' +
        '“思”字为要。思考是关键。思而后行。“践”字为本。要知行合一。以上发言，请批评指正。',
    );
  });

  it('shows the announced keywords as agenda tiles linking to the themes', () => {
    const agenda = slidesOf(deck.entries).find((s) => s.kind === 'agenda')!;
    const tiles = agenda.blocks.find((b) => b.type === 'tiles');
    const themeIds = slidesOf(deck.entries).filter((s) => s.kind === 'theme').map((s) => `#/${s.id}`);
    expect(tiles).toEqual({
      type: 'tiles',
      tiles: [
        { mark: '学', label: '“学”字当头', href: themeIds[0] },
        { mark: '思', label: '“思”字为要', href: themeIds[1] },
        { mark: '践', label: '“践”字为本', href: themeIds[2] },
      ],
    });
  });

  it('times each slide from its characters at 180 字/分', () => {
    const point = slidesOf(deck.entries).find((s) => s.kind === 'point')!;
    expect(point.notes).toBe('要读原著，悟原理。');
    expect(point.timing).toBe(3); // 9 characters → 3 s
    expect(planDeck(outline, resolveOptions({ rate: 90 })).totalSeconds).toBeGreaterThan(deck.totalSeconds);
  });

  it('keeps slide ids when unrelated text changes', () => {
    const edited: Outline = { ...outline, opening: ['开场白改了。'], closing: ['谢谢大家。'] };
    const ids = (o: Outline) => slidesOf(planDeck(o, resolveOptions()).entries).filter((s) => s.kind === 'theme' || s.kind === 'point').map((s) => s.id);
    expect(ids(edited)).toEqual(ids(outline));
    expect(new Set(ids(outline)).size).toBe(ids(outline).length);
  });

  it('splits a long point into continuation slides without losing text', () => {
    const long = '要坚持学习，'.repeat(120) + '。';
    const o: Outline = { ...outline, themes: [{ ...outline.themes[0], points: [{ text: long, headline: '坚持学习', line: 4 }] }] };
    const points = slidesOf(planDeck(o, resolveOptions()).entries).filter((s) => s.kind === 'point');
    expect(points.length).toBeGreaterThan(1);
    expect(points.slice(1).every((s) => s.continued === true)).toBe(true);
    expect(points[1].blocks).toContainEqual({ type: 'heading', text: '坚持学习（续）' });
    expect(points.map((s) => s.notes).join('')).toBe(long);
  });

  it('gives a speech without themes body slides and a recap-free closing', () => {
    const plain: Outline = {
      title: '随笔',
      opening: [],
      themes: [
        { heading: null, lead: '第一段话。', points: [], line: 2 },
        { heading: null, lead: '第二段话。', points: [], line: 3 },
      ],
      closing: [],
      diagnostics: [],
    };
    const kinds = slidesOf(planDeck(plain, resolveOptions()).entries).map((s) => s.kind);
    expect(kinds).toEqual(['title', 'body', 'body', 'closing']);
  });
});

describe('planDeck on a speech without themes', () => {
  it('turns the body paragraphs into body slides between opening and closing', () => {
    const plain: Outline = {
      title: '为人民服务',
      opening: ['开头一段。'],
      themes: [],
      body: ['第一段正文。', '第二段正文。'],
      closing: ['结尾一段。'],
      diagnostics: [],
    };
    const slides = slidesOf(planDeck(plain, resolveOptions()).entries);
    expect(slides.map((s) => [s.kind, s.notes])).toEqual([
      ['title', '为人民服务'],
      ['opening', '开头一段。'],
      ['body', '第一段正文。'],
      ['body', '第二段正文。'],
      ['closing', '结尾一段。'],
    ]);
  });

  it('shows both the themes and the body of a Markdown speech that has a 正文 section beside its ## themes', () => {
    const mixed: Outline = {
      title: '题',
      opening: [],
      themes: [{ heading: '一、学习', lead: '要读书。', points: [], line: 2 }],
      body: ['正文段落。'],
      closing: [],
      diagnostics: [],
    };
    const slides = slidesOf(planDeck(mixed, resolveOptions()).entries);
    expect(slides.map((s) => [s.kind, s.notes])).toEqual([
      ['title', '题'],
      ['theme', '一、学习\n要读书。'],
      ['body', '正文段落。'],
      ['closing', '回顾：一、学习。谢谢大家。'],
    ]);
  });
});

describe('planDeck with a paragraph-long heading', () => {
  it('cuts the heading on the slide and shows it in full as the slide’s first text', () => {
    const heading = `一、${'坚持以人民为中心的发展思想推动高质量发展'.repeat(5)}`;
    const o: Outline = { title: '标题', opening: [], themes: [{ heading, lead: '', points: [{ text: '要抓落实。', headline: '抓落实', line: 3 }], line: 2 }], closing: [], diagnostics: [] };
    const theme = slidesOf(planDeck(o, resolveOptions()).entries).find((s) => s.kind === 'theme')!;
    const shown = theme.blocks.find((b) => b.type === 'heading');
    expect(shown).toEqual({ type: 'heading', text: `${heading.slice(0, 43)}…` });
    expect(theme.notes).toBe(heading);
  });
});

describe('planDeck title slide', () => {
  it('shows speaker and date lines under the title, and keeps editorial lines in the notes only', () => {
    const o: Outline = {
      title: '以担当作为书写青春答卷',
      subtitle: '——在座谈会上的发言',
      meta: ['【导读】本文是作者在座谈会上的发言。', '李晓东', '2024年5月4日', '（来源：青年干部学习网）', '…………'],
      opening: [],
      themes: [],
      body: ['正文。'],
      closing: [],
      diagnostics: [],
    };
    const title = slidesOf(planDeck(o, resolveOptions({ unit: '团市委' })).entries)[0];
    expect(title.blocks).toEqual([
      { type: 'heading', text: '以担当作为书写青春答卷' },
      { type: 'subheading', text: '——在座谈会上的发言' },
      { type: 'meta', lines: ['团市委', '李晓东', '2024年5月4日'] },
    ]);
    expect(title.notes).toContain('（来源：青年干部学习网）');
  });
});
