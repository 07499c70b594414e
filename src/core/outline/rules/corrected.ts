// The last rule: the user's corrections over everything the rules found. The outline is seen as pieces of the paragraphs
// (corrections/pieces.ts), corrected, and rebuilt; without corrections it is left as it is.
import { applyCorrections } from '../../corrections/apply.js';
import { piecesOf } from '../../corrections/pieces.js';
import { outlineFromPieces } from '../../corrections/rebuild.js';
import type { Paragraph } from '../../types.js';
import { assignKeywords } from './agenda.js';
import type { Rule } from './state.js';

export const corrections: Rule = (s) => {
  if (s.input.corrections.length === 0 && !s.input.structure) return;
  // Every paragraph of the file in its order: editorial lines are pieces too (附注). Those of the
  // title block (date, speaker) stay in the flow as well; editorial ones elsewhere are out of it.
  const inFlow = new Set(s.flow.map((p) => p.line));
  const all: Paragraph[] = [...s.flow, ...s.meta.filter((p) => !inFlow.has(p.line))].sort((a, b) => a.line - b.line);
  const metaLines = new Set(s.meta.map((p) => p.line));
  const metaParas = new Set(all.flatMap((p, i) => (metaLines.has(p.line) ? [i] : [])));
  if (s.input.corrections.length === 0) {
    // Only the editor needs the pieces: should they not line up, the deck is still the rules'.
    try {
      s.structure = { paragraphs: all, pieces: piecesOf(s.outline, all, metaParas) };
    } catch {
      s.structure = undefined;
    }
    return;
  }
  const auto = piecesOf(s.outline, all, metaParas);
  let corrected: ReturnType<typeof applyCorrections>;
  try {
    corrected = applyCorrections(all, auto, s.input.corrections);
  } catch (error) {
    // The rules' outline stands, and the editor still shows it, so the user can undo what broke.
    s.structure = { paragraphs: all, pieces: auto };
    throw error;
  }
  const { pieces, diagnostics } = corrected;
  const rebuilt = outlineFromPieces(all, pieces);
  const items = s.agenda?.items;
  if (assignKeywords(rebuilt.themes, items) && items) rebuilt.agenda = [...items];
  // Editorial lines now come from the pieces: explainOutline reads them from `meta`.
  const { metaLines: editorial, meta: _meta, ...outline } = rebuilt;
  s.meta = editorial ?? [];
  s.outline = outline;
  s.structure = { paragraphs: all, pieces };
  // What the rules said about a structure the user has since given is no longer true.
  if (rebuilt.themes.length > 0) s.diagnostics = s.diagnostics.filter((d) => d.code !== 'no-theme-found');
  s.diagnostics.push(...diagnostics);
};
