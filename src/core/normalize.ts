// Runs once, first: later stages trust that lines are trimmed, non-empty and free of debris.
// Characters the speaker wrote are kept as typed (full-width digits included: the rules read both
// widths), so the outline stays verbatim and matches what a reader copies from the file.
import { ODD_SPACE, SITE_DEBRIS, ZERO_WIDTH } from './markers.js';
import type { Diagnostic, NormalizedText } from './types.js';

/** The normalized text plus, for each of its lines, the line it came from in the raw input. */
export interface NormalizedSource extends NormalizedText {
  /** sourceLines[i] is the 1-based raw line of normalized line i + 1. */
  sourceLines: number[];
}

/** The raw text's lines (CRLF, CR and LF all end a line). */
export function rawLines(raw: string): string[] {
  return String(raw ?? '').split(/\r\n|\r|\n/);
}

/** One line cleaned the way normalize() cleans every line ('' when nothing is left). */
export function normalizeLine(rawLine: string, lineNo: number, diagnostics: Diagnostic[]): string {
  let line = rawLine.replace(ZERO_WIDTH, '').replace(ODD_SPACE, ' ').replace(/\t/g, ' ');
  // Debris can stand anywhere, even glued to a heading: remove the marker, keep the words.
  line = line.replace(SITE_DEBRIS, (marker) => {
    diagnostics.push({ line: lineNo, severity: 'info', message: `删除了网页残留标记“${marker}”。` });
    return '';
  });
  return line.trim();
}

export function normalize(raw: string): NormalizedSource {
  const diagnostics: Diagnostic[] = [];
  const lines: string[] = [];
  const sourceLines: number[] = [];
  rawLines(raw).forEach((rawLine, i) => {
    const lineNo = i + 1;
    const line = normalizeLine(rawLine, lineNo, diagnostics);
    if (line === '') return;
    lines.push(line);
    sourceLines.push(lineNo);
  });
  return { text: lines.join('\n'), diagnostics, sourceLines };
}
