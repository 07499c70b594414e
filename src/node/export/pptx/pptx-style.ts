// The PowerPoint copy of the deck's look: theme colours, fonts, sizes and text runs.
// Sizes are in CSS pixels of the 1280×720 reveal.js slide (base.css), so a number here can be
// checked against the stylesheet; `inch` and `pt` convert at the edge (96 px to the inch,
// 0.75 pt to the pixel), which makes the 13.333×7.5 in slide exactly the HTML slide.
import { paletteFor as corePalette, type Palette as CorePalette } from '../../../core/render/palette.js';
import { QUOTED_TERM } from '../../../core/text/markers.js';
import type { TextOptions, TextRun } from './pptx-lib.js';

export const inch = (px: number): number => Math.round((px / 96) * 1000) / 1000;
export const pt = (px: number): number => Math.round(px * 0.75 * 100) / 100;

/** The theme's colours (core/render/palette.ts) as OOXML writes them: `RRGGBB`, no '#'. */
export type Palette = { [K in Exclude<keyof CorePalette, 'bar'>]: string } & { bar: [number, string][] };

const ooxml = (css: string): string => css.slice(1).toUpperCase();

/** Unknown theme names get the 党政 colours, as the HTML does (dangzheng is the default). */
export function paletteFor(theme: string): Palette {
  const { bar, ...colours } = corePalette(theme);
  const converted = Object.fromEntries(Object.entries(colours).map(([k, v]) => [k, ooxml(v)])) as Omit<Palette, 'bar'>;
  return { ...converted, bar: bar.map(([at, colour]) => [at, ooxml(colour)]) };
}

/**
 * The deck's CSS names 'Noto Serif SC'/'Noto Sans SC' (思源) first and 宋体/微软雅黑 after, and
 * ships the first as web fonts. A .pptx cannot ship them (pptxgenjs does not embed fonts) and
 * names one typeface per run, written to both the Latin and the East Asian slot; PowerPoint and
 * WPS then substitute a missing font with whatever the machine picks, with no fallback list.
 * The file is for office machines that have only the Windows fonts, so the runs name those:
 * every Windows (and Office for Mac) has 宋体 and 微软雅黑, and the shapes match the HTML's
 * serif headings and sans body.
 */
export const FONTS = {
  serif: '宋体',
  sans: '微软雅黑',
} as const;

/** Language of every run: proofing, and Chinese line-breaking rules in PowerPoint and WPS. */
export const LANG = 'zh-CN';


type Run = TextRun;
type RunOptions = TextOptions;

/** One paragraph of speech text as runs, its quoted terms bold in the accent colour. */
export function speechRuns(text: string, base: RunOptions, palette: Palette): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(QUOTED_TERM)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), options: { ...base } });
    runs.push({ text: match[0], options: { ...base, bold: true, color: palette.accent } });
    at = match.index + match[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), options: { ...base } });
  return runs;
}

/** Several paragraphs in one text box: the last run of each but the last ends the paragraph. */
export function paragraphs(lines: string[], base: RunOptions, palette: Palette): Run[] {
  return lines.flatMap((line, i) => {
    const runs = speechRuns(line, base, palette);
    if (i < lines.length - 1) runs[runs.length - 1].options = { ...runs[runs.length - 1].options, breakLine: true };
    return runs;
  });
}

/**
 * Lines `text` takes at `size` px in a box `width` px wide: Chinese characters and full-width
 * punctuation are 1 em, Latin letters and digits about half. An estimate for stacking boxes
 * the way the browser stacks blocks; the text boxes shrink on overflow if it is short.
 */
export function lineCount(text: string, size: number, width: number, spacingEm = 0): number {
  let lines = 1;
  let used = 0;
  for (const ch of text) {
    const w = size * (emOf(ch.codePointAt(0)!) + spacingEm);
    if (used + w > width + 0.5 && used > 0) {
      lines++;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** Curly quotes are full width in Chinese fonts, as are CJK characters and punctuation. */
function emOf(code: number): number {
  return code >= 0x2e80 || (code >= 0x2018 && code <= 0x201f) || code === 0x2026 ? 1 : 0.55;
}

/** Linear interpolation between two hex colours, for the title bar's gradient strips. */
export function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return [0, 1, 2]
    .map((i) => Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
