// The structure editor's state: the speech, the corrections with their history, and what the
// pure core makes of them. Every change recompiles in the browser with the same compileSpeech
// the CLI runs, so the preview is what `build`, `pdf` and `pptx` will produce.
import { compileSpeech, type Compiled } from '../../core/compile.js';
import type { Place } from '../../core/corrections/anchors.js';
import { pieceText, type Piece, type Structure } from '../../core/corrections/pieces.js';
import type { EditorData } from '../../core/corrections/editor-data.js';
import { ROLE_NAMES, type Correction, type Sidecar } from '../../core/corrections/types.js';

export type { EditorData };
import { sentenceStarts } from '../../core/text/segment.js';

/** A piece as the editor lists it: its role name, its number in the outline, what it belongs to. */
export interface PieceView {
  piece: Piece;
  index: number;
  text: string;
  /** 主题 2, 要点 2.1, 开头… */
  tag: string;
  /** For text that continues something: what it belongs to (主题 2 的正文). */
  owner: string;
}

export class EditorModel {
  corrections: Correction[];
  private readonly undoStack: Correction[][] = [];
  private readonly redoStack: Correction[][] = [];
  compiled!: Compiled;
  views: PieceView[] = [];

  constructor(readonly data: EditorData) {
    this.corrections = data.sidecar.corrections.map(({ line: _line, ...c }) => c);
    this.compile();
  }

  get structure(): Structure | undefined {
    return this.compiled.structure;
  }

  compile(): void {
    const sidecar: Sidecar = { settings: this.data.sidecar.settings, corrections: this.corrections };
    this.compiled = compileSpeech(this.data.text, {}, { notes: true }, this.data.format, this.data.styledHeadings, sidecar, true);
    this.views = this.structure ? viewsOf(this.structure) : [];
  }

  /** A new list of corrections, remembered for undo. Returns whether anything changed. */
  change(next: Correction[]): boolean {
    if (JSON.stringify(next) === JSON.stringify(this.corrections)) return false;
    this.undoStack.push(this.corrections);
    this.redoStack.length = 0;
    this.corrections = next;
    this.compile();
    return true;
  }

  undo(): boolean {
    return this.travel(this.undoStack, this.redoStack);
  }

  redo(): boolean {
    return this.travel(this.redoStack, this.undoStack);
  }

  /** Back or forth in the history: the list left behind goes on the other stack. */
  private travel(from: Correction[][], to: Correction[][]): boolean {
    const next = from.pop();
    if (!next) return false;
    to.push(this.corrections);
    this.corrections = next;
    this.compile();
    return true;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The piece that holds a place (the last one starting at or before it). */
  viewAt(place: Place): PieceView | undefined {
    let found: PieceView | undefined;
    for (const v of this.views) {
      if (v.piece.para > place.para || (v.piece.para === place.para && v.piece.at > place.at)) break;
      found = v;
    }
    return found;
  }

  /** Places the cursor can stand on in a paragraph: its sentences and the pieces inside it. */
  stops(para: number): number[] {
    const text = this.structure?.paragraphs[para]?.text ?? '';
    const inside = this.views.filter((v) => v.piece.para === para).map((v) => v.piece.at);
    return [...new Set([...sentenceStarts(text), ...inside])].sort((a, b) => a - b);
  }
}

function viewsOf({ paragraphs, pieces }: Structure): PieceView[] {
  // Without themes, what follows the opening is the speech's body, no part of the opening.
  const themed = pieces.some((p) => p.role === 'theme');
  let theme = 0;
  let point = 0;
  let owner = '';
  return pieces.map((piece, index) => {
    let tag: string;
    switch (piece.role) {
      case 'theme':
        theme++;
        point = 0;
        tag = `主题 ${theme}`;
        owner = tag;
        break;
      case 'point':
        point++;
        tag = `要点 ${theme}.${point}`;
        owner = tag;
        break;
      case 'body':
        tag = ROLE_NAMES.body;
        break;
      case 'tail':
        tag = ROLE_NAMES.body;
        owner = `主题 ${theme}`;
        break;
      case 'meta':
        tag = ROLE_NAMES.meta;
        break;
      default:
        tag = ROLE_NAMES[piece.role];
        owner = piece.role === 'opening' && !themed ? '' : tag;
    }
    const belongs = piece.role === 'body' || piece.role === 'tail' ? (owner ? `属于${owner}` : '') : '';
    return { piece, index, text: pieceText(paragraphs, pieces, index), tag, owner: belongs };
  });
}
