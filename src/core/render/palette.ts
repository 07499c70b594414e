// The colours of each theme: the one TypeScript source of the --lt-* colours that
// src/client/theme/<theme>.css sets (tests/core/render/palette.test.ts holds the CSS to these).
// The PPTX, the deck index and the dev server's error page take their colours from here.
import type { THEMES } from '../text/front-matter.js';

export type ThemeName = (typeof THEMES)[number];

/** Colours as CSS writes them, `#rrggbb`. */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  primary: string;
  primaryDark: string;
  accent: string;
  accentSoft: string;
  onPrimary: string;
  /** Stops of the title bar's left-to-right gradient (--lt-bar), as [position 0..1, colour]. */
  bar: [number, string][];
}

/** The custom property of each colour, in the theme's stylesheet. */
export const PALETTE_PROPERTIES: Record<keyof Palette, string> = {
  bg: '--lt-bg',
  fg: '--lt-fg',
  muted: '--lt-muted',
  primary: '--lt-primary',
  primaryDark: '--lt-primary-dark',
  accent: '--lt-accent',
  accentSoft: '--lt-accent-soft',
  onPrimary: '--lt-on-primary',
  bar: '--lt-bar',
};

/** 党政: deep red and gold on a light ground. */
const DANGZHENG = {
  bg: '#fffaf2',
  fg: '#2b2118',
  muted: '#6b5a4a',
  primary: '#a4161a',
  primaryDark: '#7a0c10',
  accent: '#b8860b',
  accentSoft: '#f3e3b5',
  onPrimary: '#fff8e6',
};

/** Plain light: ink on white with a blue accent. */
const LIGHT = {
  bg: '#ffffff',
  fg: '#1f2933',
  muted: '#52606d',
  primary: '#1d4e89',
  primaryDark: '#163a66',
  accent: '#c05621',
  accentSoft: '#e6eef8',
  onPrimary: '#ffffff',
};

export const PALETTES: Record<ThemeName, Palette> = {
  dangzheng: { ...DANGZHENG, bar: [[0, DANGZHENG.primaryDark], [0.6, DANGZHENG.primary], [1, '#c9a227']] },
  light: { ...LIGHT, bar: [[0, LIGHT.primaryDark], [1, LIGHT.primary]] },
};

/** Unknown theme names get the 党政 colours, as the HTML does (dangzheng is the default). */
export function paletteFor(theme: string): Palette {
  return Object.hasOwn(PALETTES, theme) ? PALETTES[theme as ThemeName] : PALETTES.dangzheng;
}
