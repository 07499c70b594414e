// `lectern pptx`: each speech → <out>/<name>.pptx, an editable PowerPoint of the same planned
// deck the HTML shows (same slides, continuation splits and order), written with pptxgenjs.
// The layout of each slide is in pptx-slides.ts; theme colours and fonts in pptx-style.ts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deck, Slide } from '../../../core/types.js';
import { deckFailureMessage } from '../../errors.js';
import { loadDecks } from '../../input/load-deck.js';
import { prepareOutDir } from '../../build/output-dir.js';
import { PptxGenJS } from './pptx-lib.js';
import { Masters } from './pptx-masters.js';
import { repairPptx } from './pptx-repair.js';
import { addDeckSlide } from './pptx-slides.js';
import { paletteFor } from './pptx-style.js';
import type { Reporter } from '../../cli/reporter.js';

export interface PptxOptions {
  out: string;
}

export async function writePptx(target: string, options: PptxOptions, report: Reporter): Promise<{ written: string[]; failed: number }> {
  await prepareOutDir(options.out);
  const { decks, failed: unreadable } = await loadDecks(target, report);
  const written: string[] = [];
  let failed = unreadable;
  for (const deck of decks) {
    report.step(`正在生成「${deck.name}」的 PowerPoint…`);
    try {
      const data = await deckToPptx(deck.compiled.deck);
      const file = join(options.out, `${deck.name}.pptx`);
      await writeFile(file, data);
      written.push(file);
      report.done(`已写出 ${file}`);
    } catch (error) {
      // One speech that fails (a full disk, a locked file) must not stop the others.
      report.error(deckFailureMessage(deck.path, ' PowerPoint', error));
      failed++;
    }
  }
  return { written, failed };
}

/** The .pptx of a planned deck, as bytes. */
export async function deckToPptx(deck: Deck): Promise<Buffer> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE'; // 13.333 × 7.5 in: the 1280 × 720 px HTML slide at 96 px to the inch.
  pres.title = deck.title;
  if (deck.options.speaker) pres.author = deck.options.speaker;
  if (deck.options.unit) pres.company = deck.options.unit;
  const palette = paletteFor(deck.options.theme);
  const ctx = { pres, palette, masters: new Masters(pres, palette, { unit: deck.options.unit, date: deck.options.date }) };
  for (const { section, slides } of sections(deck)) {
    pres.addSection({ title: section });
    slides.forEach((slide) => addDeckSlide(ctx, slide, section));
  }
  return repairPptx((await pres.write({ outputType: 'nodebuffer' })) as Buffer);
}

/**
 * The deck's entries in order, grouped into PowerPoint sections so the slide sorter and the
 * navigation pane show the speech's structure: the opening part, one section per theme (its
 * vertical stack in the HTML, flattened into consecutive slides), the closing.
 */
export function sections(deck: Deck): { section: string; slides: Slide[] }[] {
  const groups: { section: string; slides: Slide[] }[] = [];
  const taken = new Set<string>();
  const open = (name: string) => {
    let section = name;
    for (let n = 2; taken.has(section); n++) section = `${name}（${n}）`;
    taken.add(section);
    groups.push({ section, slides: [] });
  };
  let current = '';
  for (const entry of deck.entries) {
    if (entry.type === 'stack') {
      const heading = entry.slides[0]?.blocks.find((b) => b.type === 'heading');
      open(heading && heading.type === 'heading' ? heading.text : '部分');
      current = '';
      groups[groups.length - 1].slides.push(...entry.slides);
      continue;
    }
    const name = entry.slide.kind === 'closing' ? '结语' : entry.slide.kind === 'body' ? '正文' : '开篇';
    if (name !== current) {
      open(name);
      current = name;
    }
    groups[groups.length - 1].slides.push(entry.slide);
  }
  return groups;
}
