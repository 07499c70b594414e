// Paragraphs and sentences. Offsets let rules cut verbatim slices, so nothing is ever retyped.
import { CLAUSE_BOUNDARY, SENTENCE_BOUNDARY, SENTENCE_STOP } from './markers.js';
import type { Paragraph } from '../types.js';

/** One paragraph per line of the normalized text (normalize already dropped empty lines). */
export function paragraphs(text: string): Paragraph[] {
  if (text === '') return [];
  return text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
}

/** The first sentence of a paragraph, not counting `；` as an end (headings may contain one). */
export function firstSentence(text: string): string {
  const m = SENTENCE_STOP.exec(text);
  return m ? text.slice(0, m.index + m[0].length) : text;
}

/** Offsets where a new sentence starts: 0, after 。！？；：, after a line break. Spaces pasted after
 *  the punctuation (…做事。 要保持…) belong to the boundary: the sentence starts at its first word. */
export function sentenceStarts(text: string): number[] {
  return boundaryStarts(text, SENTENCE_BOUNDARY);
}

/** Offsets where a new clause starts: sentence starts plus after ，、. */
export function clauseStarts(text: string): number[] {
  return boundaryStarts(text, CLAUSE_BOUNDARY);
}

function boundaryStarts(text: string, boundary: RegExp): number[] {
  const starts = text.length > 0 ? [0] : [];
  for (const m of text.matchAll(boundary)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at < text.length && at !== starts[starts.length - 1]) starts.push(at);
  }
  return starts;
}
