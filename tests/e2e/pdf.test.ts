// `lectern pdf` on the reference speech, checked with poppler's pdfinfo/pdftotext/pdffonts.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { exportPdfs } from '../../src/node/export/pdf/export-pdf.js';
import { describeBrowser } from '../helpers/browser.js';
import { REFERENCE, REFERENCE_NAME, tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))![1]);
/** pdftotext breaks lines; compare without whitespace. */
const textOf = (file: string) => poppler('pdftotext', file, '-').replace(/\s/g, '');

/** The reference deck: title, opening, agenda, 5 stacks of 4+3+4+4+4, closing. */
const SLIDES = 23;

describeBrowser('PDF export', () => {
  const out = tempDir();
  let written: string[] = [];

  beforeAll(async () => {
    ({ written } = await exportPdfs(REFERENCE, { out, notes: true }, silent));
  });

  it('writes the deck and the notes PDF', () => {
    expect(written).toEqual([join(out, `${REFERENCE_NAME}.pdf`), join(out, `${REFERENCE_NAME}-notes.pdf`)]);
  });

  it('prints one page per slide with every theme heading as real text', () => {
    const file = join(out, `${REFERENCE_NAME}.pdf`);
    expect(pageCount(file)).toBe(SLIDES);
    const text = textOf(file);
    for (const heading of ['“忠”字为先筑根基', '“专”字为标练本领', '“实”字为要保功成', '“勤”字为径彰情怀', '“清”字为本扬正气']) {
      expect(text).toContain(heading);
    }
  });

  it('embeds every font', () => {
    const rows = poppler('pdffonts', join(out, `${REFERENCE_NAME}.pdf`)).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; "emb" is the third from the right of "yes/no" triples.
    for (const row of rows) expect(row).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });

  it('puts each slide’s notes on the page after it in the notes PDF', () => {
    const file = join(out, `${REFERENCE_NAME}-notes.pdf`);
    expect(pageCount(file)).toBe(SLIDES * 2);
    expect(textOf(file)).toContain('讲稿备注');
    // The point's words stand once on its slide and once more on its notes page.
    const phrase = '要勤问民需，夯实调查研究基本功';
    expect(textOf(file).split(phrase).length - 1).toBe(2);
    expect(textOf(join(out, `${REFERENCE_NAME}.pdf`)).split(phrase).length - 1).toBe(1);
  });
});
