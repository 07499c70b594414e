// One source per fact: every --lt-* property of the theme stylesheets that has a TypeScript twin
// (the palette in core/render/palette.ts, the metrics in core/plan/layout.ts) must say the same,
// so the CSS, the planner and the PPTX cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAR_HEIGHT, GAP, PADDING, SLIDE, TITLE_BORDER, TYPE } from '../../../src/core/plan/layout.js';
import { PALETTE_PROPERTIES, PALETTES, type Palette } from '../../../src/core/render/palette.js';
import { ROOT } from '../../helpers/paths.js';

const THEME_DIR = join(ROOT, 'src', 'client', 'theme');
const RULE = /([^{}]+)\{([^{}]*)\}/g;
const PROPERTY = /(--lt-[\w-]+)\s*:\s*([^;]+);/g;

/** The --lt-* declarations of each rule whose selector matches, comments dropped. */
function properties(file: string, selector: RegExp): Map<string, string> {
  const css = readFileSync(join(THEME_DIR, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const found = new Map<string, string>();
  for (const [, sel, body] of css.matchAll(RULE)) {
    if (!selector.test(sel.trim())) continue;
    for (const [, name, value] of body.matchAll(PROPERTY)) found.set(name, value.trim());
  }
  return found;
}

const px = (n: number) => `${n}px`;

/** base.css's metrics and the layout.ts value each must equal. */
const METRICS: Record<string, string> = {
  '--lt-slide-width': px(SLIDE.width),
  '--lt-slide-height': px(SLIDE.height),
  '--lt-pad-top': px(PADDING.top),
  '--lt-pad-x': px(PADDING.left === PADDING.right ? PADDING.left : NaN),
  '--lt-pad-bottom': px(PADDING.bottom),
  '--lt-gap': px(GAP),
  '--lt-bar-height': px(BAR_HEIGHT),
  '--lt-title-border': px(TITLE_BORDER),
  '--lt-body-size': px(TYPE.body.size),
  '--lt-body-line': String(TYPE.body.lineHeight),
  '--lt-small-size': px(TYPE.small.size),
  '--lt-small-line': String(TYPE.small.lineHeight),
  '--lt-heading-size': px(TYPE.heading.size),
  '--lt-heading-line': String(TYPE.heading.lineHeight),
  '--lt-item-size': px(TYPE.item.size),
  '--lt-item-line': String(TYPE.item.lineHeight),
};

/** A palette as its stylesheet writes it: each colour, the bar as a left-to-right gradient. */
function paletteCss(palette: Palette): Map<string, string> {
  const stops = palette.bar.map(([at, colour], i) => {
    const implied = (i === 0 && at === 0) || (i === palette.bar.length - 1 && at === 1);
    return implied ? colour : `${colour} ${at * 100}%`;
  });
  return new Map(
    (Object.keys(PALETTE_PROPERTIES) as (keyof Palette)[]).map((key) => [
      PALETTE_PROPERTIES[key],
      key === 'bar' ? `linear-gradient(90deg, ${stops.join(', ')})` : (palette[key] as string),
    ]),
  );
}

describe('theme stylesheets and their TypeScript twins', () => {
  it('base.css sets the slide metrics of layout.ts', () => {
    const css = properties('base.css', /^\.reveal$/);
    expect(Object.fromEntries(Object.keys(METRICS).map((name) => [name, css.get(name)]))).toEqual(METRICS);
  });

  it('has one stylesheet per palette, and each sets exactly the palette’s colours', () => {
    const themes = readdirSync(THEME_DIR).filter((f) => f !== 'base.css' && f.endsWith('.css')).map((f) => f.replace(/\.css$/, ''));
    expect(themes.sort()).toEqual(Object.keys(PALETTES).sort());
    for (const theme of themes) {
      const css = properties(`${theme}.css`, new RegExp(`^\\.reveal\\[data-theme='${theme}'\\]$`));
      expect(Object.fromEntries(css), theme).toEqual(Object.fromEntries(paletteCss(PALETTES[theme as keyof typeof PALETTES])));
    }
  });

  it('reads the properties it compares', () => {
    const css = properties('dangzheng.css', /^\.reveal\[data-theme='dangzheng'\]$/);
    expect(css.get('--lt-primary')).toBe('#a4161a');
    expect(css.get('--lt-bar')).toBe('linear-gradient(90deg, #7a0c10, #a4161a 60%, #c9a227)');
  });
});
