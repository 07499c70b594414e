// The two blocks that are more than a text box: the numbered list of points (base.css
// `ol.points`: a number in a filled circle before each item) and the agenda's keyword tiles
// (`ol.tiles`: rounded cards with a large keyword over its theme's name).
import { TYPE } from '../../../core/plan/layout.js';
import type { PptxSlide } from './pptx-lib.js';
import { inches, TEXT_BOX, W, X0, type DeckContext } from './pptx-masters.js';
import { FONTS, inch, LANG, lineCount, paragraphs, pt, speechRuns } from './pptx-style.js';

/** `li`: 30 px text, line height 1.5, 3 px margins; the list is indented 1.6 em. */
const ITEM = { size: TYPE.item.size, line: TYPE.item.size * TYPE.item.lineHeight, margin: TYPE.item.margin, indent: TYPE.item.indent };

/** Adds the list at `top`; returns where it ends. */
export function addList(ctx: DeckContext, s: PptxSlide, items: string[], top: number): number {
  const { palette, pres } = ctx;
  const width = W - ITEM.indent;
  let y = top + ITEM.margin;
  items.forEach((text, i) => {
    // `li::before`: a circle 1.15 em of a 24 px number (its em), 1.5 em left of the text, 0.2 em down.
    const d = 24 * 1.15;
    s.addText(String(i + 1), {
      ...inches({ x: X0 + ITEM.indent - 36, y: y + 4.8, w: d, h: d }),
      shape: pres.ShapeType.ellipse, fill: { color: palette.primary }, line: { type: 'none' },
      fontFace: FONTS.sans, fontSize: pt(24), color: palette.onPrimary, align: 'center', valign: 'middle', margin: 0, lang: LANG,
    });
    y += lineCount(text, ITEM.size, width) * ITEM.line + ITEM.margin;
  });
  // One text box for all items keeps the list editable as a list; the circles sit beside it.
  const base = { fontFace: FONTS.sans, fontSize: pt(ITEM.size), color: palette.fg, lang: LANG, lineSpacing: pt(ITEM.line), paraSpaceAfter: pt(ITEM.margin) };
  s.addText(paragraphs(items, base, palette), {
    ...inches({ x: X0 + ITEM.indent, y: top + ITEM.margin, w: width, h: y - top - ITEM.margin }),
    ...TEXT_BOX, lineSpacing: pt(ITEM.line), paraSpaceAfter: pt(ITEM.margin),
  });
  return y;
}

/** `ol.tiles`: 24 px above, 180 px tiles that grow to share the row, 24 px between them. */
const TILE = { basis: 180, gap: 24, pad: 24, mark: 88, label: 22, labelLine: 30.8, inner: 12 };

export function addTiles(ctx: DeckContext, s: PptxSlide, tiles: { mark: string; label: string }[], top: number): number {
  const { palette, pres } = ctx;
  const perRow = Math.max(1, Math.floor((W + TILE.gap) / (TILE.basis + TILE.gap)));
  let y = top + 24;
  for (let start = 0; start < tiles.length; start += perRow) {
    const row = tiles.slice(start, start + perRow);
    const w = (W - TILE.gap * (row.length - 1)) / row.length;
    const labelLines = Math.max(...row.map((t) => lineCount(t.label, TILE.label, w - 24)));
    const h = TILE.pad * 2 + TILE.mark + TILE.inner + labelLines * TILE.labelLine;
    row.forEach((tile, i) => {
      const markRun = { text: tile.mark, options: { fontFace: FONTS.serif, fontSize: pt(TILE.mark), bold: true, color: palette.primary, breakLine: true, lineSpacing: pt(TILE.mark * 1.1), lang: LANG } };
      const labelBase = { fontFace: FONTS.sans, fontSize: pt(TILE.label), color: palette.fg, lineSpacing: pt(TILE.labelLine), paraSpaceBefore: pt(TILE.inner), lang: LANG };
      s.addText([markRun, ...speechRuns(tile.label, labelBase, palette)], {
        ...inches({ x: X0 + i * (w + TILE.gap), y, w, h }),
        ...TEXT_BOX,
        shape: pres.ShapeType.roundRect, rectRadius: inch(12), fill: { color: palette.accentSoft }, line: { type: 'none' },
        align: 'center',
        // pptxgenjs margins are points, in the order left, right, bottom, top.
        margin: [pt(12), pt(12), pt(TILE.pad), pt(TILE.pad - 10)],
      });
    });
    y += h + TILE.gap;
  }
  return y - TILE.gap;
}
