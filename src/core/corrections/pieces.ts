// The outline seen as pieces of the speech's paragraphs: each piece starts at a paragraph or at
// a sentence inside one, has a role, and runs to the next piece. This is what the structure
// editor shows and what a correction changes; rebuild.ts turns pieces back into an outline.
// Every paragraph has a piece at its start, so each paragraph shows one role at least.
import type { Outline, Paragraph } from '../types.js';
import type { Role } from './types.js';

export interface Piece {
  role: Role;
  /** Index into the speech's paragraphs (flow and editorial lines, in the file's order). */
  para: number;
  /** Offset in that paragraph where the piece starts. */
  at: number;
  /** A theme the rules found without a heading: its text is its lead, `label` its name. */
  headless?: boolean;
  /** Theme: the name on its slide; point: its headline (set by a correction or the rules). */
  label?: string;
  /** Theme: its key character (忠 of “忠”字为先…), kept while the theme keeps its start. */
  keyword?: string;
  /** Set when a correction gave this piece its role (the editor marks it; it binds the order). */
  corrected?: boolean;
  /** Set when a correction gave this piece its label (a label moves nothing). */
  relabelled?: boolean;
}

/** The speech as the structure editor sees it. */
export interface Structure {
  paragraphs: Paragraph[];
  pieces: Piece[];
}

/** Text of pieces[i]: from its start to the next piece of its paragraph, or the paragraph's end. */
export function pieceText(paragraphs: readonly Paragraph[], pieces: readonly Piece[], i: number): string {
  const piece = pieces[i];
  const next = pieces[i + 1];
  const text = paragraphs[piece.para].text;
  return text.slice(piece.at, next && next.para === piece.para ? next.at : text.length);
}

/** Where the walk over the paragraphs stands; `para` skips editorial lines (not in the fields). */
class Cursor {
  para = 0;
  at = 0;
  constructor(
    private readonly paragraphs: readonly Paragraph[],
    private readonly skip: ReadonlySet<number>,
  ) {
    this.settle();
  }

  /** Past the end of a paragraph (and over editorial lines) to the next one's start. */
  private settle(): void {
    for (;;) {
      const p = this.paragraphs[this.para];
      if (!p) return;
      if (this.skip.has(this.para) || this.at >= p.text.length) {
        this.para++;
        this.at = 0;
        continue;
      }
      if (/\s/.test(p.text[this.at])) {
        this.at++;
        continue;
      }
      return;
    }
  }

  /**
   * Consumes `text` from here, paragraph boundaries and whitespace aside (a title the rules
   * joined from two lines spans two paragraphs). Calls `onParagraph` for each paragraph entered
   * after the first. Throws when the text is not there: the outline broke its contract.
   */
  take(text: string, onParagraph: (para: number) => void): void {
    let started = false;
    for (const ch of text) {
      if (/\s/.test(ch)) continue;
      const before = this.para;
      this.settle();
      if (started && this.para !== before) onParagraph(this.para);
      const p = this.paragraphs[this.para];
      if (!p || !p.text.startsWith(ch, this.at)) throw new Error(`outline text not found in the speech at paragraph ${this.para + 1}`);
      this.at += ch.length;
      started = true;
    }
    this.settle();
  }

  get done(): boolean {
    return this.para >= this.paragraphs.length;
  }
}

/** One field of the outline, in the order of the speech, with the role its first words get. */
interface Field {
  role: Role;
  text: string;
  extra?: Pick<Piece, 'headless' | 'label' | 'keyword'>;
}

function fieldsOf(o: Outline): Field[] {
  const fields: Field[] = [];
  const add = (role: Role, text: string | null | undefined, extra?: Field['extra']) => {
    if (text) fields.push({ role, text, extra });
  };
  add('title', o.title);
  add('subtitle', o.subtitle);
  add('salutation', o.salutation);
  o.opening.forEach((t) => add('opening', t));
  for (const theme of o.themes) {
    const keyword = theme.keyword ? { keyword: theme.keyword } : {};
    let points = theme.points;
    if (theme.heading) {
      add('theme', theme.heading, keyword);
      add('body', theme.lead);
    } else {
      // A theme without heading nor lead opens at its first point, which becomes its lead.
      const opens = theme.lead || points[0]?.text;
      if (!theme.lead) points = points.slice(1);
      add('theme', opens, { headless: true, ...keyword, ...(theme.label ? { label: theme.label } : {}) });
    }
    points.forEach((p) => add('point', p.text));
    add('tail', theme.tail);
  }
  (o.body ?? []).forEach((t) => add('body', t));
  o.closing.forEach((t) => add('closing', t));
  return fields;
}

/**
 * The pieces of an outline the rules built over `paragraphs`. `metaParas`: indexes of the
 * editorial lines (附注), which stand outside the fields wherever they are in the file.
 */
export function piecesOf(outline: Outline, paragraphs: readonly Paragraph[], metaParas: ReadonlySet<number>): Piece[] {
  const pieces: Piece[] = [];
  const cursor = new Cursor(paragraphs, metaParas);
  for (const field of fieldsOf(outline)) {
    // A title the rules joined from two lines: its second line is the title too.
    const continuation = (para: number) => pieces.push({ role: field.role === 'title' || field.role === 'subtitle' ? field.role : 'body', para, at: 0 });
    // A field of several paragraphs: the first opens it, the others continue it.
    const segments = field.text.split('\n');
    segments.forEach((segment, k) => {
      if (segment.trim() === '' || cursor.done) return;
      const role = k === 0 ? field.role : field.role === 'opening' || field.role === 'closing' ? field.role : 'body';
      pieces.push({ role, para: cursor.para, at: cursor.at, ...(k === 0 ? field.extra : {}) });
      cursor.take(segment, continuation);
    });
  }
  if (!cursor.done) throw new Error(`speech text after paragraph ${cursor.para + 1} is in no outline field`);
  for (const para of metaParas) pieces.push({ role: 'meta', para, at: 0 });
  return pieces.sort((a, b) => a.para - b.para || a.at - b.at);
}
