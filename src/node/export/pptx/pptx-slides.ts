// One planned Slide → one PowerPoint slide, laid out like base.css lays out its HTML
// counterpart: the blocks stack top-down in the 1120×584 px content box with 20 px between
// them, the title slide centres its column on the primary colour, the theme slide puts its
// keyword mark beside the heading. Every block is a text box or shape with real text.
import { GAP, PADDING, TITLE_BORDER, TYPE } from '../../../core/plan/layout.js';
import type { PptxSlide } from './pptx-lib.js';
import type { Slide, SlideBlock } from '../../../core/types.js';
import { HIDDEN_TITLE, inches, SLIDE_H, SLIDE_W, TEXT_BOX, W, X0, Y0, type Box, type DeckContext } from './pptx-masters.js';
import { FONTS, inch, LANG, lineCount, paragraphs, pt, speechRuns } from './pptx-style.js';
import { addList, addTiles } from './pptx-blocks.js';

const BOTTOM = SLIDE_H - PADDING.bottom;
/** Line heights of base.css: body 32 px × 1.6, heading × 1.3, breadcrumb 20 px × 1.5. */
const BODY = { size: TYPE.body.size, line: TYPE.body.size * TYPE.body.lineHeight };
const BREADCRUMB = { size: TYPE.small.size, line: TYPE.small.size * TYPE.small.lineHeight };
/** The title slide's gold rule under the heading (`.heading::after`). */
const RULE = { w: 160, h: 4, gap: 28 };

/** What a slide without a heading is called in the outline view (it shows nowhere on the slide). */
const UNTITLED: Record<Slide['kind'], string> = {
  title: '标题', opening: '开场白', agenda: '目录', theme: '部分', point: '要点', body: '正文', closing: '结束语',
};

function headingSize(kind: Slide['kind']): number {
  return kind === 'title' ? 56 : kind === 'closing' ? 64 : TYPE.heading.size;
}

export function addDeckSlide(ctx: DeckContext, slide: Slide, section: string): void {
  const s = slide.kind === 'title' ? titleSlide(ctx, slide, section) : contentSlide(ctx, slide, section);
  s.addNotes(slide.notes);
}

/** The heading goes into the layout's title placeholder, so it is the slide's title. */
function addTitle(s: PptxSlide, text: string, size: number, color: string, ctx: DeckContext, align: 'left' | 'center' = 'left'): void {
  const base = { fontFace: FONTS.serif, fontSize: pt(size), bold: true, color, lang: LANG, charSpacing: pt(size * 0.02), lineSpacing: pt(size * 1.3) };
  s.addText(speechRuns(text, base, ctx.palette), { placeholder: 'title', ...TEXT_BOX, align, lineSpacing: pt(size * 1.3) });
}

function titleSlide(ctx: DeckContext, slide: Slide, section: string): PptxSlide {
  const { palette } = ctx;
  const heading = slide.blocks.find((b) => b.type === 'heading')?.text ?? '';
  const small = slide.blocks.flatMap((b) => (b.type === 'subheading' ? [b.text] : b.type === 'meta' ? b.lines : []));
  // The heading is at most 1040 px wide; a 4 px gold rule 28 px under it belongs to its box.
  const headW = 1040;
  const headH = lineCount(heading, 56, headW, 0.02) * 56 * 1.3;
  const ruleH = RULE.gap + RULE.h;
  const smallH = small.reduce((h, line) => h + lineCount(line, 26, W) * 39, 0);
  const total = headH + ruleH + (small.length ? GAP + smallH : 0);
  // justify-content: center within the padding box, above the 16 px accent border.
  const top = Y0 + (SLIDE_H - TITLE_BORDER - 64 - Y0 - total) / 2;
  const box: Box = { x: (SLIDE_W - headW) / 2, y: top, w: headW, h: headH };
  const s = ctx.pres.addSlide({ masterName: ctx.masters.layout('title', '封面', box, { size: 56, color: palette.onPrimary, align: 'center' }), sectionTitle: section });
  addTitle(s, heading, 56, palette.onPrimary, ctx, 'center');
  s.addShape(ctx.pres.ShapeType.rect, { ...inches({ x: (SLIDE_W - RULE.w) / 2, y: top + headH + RULE.gap, w: RULE.w, h: RULE.h }), fill: { color: palette.accent }, line: { type: 'none' } });
  if (small.length) {
    const base = { fontFace: FONTS.sans, fontSize: pt(26), color: palette.accentSoft, lang: LANG, lineSpacing: pt(39) };
    s.addText(paragraphs(small, base, palette), { ...inches({ x: X0, y: top + headH + ruleH + GAP, w: W, h: smallH }), ...TEXT_BOX, align: 'center', lineSpacing: pt(39) });
  }
  return s;
}

/** Heights of the blocks under the heading, so the last one can run to the bottom. */
function contentSlide(ctx: DeckContext, slide: Slide, section: string): PptxSlide {
  const { palette } = ctx;
  const size = headingSize(slide.kind);
  const heading = slide.blocks.find((b): b is Extract<SlideBlock, { type: 'heading' }> => b.type === 'heading');
  const mark = slide.blocks.find((b): b is Extract<SlideBlock, { type: 'mark' }> => b.type === 'mark');
  let y = Y0;
  // The breadcrumb stands above the heading; the theme's mark stands beside it.
  const crumb = slide.blocks.find((b): b is Extract<SlideBlock, { type: 'breadcrumb' }> => b.type === 'breadcrumb');
  const crumbH = crumb ? lineCount(`◆ ${crumb.text}`, BREADCRUMB.size, W) * BREADCRUMB.line : 0;
  if (crumb) y += crumbH + GAP;
  // .mark: 64 px glyphs, 12/16 px padding, a 4 px border.
  const markW = mark ? [...mark.text].length * 64 + 40 : 0;
  const markH = mark ? 96 : 0;
  const headX = mark ? X0 + markW + 28 : X0;
  const headW = W - (headX - X0);
  const headH = heading ? lineCount(heading.text, size, headW, 0.02) * size * 1.3 : 0;
  const rowH = Math.max(markH, headH);
  const titleBox: Box = heading ? { x: headX, y: y + (rowH - headH) / 2, w: headW, h: headH } : HIDDEN_TITLE;
  const masterName = ctx.masters.layout('content', UNTITLED[slide.kind], titleBox, { size, color: palette.primary, align: 'left' });
  const s = ctx.pres.addSlide({ masterName, sectionTitle: section });

  if (crumb) {
    const base = { fontFace: FONTS.sans, fontSize: pt(BREADCRUMB.size), color: palette.muted, lang: LANG, lineSpacing: pt(BREADCRUMB.line) };
    const runs = [{ text: '◆ ', options: { ...base, color: palette.accent } }, ...speechRuns(crumb.text, base, palette)];
    s.addText(runs, { ...inches({ x: X0, y: Y0, w: W, h: crumbH }), ...TEXT_BOX, lineSpacing: pt(BREADCRUMB.line) });
  }
  if (mark) {
    s.addText(mark.text, {
      ...inches({ x: X0, y, w: markW, h: markH }),
      shape: ctx.pres.ShapeType.roundRect, rectRadius: inch(10),
      fill: { color: palette.primary }, line: { color: palette.accent, width: pt(4) },
      fontFace: FONTS.serif, fontSize: pt(64), bold: true, color: palette.onPrimary, align: 'center', valign: 'middle', margin: 0, lang: LANG,
    });
  }
  if (heading) addTitle(s, heading.text, size, palette.primary, ctx);
  // No heading: the quiet label (开篇, 结语) or the kind names the slide in the outline.
  else s.addText(crumb?.text ?? UNTITLED[slide.kind], { placeholder: 'title', ...TEXT_BOX });
  if (heading || mark) y += rowH + GAP;

  const rest = slide.blocks.filter((b) => !['heading', 'mark', 'breadcrumb'].includes(b.type));
  rest.forEach((block, i) => {
    const last = i === rest.length - 1;
    if (block.type === 'list') y = addList(ctx, s, block.items.map((item) => item.text), y) + GAP;
    else if (block.type === 'tiles') y = addTiles(ctx, s, block.tiles, y) + GAP;
    else {
      const lines = block.type === 'lines' || block.type === 'meta' ? block.lines : [block.text];
      const h = lines.reduce((sum, line) => sum + lineCount(line, BODY.size, W) * BODY.line, 0);
      // The last block may use the rest of the slide; shrink-on-overflow keeps it inside.
      const box = { x: X0, y, w: W, h: last ? Math.max(h, BOTTOM - y) : h };
      const base = { fontFace: FONTS.sans, fontSize: pt(BODY.size), color: palette.fg, lang: LANG, lineSpacing: pt(BODY.line) };
      s.addText(paragraphs(lines, base, palette), { ...inches(box), ...TEXT_BOX, lineSpacing: pt(BODY.line) });
      y += h + GAP;
    }
  });
  return s;
}
