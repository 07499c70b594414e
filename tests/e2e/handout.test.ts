// The handout (讲稿版) in real Chromium, checked with poppler: A4 portrait, the slides as vector
// text, every sentence of the speech, the deck's fonts embedded, no line cut by a page break.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileSpeech } from '../../src/core/compile.js';
import { resolveOptions } from '../../src/core/plan/options.js';
import { HANDOUT_PAGE, HANDOUT_SLIDE_HEIGHT } from '../../src/core/render/handout-layout.js';
import { normalize } from '../../src/core/text/normalize.js';
import type { Deck, Slide } from '../../src/core/types.js';
import { BROWSER_ARGS } from '../../src/node/export/pdf/browser.js';
import { CdpBrowser } from '../../src/node/export/pdf/cdp-pipe.js';
import { exportHandouts } from '../../src/node/export/pdf/handout-pdf.js';
import { printHandout } from '../../src/node/export/pdf/handout-print.js';
import { browserPath, describeBrowser } from '../helpers/browser.js';
import { BIN, REFERENCE, REFERENCE_NAME, tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squeeze = (text: string) => text.replace(/\s/g, '');

/** Millimetres to PDF points, poppler's unit at its default 72 dpi. */
const pt = (mm: number) => (mm * 72) / 25.4;
const { margin } = HANDOUT_PAGE;
const TOP = pt(margin.top);
const FOOT = pt(HANDOUT_PAGE.height - margin.bottom);
const LEFT = pt(margin.left);
const WIDTH = pt(HANDOUT_PAGE.width - margin.left - margin.right);
/** Half a point of slack for rounding in Skia and poppler. */
const SLACK = 0.5;

/** Text of page `page` inside a box (points from the top left), without whitespace. */
function textIn(file: string, page: number, box: { x: number; y: number; w: number; h: number }): string {
  const crop = [box.x, box.y, box.w, box.h].map((n) => String(Math.round(n)));
  return squeeze(poppler('pdftotext', '-f', String(page), '-l', String(page), '-x', crop[0], '-y', crop[1], '-W', crop[2], '-H', crop[3], file, '-'));
}

/** The body of every page (no header, no footer), in order, without whitespace. */
function bodyText(file: string, pages: number): string {
  let text = '';
  for (let p = 1; p <= pages; p++) text += textIn(file, p, { x: 0, y: TOP, w: pt(HANDOUT_PAGE.width), h: FOOT - TOP });
  return text;
}

interface TextLine {
  page: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every text line poppler finds, with its box: `pdftotext -bbox-layout`. */
function textLines(file: string): { pages: { width: number; height: number }[]; lines: TextLine[] } {
  const xml = poppler('pdftotext', '-bbox-layout', file, '-');
  const pages: { width: number; height: number }[] = [];
  const lines: TextLine[] = [];
  for (const [i, chunk] of xml.split('<page ').slice(1).entries()) {
    const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    pages.push({ width: Number(width), height: Number(height) });
    for (const m of chunk.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const text = [...m[3].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
      lines.push({ page: i + 1, yMin: Number(m[1]), yMax: Number(m[2]), text });
    }
  }
  return { pages, lines };
}

/** Lines that are neither wholly in the header, nor wholly in the body, nor wholly in the footer. */
function cutLines(lines: TextLine[]): TextLine[] {
  return lines.filter(
    (l) => !(l.yMax <= TOP + SLACK) && !(l.yMin >= TOP - SLACK && l.yMax <= FOOT + SLACK) && !(l.yMin >= FOOT - SLACK),
  );
}

/** What the presenter reads: each page's body below the slide's caption (all of it on a page that
 *  carries on a slide's text), joined over the pages. */
function spokenText(file: string): string {
  const { pages, lines } = textLines(file);
  let text = '';
  for (let p = 1; p <= pages.length; p++) {
    const body = lines.filter((l) => l.page === p && l.yMin >= TOP - SLACK && l.yMax <= FOOT + SLACK).sort((a, b) => a.yMin - b.yMin);
    const caption = body.find((l) => l.text.startsWith('幻灯片'));
    text += body.filter((l) => !caption || l.yMin > caption.yMax).map((l) => l.text).join('');
  }
  return squeeze(text);
}

function pageSize(file: string): { width: number; height: number; name: string; pages: number } {
  const info = poppler('pdfinfo', file);
  const [, width, height, name] = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(info)!;
  return { width: Number(width), height: Number(height), name, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

const slidesOf = (deck: Deck): Slide[] => deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));

/** Notes far longer than a page: 14 paragraphs of about 230 characters. */
const LONG_NOTES = Array.from({ length: 14 }, (_, i) => `第${i + 1}段开头。${'我们要坚持实事求是，一切从实际出发，把调查研究作为谋事之基、成事之道。'.repeat(6)}第${i + 1}段结尾。`);

function longDeck(): Deck {
  const slide = (id: string, heading: string, notes: string): Slide => ({ kind: 'body', id, blocks: [{ type: 'heading', text: heading }], notes, timing: 60 });
  const slides = [slide('a', '开头一页', '第一页的讲稿。'), slide('b', '很长的一页', LONG_NOTES.join('\n')), slide('c', '最后一页', '最后一页的讲稿。')];
  return { title: '很长的讲稿', entries: slides.map((s) => ({ type: 'slide', slide: s })), options: resolveOptions(), totalSeconds: 180, diagnostics: [] };
}

describeBrowser('handout PDF (讲稿版)', () => {
  const out = tempDir();
  const file = join(out, `${REFERENCE_NAME}-handout.pdf`);
  const longFile = join(out, 'long-handout.pdf');
  const templatesFile = join(out, 'templates-handout.pdf');
  const { deck } = compileSpeech(readFileSync(REFERENCE, 'utf8'));
  const slides = slidesOf(deck);
  let written: string[] = [];
  let browser: CdpBrowser;

  beforeAll(async () => {
    ({ written } = await exportHandouts(REFERENCE, { out }, silent));
    browser = await CdpBrowser.launch(browserPath!, BROWSER_ARGS);
    writeFileSync(longFile, await printHandout(browser, longDeck(), 'long'));
    writeFileSync(templatesFile, await printHandout(browser, longDeck(), 'long', { marginBoxes: false }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('writes only the handout', () => {
    expect(written).toEqual([file]);
  });

  it('is A4 portrait, one page per slide of the reference speech', () => {
    const size = pageSize(file);
    expect(size.name).toBe('A4');
    expect(size.width).toBeCloseTo(595, -1);
    expect(size.height).toBeCloseTo(842, -1);
    expect(size.width).toBeLessThan(size.height);
    // The reference's notes are short: each slide's sheet fits on its page.
    expect(size.pages).toBe(slides.length);
    expect(size.pages).toBe(23);
  });

  it('draws every slide at the top of its page as text, with no picture in the file', () => {
    expect(poppler('pdfimages', '-list', file).trim().split('\n').slice(2)).toEqual([]);
    const frame = { x: LEFT, y: TOP, w: WIDTH, h: pt(HANDOUT_SLIDE_HEIGHT) };
    slides.forEach((slide, i) => {
      const heading = slide.blocks.find((b) => b.type === 'heading');
      const onSlide = textIn(file, i + 1, frame);
      expect(onSlide.length, `slide ${i + 1}`).toBeGreaterThan(0);
      if (heading && heading.type === 'heading') expect(onSlide, `slide ${i + 1}`).toContain(squeeze(heading.text));
    });
  });

  it('holds every sentence of the speech in the text below the slides', () => {
    // A sentence may run from one slide's text into the next one's, over the slide between.
    const text = spokenText(file);
    const paragraphs = normalize(readFileSync(REFERENCE, 'utf8')).text.split('\n');
    const sentences = paragraphs.flatMap((p) => squeeze(p).split(/(?<=[。！？；])/)).filter(Boolean);
    expect(sentences.length).toBeGreaterThan(30);
    expect(sentences.filter((s) => !text.includes(s))).toEqual([]);
  });

  it('links the agenda and the point lists to the linked slides’ pages', () => {
    const dests = new Map(
      [...poppler('pdfinfo', '-dests', file).matchAll(/^\s*(\d+) \[.*\] "([^"]+)"$/gm)].map((m) => [m[2], Number(m[1])]),
    );
    const hrefs = slides
      .flatMap((s) => s.blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.href) : b.type === 'tiles' ? b.tiles.map((t) => t.href) : [])))
      .filter((href): href is string => href !== undefined);
    // The agenda's five tiles and the theme slides' fourteen points.
    expect(hrefs.length).toBe(19);
    expect(dests.size).toBe(19);
    for (const href of hrefs) {
      const id = href.slice('#/'.length);
      expect(dests.get(`/${id}`), href).toBe(slides.findIndex((s) => s.id === id) + 1);
    }
  });

  it('embeds every font, and they are the deck’s own', () => {
    const rows = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(rows.map((r) => r.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansSC-Bold',
      'NotoSansSC-Regular',
      'NotoSerifSC-Bold',
      'NotoSerifSC-Regular',
    ]);
    for (const row of rows) expect(row).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });

  it('heads every page with the title and numbers it 第 N 页 / 共 M 页', () => {
    for (const p of [1, 12, slides.length]) {
      expect(textIn(file, p, { x: 0, y: 0, w: pt(HANDOUT_PAGE.width), h: TOP })).toBe(squeeze(deck.title));
      expect(textIn(file, p, { x: 0, y: FOOT, w: pt(HANDOUT_PAGE.width), h: pt(margin.bottom) })).toBe(`第${p}页/共${slides.length}页`);
    }
  });

  it('cuts no line across a page break, in the reference and in notes pages long', () => {
    // The check itself: a line from above the foot into the footer is caught.
    expect(cutLines([{ page: 1, yMin: FOOT - 10, yMax: FOOT + 8, text: '半行' }])).toHaveLength(1);
    const reference = textLines(file);
    expect(reference.lines.length).toBeGreaterThan(200);
    expect(cutLines(reference.lines)).toEqual([]);
    const long = textLines(longFile);
    expect(long.pages.length).toBeGreaterThanOrEqual(5);
    expect(cutLines(long.lines)).toEqual([]);
    // The long text runs on: its pages after the first are full to the foot, less at most a line.
    const bodyLines = long.lines.filter((l) => l.yMin >= TOP - SLACK && l.yMax <= FOOT + SLACK);
    const lastOnPage = (p: number) => Math.max(...bodyLines.filter((l) => l.page === p).map((l) => l.yMax));
    const lineHeight = pt((15 * 1.75 * 25.4) / 72);
    for (const p of [2, 3]) expect(FOOT - lastOnPage(p)).toBeLessThan(lineHeight * 2);
  });

  it('prints every paragraph of notes pages long, and starts the next slide on a page of its own', () => {
    const long = textLines(longFile);
    const text = bodyText(longFile, long.pages.length);
    for (const paragraph of LONG_NOTES) expect(text).toContain(paragraph);
    const lastPage = long.pages.length;
    expect(textIn(longFile, lastPage, { x: LEFT, y: TOP, w: WIDTH, h: pt(HANDOUT_SLIDE_HEIGHT) })).toContain('最后一页');
    expect(textIn(longFile, lastPage - 1, { x: 0, y: TOP, w: pt(HANDOUT_PAGE.width), h: FOOT - TOP })).not.toContain('最后一页');
  });

  it('is written beside the slides PDF by `lectern pdf --handout`', () => {
    const cliOut = tempDir();
    const run = spawnSync(process.execPath, [BIN, 'pdf', REFERENCE, '--handout', '--out', cliOut], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`已写出 ${join(cliOut, `${REFERENCE_NAME}-handout.pdf`)}`);
    expect(pageSize(join(cliOut, `${REFERENCE_NAME}.pdf`)).pages).toBe(slides.length);
    expect(pageSize(join(cliOut, `${REFERENCE_NAME}-handout.pdf`))).toMatchObject({ name: 'A4', pages: slides.length });
  });

  it('puts the same header and footer in with Chromium’s templates, for browsers without margin boxes', () => {
    const { pages } = pageSize(templatesFile);
    expect(pages).toBe(pageSize(longFile).pages);
    expect(textIn(templatesFile, 2, { x: 0, y: 0, w: pt(HANDOUT_PAGE.width), h: TOP })).toBe('很长的讲稿');
    expect(textIn(templatesFile, 2, { x: 0, y: FOOT, w: pt(HANDOUT_PAGE.width), h: pt(margin.bottom) })).toBe(`第2页/共${pages}页`);
    expect(cutLines(textLines(templatesFile).lines)).toEqual([]);
  });
});
