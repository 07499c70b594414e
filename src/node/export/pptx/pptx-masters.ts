// Slide layouts (pptxgenjs "masters"): background, title bar, footer, slide number, and the
// title placeholder. The slide's heading is typed into that placeholder, which is what
// PowerPoint's outline view, navigation pane and accessibility checker read as the slide's
// title. pptxgenjs places placeholder text where the layout puts the placeholder, so there is
// one layout per title position; they are made on demand and reused.
import { BAR_HEIGHT, CONTENT_WIDTH, PADDING, SLIDE, TITLE_BORDER } from '../../../core/plan/layout.js';
import type { MasterObjects, PlaceholderType, Pres } from './pptx-lib.js';
import { FONTS, inch, LANG, mix, pt, type Palette } from './pptx-style.js';

export const SLIDE_W = SLIDE.width;
export const SLIDE_H = SLIDE.height;
/** The title bar across the top of every content slide (base.css `.slide-body::before`). */
const BAR_H = BAR_HEIGHT;
/** Enough strips that the bar reads as the HTML's gradient, few enough to stay light. */
const BAR_STRIPS = 32;

/** The content box of `.slide-body` (padding 72 80 64). */
export const X0 = PADDING.left;
export const Y0 = PADDING.top;
export const W = CONTENT_WIDTH;

/** Shrink-on-overflow on every text box: a second guard behind the planner's line budget. */
export const TEXT_BOX = { margin: 0, valign: 'top', fit: 'shrink', lang: LANG } as const;

export interface DeckContext {
  pres: Pres;
  masters: Masters;
  palette: Palette;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TitleStyle {
  size: number;
  color: string;
  align: 'left' | 'center';
}

/** Where a slide without a heading keeps its title: just below the slide, so it is not shown. */
export const HIDDEN_TITLE: Box = { x: X0, y: SLIDE_H + 24, w: W, h: 48 };

export interface DeckFooter {
  unit?: string;
  date?: string;
}

export class Masters {
  private made = new Map<string, string>();

  constructor(
    private pres: Pres,
    private palette: Palette,
    private footer: DeckFooter,
  ) {}

  /** The layout for a slide of `kind` whose title sits at `box`; its name shows in PowerPoint. */
  layout(kind: 'title' | 'content', label: string, box: Box, style: TitleStyle): string {
    const key = `${kind}|${box.x},${box.y},${box.w},${box.h}|${style.size}|${style.color}|${style.align}`;
    const known = this.made.get(key);
    if (known) return known;
    const name = `${label} ${this.made.size + 1}`;
    const objects: MasterObjects = kind === 'title' ? this.titleDecor() : [...this.bar(), ...this.footerText()];
    objects.push({
      placeholder: {
        options: {
          name: 'title',
          type: 'title' as PlaceholderType,
          ...inches(box),
          margin: 0,
          fontFace: FONTS.serif,
          fontSize: pt(style.size),
          color: style.color,
          bold: true,
          align: style.align,
          valign: 'top',
          lang: LANG,
        },
        text: '',
      },
    });
    this.pres.defineSlideMaster({
      title: name,
      background: { color: kind === 'title' ? this.palette.primary : this.palette.bg },
      objects,
      // reveal.js' number: 24 px from the right, 10 px from the bottom; light on the title slide.
      slideNumber: {
        ...inches({ x: SLIDE_W - 24 - 160, y: SLIDE_H - 10 - 30, w: 160, h: 30 }),
        align: 'right',
        valign: 'bottom',
        margin: 0,
        fontFace: FONTS.sans,
        fontSize: pt(20),
        color: kind === 'title' ? this.palette.accentSoft : this.palette.muted,
      },
    });
    this.made.set(key, name);
    return name;
  }

  private bar(): MasterObjects {
    const stops = this.palette.bar;
    const at = (t: number) => {
      const i = Math.max(0, stops.findIndex(([p]) => p >= t) - 1);
      const [p0, c0] = stops[i];
      const [p1, c1] = stops[Math.min(i + 1, stops.length - 1)];
      return p1 === p0 ? c0 : mix(c0, c1, (t - p0) / (p1 - p0));
    };
    const w = SLIDE_W / BAR_STRIPS;
    // Strips overlap by a pixel so no hairline of background shows between them.
    return Array.from({ length: BAR_STRIPS }, (_, i) => ({
      rect: { x: inch(i * w), y: 0, w: inch(w + 1), h: inch(BAR_H), fill: { color: at((i + 0.5) / BAR_STRIPS) }, line: { type: 'none' } },
    })) as MasterObjects;
  }

  private titleDecor(): MasterObjects {
    const { accent } = this.palette;
    return [{ rect: { x: 0, y: inch(SLIDE_H - TITLE_BORDER), w: inch(SLIDE_W), h: inch(TITLE_BORDER), fill: { color: accent }, line: { type: 'none' } } }] as MasterObjects;
  }

  /** `.footer`: unit and date at the bottom left under a hairline, clear of the slide number. */
  private footerText(): MasterObjects {
    // 20 px text at line height 1.4, 6 px under a 1 px rule, 12 px above the slide's edge.
    const text = [this.footer.unit, this.footer.date].filter(Boolean).join('　');
    if (!text) return [];
    const top = SLIDE_H - 12 - 28 - 6 - 1;
    return [
      { rect: { ...inches({ x: 80, y: top, w: SLIDE_W - 80 - 140, h: 1 }), fill: { color: this.palette.accentSoft }, line: { type: 'none' } } },
      {
        text: {
          text,
          options: { ...inches({ x: 80, y: top + 7, w: SLIDE_W - 80 - 140, h: 28 }), margin: 0, fontFace: FONTS.sans, fontSize: pt(20), color: this.palette.muted, valign: 'top', lang: LANG },
        },
      },
    ] as MasterObjects;
  }
}

export function inches(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h) };
}
