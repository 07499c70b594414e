// Runs once, first: later stages trust that lines are trimmed, non-empty and free of debris.
// Characters the speaker wrote are kept as typed (full-width digits included: the rules read both
// widths), so the outline stays verbatim and matches what a reader copies from the file.
import { CR_LINE_END, LINE_BREAK, ODD_SPACE, SITE_DEBRIS, ZERO_WIDTH } from './markers.js';
import type { Diagnostic, NormalizedText } from '../types.js';

/** Removed markers are named one by one up to this many, the rest in one line: a pasted page can
 *  hold thousands, and a message per marker would bury every other one. */
const MAX_NAMED_MARKERS = 20;

/** The normalized text plus, for each of its lines, the line it came from in the raw input. */
export interface NormalizedSource extends NormalizedText {
  /** sourceLines[i] is the 1-based raw line of normalized line i + 1. */
  sourceLines: number[];
}

/** The raw text's lines (CRLF, CR and LF all end a line). */
export function rawLines(raw: string): string[] {
  return String(raw ?? '').split(LINE_BREAK);
}

/**
 * The raw text's lines, each cleaned and trimmed ('' when nothing is left); `firstLine` is the
 * file line of the first one, for diagnostics. Each pass runs over the whole text at once:
 * a regex call per line cost seconds on a file of millions of short lines.
 */
export function cleanLines(raw: string, diagnostics: Diagnostic[], firstLine = 1): string[] {
  // One kind of line end first, so that a removal cannot make two line ends one (\r\u200B\n).
  const text = String(raw ?? '').replace(CR_LINE_END, '\n').replace(ZERO_WIDTH, '').replace(ODD_SPACE, ' ');
  const lines = removeDebris(text, diagnostics, firstLine).split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i].trim();
  return lines;
}

/** Debris can stand anywhere, even glued to a heading: remove the marker, keep the words. */
function removeDebris(text: string, diagnostics: Diagnostic[], firstLine: number): string {
  let line = firstLine;
  // The first line end not yet counted (-1: none left), so the text is scanned once in all.
  let nextBreak = text.indexOf('\n');
  let named = 0;
  let unnamed = 0;
  let unnamedLine = 0;
  const cleaned = text.replace(SITE_DEBRIS, (marker: string, offset: number) => {
    for (; nextBreak >= 0 && nextBreak < offset; nextBreak = text.indexOf('\n', nextBreak + 1)) line++;
    if (named < MAX_NAMED_MARKERS) {
      named++;
      diagnostics.push({ line, code: 'web-debris-removed', severity: 'info', message: `删除了网页残留标记“${marker}”。` });
    } else if (unnamed++ === 0) {
      unnamedLine = line;
    }
    return '';
  });
  if (unnamed > 0) diagnostics.push({ line: unnamedLine, code: 'web-debris-more-removed', severity: 'info', message: `另有 ${unnamed} 处网页残留标记（如“##paidbegin##”）也已删除。` });
  return cleaned;
}

export function normalize(raw: string): NormalizedSource {
  const diagnostics: Diagnostic[] = [];
  const sourceLines: number[] = [];
  // Non-empty lines moved up in place: a second array of millions of lines is memory for nothing.
  const lines = cleanLines(raw, diagnostics);
  let kept = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') continue;
    lines[kept++] = lines[i];
    sourceLines.push(i + 1);
  }
  lines.length = kept;
  return { text: lines.join('\n'), diagnostics, sourceLines };
}
