// Breaks running Chinese text into on-slide lines at clause boundaries, so a slide reads as
// short lines instead of one wall of text. Pure string work; never drops a character.

/** Sentence-final marks: a line always ends after one of these (with any closing quotes). */
const SENTENCE_END = /[。！？；!?;…]+[”’」』）)]*/g;
/** Clause marks inside a sentence: a long sentence may be broken after one of these. */
const CLAUSE_END = /[，、：,:]+[”’」』）)]*/g;

/** Split after every match of `re`, keeping the match with the text before it. */
function splitAfter(text: string, re: RegExp): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index! + m[0].length;
    parts.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts.filter((p) => p.trim() !== '');
}

/**
 * Lines of at most about `maxChars` characters, broken at sentence ends first and at commas
 * inside long sentences. A clause longer than `maxChars` stays whole (the fit step shrinks it).
 */
export function clauseLines(text: string, maxChars = 32): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    for (const sentence of splitAfter(paragraph.trim(), SENTENCE_END)) {
      if ([...sentence].length <= maxChars) {
        lines.push(sentence);
        continue;
      }
      let current = '';
      for (const clause of splitAfter(sentence, CLAUSE_END)) {
        if (current && [...current].length + [...clause].length > maxChars) {
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
  return [...text.replace(/\s+/g, '')].length;
}
