// Breaks running Chinese text into on-slide lines at clause boundaries, so a slide reads as
// short lines instead of one wall of text. Pure string work; never drops a character.
import { TRAILING_PUNCT } from './markers.js';
import { charLength } from './text-length.js';

/** Character classes, looked up by UTF-16 unit: a table beats a Set on 10 MB speeches. */
const SENTENCE = 1;
const CLAUSE = 2;
const CLOSER = 4;
const CLASS = new Uint8Array(0x10000);
/** Sentence-final marks: a line always ends after one of these (with any closing quotes). */
for (const c of '。！？；!?;…') CLASS[c.charCodeAt(0)] = SENTENCE;
/** Clause marks inside a sentence: a long sentence may be broken after one of these. */
for (const c of '，、：,:') CLASS[c.charCodeAt(0)] = CLAUSE;
/** Closing quotes and brackets stay with the mark before them. */
for (const c of '”’」』）)') CLASS[c.charCodeAt(0)] = CLOSER;
const OPEN_QUOTE = '“'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);

/**
 * Split after every run of marks of class `mark` (and the closers that follow it), keeping them
 * with the text before. A character scan: no regex match objects, no one-character strings.
 */
function splitAfter(text: string, mark: number, keepQuotes = false): string[] {
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  let depth = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === OPEN_QUOTE) depth++;
    else if (code === CLOSE_QUOTE && depth > 0) depth--;
    // A comma inside “…” does not end a line: the quoted term stays whole (and emphasised).
    if (CLASS[code] !== mark || (keepQuotes && depth > 0)) {
      i++;
      continue;
    }
    while (i < text.length && CLASS[text.charCodeAt(i)] === mark) i++;
    while (i < text.length && CLASS[text.charCodeAt(i)] === CLOSER) i++;
    const part = text.slice(start, i);
    if (part.trim() !== '') parts.push(part);
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
  for (const paragraph of unwrap(text.split('\n'))) {
    for (const sentence of splitAfter(paragraph.trim(), SENTENCE)) {
      if (charLength(sentence) <= maxChars) {
        lines.push(sentence);
        continue;
      }
      let current = '';
      let length = 0;
      for (const clause of splitAfter(sentence, CLAUSE, true)) {
        const clauseLength = charLength(clause);
        if (current && length + clauseLength > maxChars) {
          lines.push(current);
          current = '';
          length = 0;
        }
        current += clause;
        length += clauseLength;
      }
      if (current) lines.push(current);
    }
  }
  return lines;
}

/** A line this long that stops mid-sentence was wrapped by the source (a PDF or e-mail copy). */
const WRAPPED_LINE_CHARS = 20;
/** Marks a line may end a sentence with, looked up for its last non-space character only: a
 *  pattern anchored at the end would be tried along the whole of a long line. */
const ENDS_SENTENCE = new Uint8Array(0x10000);
for (const c of '。！？；：!?;:…”’」』）)') ENDS_SENTENCE[c.charCodeAt(0)] = 1;

function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && IS_SPACE[line.charCodeAt(i)]) i--;
  return i >= 0 && ENDS_SENTENCE[line.charCodeAt(i)] === 1;
}

/**
 * Joins lines that a copied PDF broke mid-sentence, so a slide never starts a line with half
 * a word. Short lines (own-line headings) and lines ending a sentence stay as they are. The
 * pieces of a joined line are collected and joined once: a line grown by concatenation and
 * measured again at every step made a theme of a few thousand long lines take a minute.
 */
function unwrap(paragraphs: string[]): string[] {
  if (paragraphs.length === 1) return paragraphs;
  const joined: string[] = [];
  let pieces: string[] = [];
  // Whether the line being built is long enough and stops mid-sentence: it takes the next one.
  let open = false;
  for (const line of paragraphs) {
    if (!open) {
      if (pieces.length > 0) joined.push(pieces.join(''));
      pieces = [line];
      open = charLength(line.trim()) >= WRAPPED_LINE_CHARS && !endsSentence(line);
      continue;
    }
    pieces[pieces.length - 1] = pieces[pieces.length - 1].trimEnd();
    const next = line.trim();
    if (next === '') continue;
    pieces.push(next);
    open = !endsSentence(next);
  }
  if (pieces.length > 0) joined.push(pieces.join(''));
  return joined;
}

/** Trailing punctuation a heading carries in the text (`“忠”字为先筑根基。`) but not on a slide. */
export function trimHeading(heading: string): string {
  return heading.trim().replace(TRAILING_PUNCT, '');
}

/** Characters that are read aloud (whitespace does not take time). */
export function spokenLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Low surrogates complete a character counted at its high half.
    if (!IS_SPACE[code] && (code < 0xdc00 || code > 0xdfff)) length++;
  }
  return length;
}

/** What `\s` matches (ECMAScript's WhiteSpace and LineTerminator), per UTF-16 unit. */
const IS_SPACE = new Uint8Array(0x10000);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) IS_SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) IS_SPACE[c] = 1;
