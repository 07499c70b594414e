import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { deckFonts, FONT_SOURCES, subsetCharacters, type DeckFonts } from '../../../src/node/assets/fonts.js';
import { cmapCodePoints, glyphCount, sfntTables, woffTables } from '../../../src/node/assets/fonts-sfnt.js';
import { describeBrowser, launchBrowser } from '../../helpers/browser.js';

const require = createRequire(import.meta.url);
const speech = readFileSync(new URL('../../../slides/办公室干部专题研讨交流发言.txt', import.meta.url), 'utf8');
const points = (s: string): Set<number> => new Set([...s].map((c) => c.codePointAt(0)!));
/** What the full source font can draw: a subset can only ever map these. */
const sourceCoverage = FONT_SOURCES.map((s) => cmapCodePoints(sfntTables(readFileSync(require.resolve(s.ttf)))));

describe('subsetCharacters', () => {
  it('keeps each printable character once, adds ASCII and CJK punctuation, drops controls', () => {
    const chars = subsetCharacters('忠忠专\n\t\u0007');
    expect([...chars].filter((c) => c === '忠')).toHaveLength(1);
    for (const c of ['专', 'A', '~', ' ', '，', '。', '“', '”', '《', '》', '\u3000']) expect(chars).toContain(c);
    expect(chars).not.toMatch(/[\n\t\u0007]/);
  });
});

describe('deckFonts', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'lectern-fonts-'));
  let small: DeckFonts;
  let full: DeckFonts;
  let coldMs: number;

  beforeAll(async () => {
    small = await deckFonts('忠专', { cacheDir });
    const t0 = performance.now();
    full = await deckFonts(speech, { cacheDir });
    coldMs = performance.now() - t0;
  });

  it('maps exactly the requested characters (that the font has) in each file', () => {
    const wanted = points(subsetCharacters('忠专'));
    small.fonts.forEach((font, i) => {
      const mapped = cmapCodePoints(woffTables(font.data));
      const expected = [...wanted].filter((c) => sourceCoverage[i].has(c));
      expect([...mapped].sort()).toEqual(expected.sort());
      expect(mapped.has('忠'.codePointAt(0)!)).toBe(true);
      expect(mapped.has('实'.codePointAt(0)!)).toBe(false);
    });
  });

  it('covers every character of the speech, and grows with it', () => {
    const wanted = points(subsetCharacters(speech));
    full.fonts.forEach((font, i) => {
      const mapped = cmapCodePoints(woffTables(font.data));
      for (const c of wanted) if (sourceCoverage[i].has(c)) expect(mapped.has(c)).toBe(true);
      expect(font.data.length).toBeGreaterThan(small.fonts[i].data.length * 2);
      expect(glyphCount(woffTables(font.data))).toBeGreaterThan(glyphCount(woffTables(small.fonts[i].data)) + 400);
    });
  });

  it('ships Serif 700 and Sans 400/700 as WOFF files with simple names', () => {
    expect(full.fonts.map((f) => [f.family, f.weight, f.file])).toEqual([
      ['Lectern Serif', 700, 'lectern-serif-700.woff'],
      ['Lectern Sans', 400, 'lectern-sans-400.woff'],
      ['Lectern Sans', 700, 'lectern-sans-700.woff'],
    ]);
    for (const f of full.fonts) expect(new TextDecoder().decode(f.data.subarray(0, 4))).toBe('wOFF');
  });

  it('writes @font-face rules for both families with relative URLs', () => {
    for (const f of full.fonts) {
      expect(full.css).toContain(`url('./fonts/${f.file}') format('woff')`);
    }
    expect(full.css).toContain("font-family: 'Lectern Serif'");
    expect(full.css).toContain("font-family: 'Lectern Sans'");
    expect(full.css.match(/@font-face/g)).toHaveLength(3);
    expect(full.css).not.toMatch(/url\((?!'\.\/fonts\/)/);
  });

  it('returns identical bytes from the cache, faster', async () => {
    const t0 = performance.now();
    const again = await deckFonts(speech, { cacheDir });
    const warmMs = performance.now() - t0;
    again.fonts.forEach((f, i) => expect(Buffer.from(f.data).equals(Buffer.from(full.fonts[i].data))).toBe(true));
    expect(warmMs).toBeLessThan(coldMs);
    expect(warmMs).toBeLessThan(1000); // a generous guard: a hit reads three small files
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.woff'))).toHaveLength(6);
  });

  it('carries the OFL with both copyright lines', () => {
    expect(full.licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(full.licence).toContain('Copyright 2012 Google Inc.');
    expect(full.licence).toContain('Copyright 2014-2021 Adobe');
  });
});

// Chromium's font sanitizer (OTS) rejects malformed files silently: load each WOFF for real.
describeBrowser('deck fonts in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads every file and draws the text with it, not with a fallback', async () => {
    const { fonts } = await deckFonts('忠诚干净担当', { cacheDir: mkdtempSync(join(tmpdir(), 'lectern-fonts-')) });
    const page = await browser.newPage();
    for (const f of fonts) {
      const result = await page.evaluate(
        async ({ b64, weight }) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const face = new FontFace('Probe', bytes, { weight: String(weight) });
          await face.load();
          document.fonts.add(face);
          const ctx = document.createElement('canvas').getContext('2d')!;
          const width = (family: string, s: string): number => {
            ctx.font = `${weight} 40px ${family}`;
            return ctx.measureText(s).width;
          };
          const out = { status: face.status, cjk: width('Probe, monospace', '忠诚'), latin: width('Probe, monospace', 'iiii'), fallback: width('monospace', 'iiii') };
          document.fonts.delete(face);
          return out;
        },
        { b64: Buffer.from(f.data).toString('base64'), weight: f.weight },
      );
      expect(result.status, f.file).toBe('loaded');
      expect(result.cjk, f.file).toBeCloseTo(80, 0); // two full-width ideographs at 40 px
      expect(result.latin, f.file).not.toBeCloseTo(result.fallback, 0); // proportional, not monospace
    }
    await page.close();
  });
});
