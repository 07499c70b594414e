// `lectern pptx` on the reference speech: the .pptx is unzipped and read as XML (slides,
// notes, titles), then LibreOffice converts it to PDF to show that an office suite opens it
// with one page per slide. LibreOffice is optional locally (skipped with the reason) and
// required in CI (LECTERN_REQUIRE_BROWSER=1, which .ci/run sets with libreoffice-impress).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSpeech } from '../../src/core/compile.js';
import type { Slide } from '../../src/core/types.js';
import { writePptx } from '../../src/node/export/pptx/pptx.js';
import { readSpeech } from '../../src/node/input/read-speech.js';
import { REFERENCE, REFERENCE_NAME, tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };
const HEADINGS = ['“忠”字为先筑根基', '“专”字为标练本领', '“实”字为要保功成', '“勤”字为径彰情怀', '“清”字为本扬正气'];

/** Text of an OOXML part: the <a:t> runs, unescaped, joined without separators. */
function xmlText(xml: string): string {
  const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return unescape(runs.join(''));
}
const squash = (s: string) => s.replace(/\s/g, '');
const numbered = (names: string[], prefix: string) =>
  names.filter((n) => new RegExp(`^${prefix}\\d+\\.xml$`).test(n)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));

/** Finds a program on PATH the way a shell would, without running it. */
function which(program: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

describe('PowerPoint export', () => {
  const out = tempDir('lectern-pptx-');
  const file = join(out, `${REFERENCE_NAME}.pptx`);
  let slides: Slide[] = [];
  let parts: string[] = [];
  const part = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 << 20 });

  beforeAll(async () => {
    const result = await writePptx(REFERENCE, { out }, silent);
    expect(result).toEqual({ written: [file], failed: 0 });
    const source = await readSpeech(REFERENCE);
    if (!source.ok) throw new Error(source.message);
    const deck = compileSpeech(source.text).deck;
    slides = deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
    parts = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
  });

  it('has one slide per HTML slide, in the same order', () => {
    expect(slides).toHaveLength(23);
    const slideParts = numbered(parts, 'ppt/slides/slide');
    expect(slideParts).toHaveLength(slides.length);
    // Every slide's heading (or first line) stands on the slide of the same position.
    slideParts.forEach((name, i) => {
      const block = slides[i].blocks.find((b) => b.type === 'heading' || b.type === 'lines');
      const text = block?.type === 'heading' ? block.text : block?.type === 'lines' ? block.lines[0] : '';
      expect(squash(xmlText(part(name))), `${name} ↔ ${slides[i].id}`).toContain(squash(text));
    });
  });

  it('puts every slide’s speaker notes on its notes page', () => {
    const notesParts = numbered(parts, 'ppt/notesSlides/notesSlide');
    expect(notesParts).toHaveLength(slides.length);
    notesParts.forEach((name) => {
      const xml = part(name);
      // A notes page points at its slide; find which, rather than trusting the file numbering.
      const rels = part(name.replace('notesSlides/', 'notesSlides/_rels/') + '.rels');
      const slideNo = Number(/slides\/slide(\d+)\.xml/.exec(rels)![1]);
      expect(squash(xmlText(xml)), name).toContain(squash(slides[slideNo - 1].notes));
    });
  });

  it('writes one set of paragraph properties per paragraph (PowerPoint 2016 repairs more)', () => {
    for (const name of numbered(parts, 'ppt/slides/slide')) {
      for (const [p] of part(name).matchAll(/<a:p>[\s\S]*?<\/a:p>/g)) expect(p.match(/<a:pPr\b/g)?.length ?? 0, name).toBeLessThanOrEqual(1);
    }
  });

  it('has every theme heading and point headline as editable text, headings as slide titles', () => {
    const all = numbered(parts, 'ppt/slides/slide').map((n) => part(n));
    const titles = all.map((xml) => {
      // The title placeholder's shape: <p:ph type="title"…/> and its text body.
      const shape = xml.split('<p:sp>').find((sp) => /<p:ph[^>]*type="title"/.test(sp)) ?? '';
      return squash(xmlText(shape));
    });
    for (const heading of HEADINGS) expect(titles).toContain(heading);
    const headlines = slides.filter((s) => s.kind === 'point' && !s.continued).map((s) => s.blocks.find((b) => b.type === 'heading'));
    expect(headlines.length).toBeGreaterThan(10);
    for (const h of headlines) expect(titles).toContain(squash(h!.type === 'heading' ? h!.text : ''));
  });
});

const soffice = which('soffice') ?? which('libreoffice');
const required = process.env.LECTERN_REQUIRE_BROWSER === '1';
if (!soffice && !required) console.warn('[skip] LibreOffice 往返测试已跳过：没有找到 soffice（Debian: apt-get install libreoffice-impress）');

(soffice || required ? describe : describe.skip)('PowerPoint export opened by LibreOffice', () => {
  const out = tempDir('lectern-pptx-lo-');
  const pdf = join(out, `${REFERENCE_NAME}.pdf`);
  const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

  beforeAll(async () => {
    if (!soffice) throw new Error('LECTERN_REQUIRE_BROWSER=1 but LibreOffice (soffice) is missing: apt-get install libreoffice-impress');
    await writePptx(REFERENCE, { out }, silent);
    // A fresh profile: no first-run dialogs, no lock shared with a running LibreOffice.
    const profile = `file://${tempDir('lectern-lo-profile-')}`;
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(out, `${REFERENCE_NAME}.pptx`)], {
      stdio: 'pipe',
      timeout: 180_000,
    });
  }, 240_000);

  it('converts to a PDF with one page per slide and the headings as text', () => {
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))![1])).toBe(23);
    const text = poppler('pdftotext', pdf, '-').replace(/\s/g, '');
    for (const heading of HEADINGS) expect(text).toContain(heading);
  });
});
