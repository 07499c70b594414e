import { describe, expect, it } from 'vitest';
import { compileSpeech } from '../../../src/core/compile.js';
import { resolveOptions } from '../../../src/core/plan/options.js';
import { HANDOUT_CONTENT_WIDTH, HANDOUT_SLIDE_HEIGHT, HANDOUT_SLIDE_SCALE } from '../../../src/core/render/handout-layout.js';
import {
  cssString,
  handoutFooterTemplate,
  handoutHeaderTemplate,
  runningHeadCss,
} from '../../../src/core/render/handout-running.js';
import { handoutCharacters, renderHandout, timingLabel } from '../../../src/core/render/handout.js';
import type { Deck, Slide } from '../../../src/core/types.js';

const SPEECH = `在全市工作会议上的讲话
同志们：今天开会，主要讲三点意见。
一、提高认识
要坚持学习。要坚持实践。
二、抓好落实
要真抓实干。
三、加强领导
要压实责任。
谢谢大家。`;

const slidesOf = (deck: Deck): Slide[] => deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
const sheets = (html: string) => [...html.matchAll(/<article class="handout-sheet" id="([^"]*)">/g)].map((m) => m[1]);
const page = (deck: Deck, marginBoxes = true) => renderHandout(deck, { styles: ['.x{}'], marginBoxes });

function deckOf(slides: Partial<Slide>[], title = '讲话'): Deck {
  return {
    title,
    entries: slides.map((s, i) => ({ type: 'slide', slide: { kind: 'body', id: `s${i}`, blocks: [], notes: '', timing: 10, ...s } })),
    options: resolveOptions(),
    totalSeconds: 10 * slides.length,
    diagnostics: [],
  };
}

describe('handout page', () => {
  const { deck } = compileSpeech(SPEECH);
  const html = page(deck);

  it('has one sheet per slide, in the deck’s order, each holding that slide', () => {
    const ids = slidesOf(deck).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(6);
    expect(sheets(html)).toEqual(ids.map((id) => `/${id}`));
    const sections = [...html.matchAll(/<section id="([^"]*)"/g)].map((m) => m[1]);
    expect(sections).toEqual(ids);
    // The slides are the deck's markup without their notes: the notes are printed below instead.
    expect(html).not.toContain('<aside class="notes">');
  });

  it('prints every paragraph of every slide’s notes, in order', () => {
    const notes = [...html.matchAll(/<div class="handout-notes">(.*?)<\/div>/g)].map((m) => m[1]);
    const expected = slidesOf(deck)
      .filter((s) => s.notes.trim() !== '')
      .map((s) => s.notes.split('\n').filter((p) => p.trim()).map((p) => `<p>${p}</p>`).join(''));
    expect(notes).toEqual(expected);
    expect(notes.join('')).toContain('<p>要坚持学习。</p><p>要坚持实践。</p>');
  });

  it('makes the agenda’s links land on the linked slide’s sheet', () => {
    const hrefs = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(sheets(html)).toContain(href);
  });

  it('captions each slide with its number and how long it takes to say', () => {
    const captions = [...html.matchAll(/<p class="handout-caption">(.*?)<\/p>/g)].map((m) => m[1]);
    const slides = slidesOf(deck);
    expect(captions).toHaveLength(slides.length);
    expect(captions[0]).toBe(`幻灯片 1 / ${slides.length} · ${timingLabel(slides[0].timing)}`);
  });

  it('escapes the speech everywhere: slides, notes, title, theme attribute', () => {
    const hostile = deckOf([{ notes: '<script>alert(1)</script>\n<img src=x onerror=alert(1)>', blocks: [{ type: 'heading', text: '<b>x</b>' }] }], '</title><script>t</script>');
    hostile.options = { ...hostile.options, theme: '"><script>' };
    const out = page(hostile);
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(out).toContain('<title>&lt;/title&gt;&lt;script&gt;t&lt;/script&gt;（讲稿版）</title>');
    expect(out).toContain('data-theme="&quot;&gt;&lt;script&gt;"');
  });

  it('leaves out the notes block of a slide without notes, and marks continuations', () => {
    const out = page(deckOf([{ notes: '' }, { notes: '一段。', continued: true }]));
    expect(out.match(/class="handout-notes"/g)).toHaveLength(1);
    expect(out).toContain('<p class="handout-caption">幻灯片 2 / 2（续） · 约 10 秒</p>');
  });

  it('writes the running header and footer as page-margin boxes only when asked', () => {
    expect(html).toContain(`@top-left { content: ${cssString(deck.title)};`);
    expect(html).toContain('@bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";');
    expect(page(deck, false)).not.toContain('@top-left');
  });

  it('lists every character it writes in the font subset', () => {
    const dated = deckOf([{ notes: '甲。', continued: true, timing: 75 }], '标题');
    dated.options = { ...dated.options, unit: '某某局办公室', date: '2024年5月6日' };
    const out = page(dated);
    const captions = [...out.matchAll(/<p class="handout-caption">(.*?)<\/p>/g)].map((m) => m[1]);
    // The margin boxes' text is their CSS strings (font names are in single quotes).
    const heads = [...runningHeadCss(dated).matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    const written = [...captions, ...heads].join('');
    expect(written).toContain('某某局办公室');
    const subset = new Set(handoutCharacters(dated));
    const missing = [...new Set(written)].filter((c) => c.charCodeAt(0) > 0x7e && !subset.has(c));
    expect(missing).toEqual([]);
    expect(runningHeadCss(dated)).toContain(`@top-right { content: ${cssString('某某局办公室　2024年5月6日')};`);
  });
});

describe('handout geometry', () => {
  it('draws the 1280×720 slide across the 170 mm of text width', () => {
    expect(HANDOUT_CONTENT_WIDTH).toBe(170);
    expect(HANDOUT_SLIDE_SCALE).toBeCloseTo(0.502, 3);
    expect(HANDOUT_SLIDE_HEIGHT).toBeCloseTo(95.625, 2);
  });
});

describe('handout text', () => {
  it('says the time to speak in seconds, then minutes and seconds', () => {
    expect(timingLabel(0)).toBe('约 1 秒');
    expect(timingLabel(44.6)).toBe('约 45 秒');
    expect(timingLabel(60)).toBe('约 1 分');
    expect(timingLabel(130)).toBe('约 2 分 10 秒');
  });

  it('writes any title as a CSS string that cannot end its rule or its style element', () => {
    expect(cssString('讲话')).toBe('"讲话"');
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    expect(cssString('</style><script>')).toBe('"\\3c /style\\3e \\3c script\\3e "');
    expect(cssString('一\n二')).toBe('"一\\a 二"');
  });

  it('escapes the title in Chromium’s header template and leaves the page numbers to it', () => {
    const deck = deckOf([{}], '<img src=x>"标题"');
    expect(handoutHeaderTemplate(deck)).toContain('>&lt;img src=x&gt;&quot;标题&quot;</span>');
    expect(handoutFooterTemplate()).toContain('第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页');
  });
});
