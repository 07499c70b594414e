// Splits text that would overflow a 1280×720 slide into continuation slides at build time,
// so the presentation, the PDF and the single-file copy all agree on the same pages.

import { BODY_CHARS_PER_LINE } from './layout.js';
import { charLength } from '../text/text-length.js';

const CHARS_PER_VISUAL_LINE = BODY_CHARS_PER_LINE;

/** How many visual lines one text line takes once the browser wraps it. */
function lineCost(line: string, perLine: number): number {
  return Math.max(1, Math.ceil(charLength(line) / perLine));
}

/** How many visual lines a list of text lines takes once the browser wraps them. */
export function visualLines(lines: string[], perLine = CHARS_PER_VISUAL_LINE): number {
  let sum = 0;
  for (const line of lines) sum += lineCost(line, perLine);
  return sum;
}

/**
 * Groups lines into pages of at most `budget` visual lines. A single line longer than a page
 * is cut at a character boundary: nothing is dropped, whatever the input.
 */
export function paginate(lines: string[], budget: number, perLine = CHARS_PER_VISUAL_LINE): string[][] {
  // The common case: everything fits on one page.
  if (visualLines(lines, perLine) <= budget) return [lines];
  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  const maxChars = budget * perLine;
  const place = (piece: string) => {
    const cost = lineCost(piece, perLine);
    if (page.length > 0 && used + cost > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(piece);
    used += cost;
  };
  for (const line of lines) {
    // Almost every line fits a page: place it as it is, without splitting it into characters.
    if (charLength(line) <= maxChars) {
      place(line);
      continue;
    }
    const chars = [...line];
    for (let i = 0; i < chars.length; i += maxChars) place(chars.slice(i, i + maxChars).join(''));
  }
  if (page.length > 0) pages.push(page);
  return pages.length > 0 ? pages : [[]];
}
