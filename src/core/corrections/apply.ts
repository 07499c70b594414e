// The user's corrections over the pieces the rules found. A correction wins over the rules; one
// whose words the speech no longer has, or that contradicts an earlier one, is dropped with a
// diagnostic naming it, and the others still apply.
import { shortHeading } from '../outline/rules/theme-kinds.js';
import type { Diagnostic, Paragraph } from '../types.js';
import { findAnchor } from './anchors.js';
import { pieceText, type Piece } from './pieces.js';
import { ROLE_NAMES, type Correction, type Role } from './types.js';

/** Order of the parts of a speech, as the outline holds them: the title block (title, subtitle,
 *  salutation), opening, themes, closing. Editorial lines (-1) stand outside it; body (-1)
 *  continues whatever it follows. */
const PHASE: Readonly<Record<Role, number>> = {
  title: 0, subtitle: 1, salutation: 2, opening: 3, theme: 4, point: 4, tail: 4, closing: 5, body: -1, meta: -1,
};
/** The first phase of the speech proper: the title block's roles are refused after it. */
const SPEECH = PHASE.opening;

/** The role a piece takes when a correction before it moves it into a later phase: it continues
 *  that part; a line of the title block out of its place (a title after the user's subtitle)
 *  becomes an editorial line (附注). Speech is never made 附注: the title block's roles are
 *  refused once speech has begun. */
const CONTINUES_UP: readonly Role[] = ['meta', 'meta', 'meta', 'opening', 'body', 'closing'];
/** …and when a correction after it pulls it into an earlier one. */
const CONTINUES_DOWN: readonly Role[] = ['meta', 'meta', 'meta', 'opening', 'body', 'closing'];

export interface CorrectionResult {
  pieces: Piece[];
  diagnostics: Diagnostic[];
}

function note(correction: Correction, code: string, message: string): Diagnostic {
  return { line: correction.line ?? 1, code, message, severity: 'warning', source: 'sidecar' };
}

function clip(text: string): string {
  return text.length > 16 ? `${text.slice(0, 16)}…` : text;
}

/** Where a piece starting at (para, at) is, or would go. */
function insertionIndex(pieces: readonly Piece[], para: number, at: number): number {
  const i = pieces.findIndex((p) => p.para > para || (p.para === para && p.at >= at));
  return i < 0 ? pieces.length : i;
}

/** The index of the piece starting at (para, at), inserting one there if none does. */
function pieceAt(pieces: Piece[], para: number, at: number): number {
  const i = insertionIndex(pieces, para, at);
  if (pieces[i]?.para === para && pieces[i].at === at) return i;
  pieces.splice(i, 0, { role: 'body', para, at });
  return i;
}

/** A paragraph made a theme: its first words (as the rules would cut them) are the heading. */
function splitHeading(paragraphs: readonly Paragraph[], pieces: Piece[], i: number): void {
  const piece = pieces[i];
  const text = pieceText(paragraphs, pieces, i);
  let cut = shortHeading(text);
  while (cut < text.length && /\s/.test(text[cut])) cut++;
  if (cut < text.length) pieceAt(pieces, piece.para, piece.at + cut);
}

/** Phase of each piece, a body piece taking the phase of what it continues. */
function phases(pieces: readonly Piece[]): number[] {
  let last = 0;
  let lastPara = -1;
  return pieces.map((p) => {
    const own = PHASE[p.role];
    if (p.role === 'meta') return -1;
    // A paragraph that continues the title block is speech: rebuild.ts opens the opening with it.
    if (own >= 0) last = own;
    else if (last < SPEECH && p.para !== lastPara) last = SPEECH;
    lastPara = p.para;
    return last;
  });
}

/**
 * The parts stay in order: a piece the rules placed before a corrected one but in a later part
 * joins the corrected part (a 结尾 the user moved down), and so does one after it in an earlier
 * part (the opening ends at a paragraph the user made a theme).
 */
function keepOrder(pieces: Piece[]): void {
  const phase = phases(pieces);
  // Which pieces bind the order is decided before any moves: a moved piece binds nothing.
  const fixed = pieces.map((p) => !!p.corrected && PHASE[p.role] >= 0);
  let floor = 0;
  pieces.forEach((p, i) => {
    if (phase[i] < 0) return;
    if (fixed[i]) floor = Math.max(floor, phase[i]);
    else if (phase[i] < floor) p.role = CONTINUES_UP[floor];
  });
  let ceiling = PHASE.closing;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if (phase[i] < 0) continue;
    if (fixed[i]) ceiling = Math.min(ceiling, phase[i]);
    else if (phase[i] > ceiling) p.role = CONTINUES_DOWN[ceiling];
  }
}

/** Whether speech (opening, themes, closing) comes before the piece at index i. */
function speechBefore(pieces: readonly Piece[], i: number): boolean {
  const phase = phases(pieces);
  for (let k = 0; k < i; k++) if (phase[k] >= SPEECH) return true;
  return false;
}

/** Whether the piece at i follows only the title block (or nothing): 正文 there opens the speech. */
function startsSpeech(pieces: readonly Piece[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const role = pieces[k].role;
    if (role !== 'meta') return PHASE[role] >= 0 && PHASE[role] < SPEECH;
  }
  return true;
}

/** A speech has one title, one subtitle, one salutation: the one the user chose is it, and
 *  what the rules had taken for it becomes an editorial line (附注). */
function singleFields(pieces: Piece[]): void {
  for (const role of ['title', 'subtitle', 'salutation'] as const) {
    if (!pieces.some((p) => p.role === role && p.corrected)) continue;
    for (const p of pieces) if (p.role === role && !p.corrected) p.role = 'meta';
  }
}

/** Two corrections of one place (a sidecar edited by hand) are one: the later role and label win. */
function oneAtEachPlace<T extends { c: Correction; place: { para: number; at: number } | null }>(placed: T[]): T[] {
  const out: T[] = [];
  for (const x of placed) {
    const last = out[out.length - 1];
    if (last && last.place!.para === x.place!.para && last.place!.at === x.place!.at) {
      out[out.length - 1] = { ...x, c: { ...last.c, ...x.c, role: x.c.role ?? last.c.role, label: x.c.label ?? last.c.label } };
    } else out.push(x);
  }
  return out;
}

export function applyCorrections(paragraphs: readonly Paragraph[], auto: readonly Piece[], corrections: readonly Correction[]): CorrectionResult {
  const pieces = auto.map((p) => ({ ...p }));
  const diagnostics: Diagnostic[] = [];
  let floor = 0;
  const placed = corrections
    .map((c) => ({ c, place: findAnchor(paragraphs, c.text, c.nth) }))
    .filter(({ c, place }) => {
      if (!place) diagnostics.push(note(c, 'correction-anchor-missing', `结构调整“${clip(c.text)}”在讲话稿里找不到了（讲话稿可能改过）：这一条已忽略，其余调整照常生效。可在“调整结构”页面重新调整。`));
      return place !== null;
    })
    .sort((a, b) => a.place!.para - b.place!.para || a.place!.at - b.place!.at);
  for (const { c, place } of oneAtEachPlace(placed)) {
    const { para, at } = place!;
    const role = c.role;
    if (role && PHASE[role] >= 0) {
      if (PHASE[role] < floor) {
        diagnostics.push(note(c, 'correction-out-of-order', `结构调整“${clip(c.text)}”要设为“${ROLE_NAMES[role]}”，但它在前面已调整的部分之后（讲话稿的顺序是标题、开头、主题、结尾）：这一条已忽略。`));
        continue;
      }
    }
    const titleBlock = role === 'title' || role === 'subtitle' || role === 'salutation' || role === 'meta';
    if (titleBlock && at > 0) {
      diagnostics.push(note(c, 'correction-not-paragraph', `“${clip(c.text)}”在一段的中间：“${ROLE_NAMES[role]}”只能给整段，这一条已忽略。`));
      continue;
    }
    if (role && PHASE[role] >= 0 && PHASE[role] < SPEECH && speechBefore(pieces, insertionIndex(pieces, para, at))) {
      diagnostics.push(note(c, 'correction-title-late', `“${clip(c.text)}”前面已是讲话正文，不能设为“${ROLE_NAMES[role]}”（标题、副标题、称谓只在正文之前）：这一条已忽略。如果前面几段不是正文，可先把它们设为“附注”。`));
      continue;
    }
    if (role && PHASE[role] >= 0) floor = PHASE[role];
    const i = pieceAt(pieces, para, at);
    const piece = pieces[i];
    if (role && role !== piece.role) {
      const wasTheme = piece.role === 'theme';
      piece.role = role;
      piece.headless = undefined;
      if (role === 'theme' && !wasTheme) splitHeading(paragraphs, pieces, i);
    }
    if (role) piece.corrected = true;
    // 正文 given to a line of the title block (or before it) makes it speech: the opening,
    // unless a part of the speech corrected before it (a 结尾 above it) is what it continues.
    if (role === 'body' && floor <= SPEECH && startsSpeech(pieces, i)) {
      piece.role = 'opening';
      floor = SPEECH;
    }
    if (c.label) {
      if (piece.role === 'theme' || piece.role === 'point') {
        piece.label = c.label;
        piece.relabelled = true;
      } else diagnostics.push(note(c, 'correction-label-misplaced', `“${clip(c.text)}”不是主题或要点的开头，短标题只能给主题或要点：这一条的短标题已忽略。`));
    }
  }
  keepOrder(pieces);
  singleFields(pieces);
  // A point before any theme has nothing to belong to: it opens a theme of its own.
  const firstTheme = pieces.findIndex((p) => p.role === 'theme');
  pieces.forEach((p, i) => {
    if (p.role === 'point' && (firstTheme < 0 || i < firstTheme)) {
      p.role = 'theme';
      splitHeading(paragraphs, pieces, i);
    }
  });
  // A body piece inside a paragraph only continues what it follows, and is no piece at all,
  // except the lead after a heading (the heading is the theme's piece, its lead the next one).
  const kept = pieces.filter((p, i) => {
    const before = pieces[i - 1];
    return p.at === 0 || p.role !== 'body' || before?.para !== p.para || (before.role === 'theme' && !before.headless);
  });
  return { pieces: kept, diagnostics };
}
