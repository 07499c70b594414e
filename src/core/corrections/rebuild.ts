// Pieces → outline: each piece opens a field or continues the one before it. The pieces cover
// the paragraphs in order, so the outline keeps every character, in order, exactly once.
import { headlineOf } from '../outline/headline.js';
import type { Outline, Paragraph, Theme } from '../types.js';
import { pieceText, type Piece } from './pieces.js';

type FieldName = 'title' | 'subtitle' | 'salutation' | 'opening' | 'lead' | 'point' | 'tail' | 'body' | 'closing';

/** Builds the outline's fields; `join` is '' inside a paragraph, '\n' between paragraphs. */
class OutlineWriter {
  readonly outline: Outline = { title: '', opening: [], themes: [], closing: [], diagnostics: [] };
  readonly meta: Paragraph[] = [];
  private readonly body: string[] = [];
  field: FieldName | null = null;

  private get theme(): Theme | undefined {
    return this.outline.themes[this.outline.themes.length - 1];
  }

  /** A new entry of a list field, or more of the current one inside the same paragraph. */
  private listAdd(list: string[], text: string, samePara: boolean, same: boolean): void {
    if (same && samePara && list.length > 0) list[list.length - 1] += text;
    else list.push(text);
  }

  add(field: FieldName, text: string, samePara: boolean): void {
    const same = this.field === field;
    const join = samePara ? '' : '\n';
    const o = this.outline;
    const theme = this.theme;
    if (field === 'title') o.title += text;
    else if (field === 'subtitle') o.subtitle = (o.subtitle ?? '') + text;
    else if (field === 'salutation') o.salutation = (o.salutation ?? '') + text;
    else if (field === 'opening') this.listAdd(o.opening, text, samePara, same);
    else if (field === 'closing') this.listAdd(o.closing, text, samePara, same);
    else if (field === 'body') this.listAdd(this.body, text, samePara, same);
    else if (field === 'lead' && theme) theme.lead = theme.lead ? theme.lead + join + text : text;
    else if (field === 'tail' && theme) theme.tail = theme.tail ? theme.tail + join + text : text;
    else if (field === 'point' && theme?.points.length) theme.points[theme.points.length - 1].text += join + text;
    this.field = field;
  }

  openTheme(theme: Theme): void {
    this.outline.themes.push(theme);
    this.field = theme.heading === null ? 'lead' : null;
  }

  openPoint(text: string, line: number, label: string | undefined): void {
    this.theme!.points.push({ text, headline: label ?? '', line });
    this.field = 'point';
  }

  hasTheme(): boolean {
    return this.theme !== undefined;
  }

  /** Edges trimmed (a piece ends where the next one's words start); no themes → body as the rules do. */
  finish(): Outline {
    const o = this.outline;
    const trim = (list: string[]) => list.map((t) => t.trim()).filter(Boolean);
    o.title = o.title.trim();
    if (o.subtitle !== undefined) o.subtitle = o.subtitle.trim() || undefined;
    if (o.salutation !== undefined) o.salutation = o.salutation.trim() || undefined;
    o.opening = trim(o.opening);
    o.closing = trim(o.closing);
    for (const t of o.themes) {
      if (t.heading !== null) t.heading = t.heading.trim();
      t.lead = t.lead.trim();
      if (t.tail !== undefined) t.tail = t.tail.trim() || undefined;
      t.points = t.points.map((p) => ({ ...p, text: p.text.trim(), headline: p.headline || headlineOf(p.text) }));
    }
    let body = trim(this.body);
    if (o.themes.length === 0 && o.opening.length > 1) {
      // Without themes the rules keep one paragraph of opening and page the rest as body.
      body = [...o.opening.slice(1), ...body];
      o.opening = o.opening.slice(0, 1);
    }
    if (body.length > 0) o.body = body;
    if (o.subtitle === undefined) delete o.subtitle;
    if (o.salutation === undefined) delete o.salutation;
    return o;
  }
}

/** What a body piece continues: the field before it (the lead, right after a heading); after
 *  the title block, a new paragraph is speech: the opening. */
function continuation(writer: OutlineWriter, samePara: boolean): FieldName {
  const field = writer.field;
  if (field === null) return writer.hasTheme() ? 'lead' : 'opening';
  if (!samePara && (field === 'title' || field === 'subtitle' || field === 'salutation')) return 'opening';
  return field;
}

/** The outline, and its editorial lines with their lines in the file (outline.meta is their text). */
export function outlineFromPieces(paragraphs: readonly Paragraph[], pieces: readonly Piece[]): Outline & { metaLines?: Paragraph[] } {
  const writer = new OutlineWriter();
  let lastPara = -1;
  pieces.forEach((piece, i) => {
    const text = pieceText(paragraphs, pieces, i);
    const line = paragraphs[piece.para].line;
    if (piece.role === 'meta') {
      writer.meta.push({ text: text.trim(), line });
      return;
    }
    const samePara = piece.para === lastPara;
    lastPara = piece.para;
    switch (piece.role) {
      case 'theme':
        writer.openTheme(
          piece.headless
            ? { heading: null, lead: text, points: [], line, ...(piece.label ? { label: piece.label } : {}) }
            : { heading: text, lead: '', points: [], line, ...(piece.label ? { label: piece.label } : {}) },
        );
        return;
      case 'point':
        if (!writer.hasTheme()) writer.openTheme({ heading: null, lead: '', points: [], line, label: piece.label ?? headlineOf(text) });
        writer.openPoint(text, line, piece.label);
        return;
      case 'body':
        writer.add(continuation(writer, samePara), text, samePara);
        return;
      default:
        writer.add(piece.role, text, samePara);
    }
  });
  const outline = writer.finish();
  if (writer.meta.length > 0) outline.meta = writer.meta.map((p) => p.text);
  return writer.meta.length > 0 ? Object.assign(outline, { metaLines: writer.meta }) : outline;
}
