// The deck's own Chinese fonts (issue "fonts that travel"): Noto Serif SC Bold for headings and
// Noto Sans SC Regular/Bold for body, subset to the characters the deck uses, as WOFF files the
// deck serves itself, with the OFL beside them. Nothing is fetched: the TTFs come from npm packages.
// Subsets are cached on disk by (font file, character set, options) so a rebuild costs ~1 ms.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { sfntToWoff } from './fonts-sfnt.js';

export interface DeckFont {
  family: 'Lectern Serif' | 'Lectern Sans';
  weight: number;
  file: string;
  data: Uint8Array;
}
export interface DeckFonts {
  fonts: DeckFont[];
  css: string;
  licence: string;
}

const require = createRequire(import.meta.url);

export interface FontSource extends Omit<DeckFont, 'data'> {
  /** The TTF inside an npm package, as require.resolve takes it. */
  ttf: string;
}
/**
 * Bold Sans (for em.term) is shipped rather than left to Chromium's synthetic bold, which smears
 * every stroke outward until dense characters (餐, 疆) clog at body size; ~110 KB is affordable.
 * The serif is used for headings only, at 700, so only that weight is shipped.
 */
export const FONT_SOURCES: readonly FontSource[] = [
  { family: 'Lectern Serif', weight: 700, file: 'lectern-serif-700.woff', ttf: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf' },
  { family: 'Lectern Sans', weight: 400, file: 'lectern-sans-400.woff', ttf: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  { family: 'Lectern Sans', weight: 700, file: 'lectern-sans-700.woff', ttf: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf' },
];

/**
 * OpenType features kept: those Chromium applies to horizontal text by default, plus halt/chws
 * for `text-spacing-trim`. Keeping every feature (subset-font's default) drags in vertical,
 * traditional and width alternates through layout closure: +40 % size for glyphs never drawn.
 */
const KEEP_FEATURES = ['ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'kern', 'mark', 'mkmk', 'halt', 'chws'];
/** Bump when the subsetting or the WOFF writer changes, so old cache entries are not reused. */
const CACHE_VERSION = 1;
/** Each edit that brings a new character adds a set of files: keep the newest 30 sets (~10 MB). */
const CACHE_MAX_FILES = 30 * 3;

/** Always in the subset: printable ASCII and the punctuation of Chinese prose and document numbers. */
const ALWAYS = (() => {
  let ascii = '';
  for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
  return `${ascii}\u3000，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕—…·～￥％〇`;
})();

/** The sorted, distinct characters to keep: the text's printable ones plus ALWAYS. */
export function subsetCharacters(text: string): string {
  const points = new Set<number>();
  for (const ch of text + ALWAYS) {
    const c = ch.codePointAt(0)!;
    const control = c < 0x20 || (c >= 0x7f && c < 0xa0);
    const loneSurrogate = c >= 0xd800 && c <= 0xdfff;
    if (!control && !loneSurrogate) points.add(c);
  }
  return String.fromCodePoint(...[...points].sort((a, b) => a - b));
}

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'truetype'; keepFeatures: string[]; noHinting: boolean }) => Promise<Buffer>;
let subsetFont: SubsetFont | undefined;

/** Default cache: node_modules/.cache/lectern-fonts of the install that holds the fonts. */
function defaultCacheDir(ttfPath: string): string {
  const marker = `${sep}node_modules${sep}`;
  const at = ttfPath.lastIndexOf(marker);
  return at < 0 ? join(dirname(ttfPath), '.cache') : join(ttfPath.slice(0, at + marker.length), '.cache', 'lectern-fonts');
}

async function subsetOne(ttf: string, chars: string, cacheDir: string | undefined): Promise<Uint8Array> {
  const path = require.resolve(ttf);
  const { size, mtimeMs } = await stat(path);
  const key = createHash('sha256')
    .update(JSON.stringify({ v: CACHE_VERSION, path, size, mtimeMs, features: KEEP_FEATURES, chars }))
    .digest('hex')
    .slice(0, 24);
  const base = path.slice(path.lastIndexOf(sep) + 1).replace(/\.ttf$/, '');
  const dir = cacheDir ?? defaultCacheDir(path);
  const cached = join(dir, `${base}-${key}.woff`);
  try {
    return new Uint8Array(await readFile(cached));
  } catch {
    // Not cached yet: subset below.
  }
  // Loaded lazily: a fully cached build never starts harfbuzz.
  subsetFont ??= require('subset-font') as SubsetFont;
  // Hinting is dropped: it matters for low-resolution Windows rasterisers, not at 28 px and up.
  const sfnt = await subsetFont(await readFile(path), chars, { targetFormat: 'truetype', keepFeatures: KEEP_FEATURES, noHinting: true });
  const woff = sfntToWoff(sfnt);
  try {
    await mkdir(dir, { recursive: true });
    // Write then rename, so a concurrent build never reads half a file.
    const temp = `${cached}.${process.pid}.tmp`;
    await writeFile(temp, woff);
    await rename(temp, cached);
    await pruneCache(dir);
  } catch {
    // The cache is an optimisation: a read-only install still builds, only slower.
  }
  return woff;
}

async function pruneCache(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.woff'));
  if (names.length <= CACHE_MAX_FILES) return;
  const aged = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(dir, n))).mtimeMs })));
  aged.sort((a, b) => a.t - b.t);
  await Promise.all(aged.slice(0, aged.length - CACHE_MAX_FILES).map(({ n }) => unlink(join(dir, n)).catch(() => {})));
}

/**
 * font-display: block. The files sit beside the deck (or inline as data: URLs), so they load in
 * milliseconds; swap would draw the fallback first and then re-wrap every line, which moves text
 * on a fixed 1280×720 slide after layout and overflow checks ran. Block falls back after 3 s anyway.
 */
export function fontFaceCss(fonts: readonly Omit<DeckFont, 'data'>[]): string {
  return fonts
    .map(
      (f) =>
        `@font-face {\n  font-family: '${f.family}';\n  font-style: normal;\n  font-weight: ${f.weight};\n` +
        `  font-display: block;\n  src: url('./fonts/${f.file}') format('woff');\n}\n`,
    )
    .join('');
}

let licenceText: Promise<string> | undefined;
/** OFL 1.1 with both fonts' copyright lines; src/node and lib/node are both two levels deep. */
export function fontLicence(): Promise<string> {
  licenceText ??= readFile(new URL('../../../public/fonts/OFL.txt', import.meta.url), 'utf8');
  return licenceText;
}

/** The deck's fonts, subset to `text` (all characters on the slides); `sources` for another set (the handout's). */
export async function deckFonts(text: string, options: { cacheDir?: string; sources?: readonly FontSource[] } = {}): Promise<DeckFonts> {
  const chars = subsetCharacters(text);
  const sources = options.sources ?? FONT_SOURCES;
  const [licence, ...datas] = await Promise.all([
    fontLicence(),
    ...sources.map((s) => subsetOne(s.ttf, chars, options.cacheDir)),
  ]);
  const fonts = sources.map(({ family, weight, file }, i) => ({ family, weight, file, data: datas[i] }));
  return { fonts, css: fontFaceCss(fonts), licence };
}
