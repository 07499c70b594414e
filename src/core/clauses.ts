// Breaks running Chinese text into on-slide lines at clause boundaries, so a slide reads as
// short lines instead of one wall of text. Pure string work; never drops a character.
import { charLength } from './text-length.js';

/** Sentence-final marks: a line always ends after one of these (with any closing quotes). */
const SENTENCE_END = new Set('。！？；!?;…');
/** Clause marks inside a sentence: a long sentence may be broken after one of these. */
const CLAUSE_END = new Set('，、：,:');
/** Closing quotes and brackets stay with the mark before them. */
const CLOSERS = new Set('”’」』）)');

/**
 * Split after every run of `marks` (and the closers that follow it), keeping them with the
 * text before. A character scan: no regex match objects, which matters on 10 MB speeches.
 */
function splitAfter(text: string, marks: Set<string>, keepQuotes = false): string[] {
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  let depth = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    // A comma inside “…” does not end a line: the quoted term stays whole (and emphasised).
    if (!marks.has(ch) || (keepQuotes && depth > 0)) {
      i++;
      continue;
    }
    while (i < text.length && marks.has(text[i])) i++;
    while (i < text.length && CLOSERS.has(text[i])) i++;
    if (text.slice(start, i).trim() !== '') parts.push(text.slice(start, i));
    start = i;
  }
  if (start < text.length && text.slice(start).trim() !== '') parts.push(text.slice(start));
  return parts;
}

/**
 * Lines of at most about `maxChars` characters, broken at sentence ends first and at commas
 * inside long sentences. A clause longer than `maxChars` stays whole (the fit step shrinks it).
 */
export function clauseLines(text: string, maxChars = 32): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    for (const sentence of splitAfter(paragraph.trim(), SENTENCE_END)) {
      if (charLength(sentence) <= maxChars) {
        lines.push(sentence);
        continue;
      }
      let current = '';
      for (const clause of splitAfter(sentence, CLAUSE_END, true)) {
        if (current && charLength(current) + charLength(clause) > maxChars) {
          lines.push(current);
          current = '';
        }
        current += clause;
      }
      if (current) lines.push(current);
    }
  }
  return lines;
}

/** Trailing punctuation a heading carries in the text (`“忠”字为先筑根基。`) but not on a slide. */
export function trimHeading(heading: string): string {
  return heading.trim().replace(/[。，、；：:;,.！!？?\s]+$/u, '');
}

/** Characters that are read aloud (whitespace does not take time). */
export function spokenLength(text: string): number {
  return charLength(text.replace(/\s+/g, ''));
}
