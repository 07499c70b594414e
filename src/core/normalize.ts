// Runs once, first: later stages trust that lines are trimmed, non-empty and free of debris.
import { FULLWIDTH_LEADING_DIGITS, ODD_SPACE, SITE_DEBRIS, ZERO_WIDTH } from './markers.js';
import type { Diagnostic, NormalizedText } from './types.js';

/** The normalized text plus, for each of its lines, the line it came from in the raw input. */
export interface NormalizedSource extends NormalizedText {
  /** sourceLines[i] is the 1-based raw line of normalized line i + 1. */
  sourceLines: number[];
}

function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function normalize(raw: string): NormalizedSource {
  const diagnostics: Diagnostic[] = [];
  const lines: string[] = [];
  const sourceLines: number[] = [];
  const rawLines = String(raw ?? '').split(/\r\n|\r|\n/);
  rawLines.forEach((rawLine, i) => {
    const lineNo = i + 1;
    let line = rawLine.replace(ZERO_WIDTH, '').replace(ODD_SPACE, ' ').replace(/\t/g, ' ');
    // Debris can stand anywhere, even glued to a heading: remove the marker, keep the words.
    line = line.replace(SITE_DEBRIS, (marker) => {
      diagnostics.push({ line: lineNo, severity: 'info', message: `第 ${lineNo} 行：删除了网页残留标记“${marker}”。` });
      return '';
    });
    line = line.trim().replace(FULLWIDTH_LEADING_DIGITS, asciiDigits);
    if (line === '') return;
    lines.push(line);
    sourceLines.push(lineNo);
  });
  return { text: lines.join('\n'), diagnostics, sourceLines };
}
