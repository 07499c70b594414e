// Just enough of the sfnt (TrueType) and WOFF 1.0 formats for Lectern's fonts: wrapping a
// subset font as WOFF, and reading a font's tables back (the tests check the cmap of what we ship).
// WOFF is written here with Node's native zlib because subset-font's WOFF path compresses with a
// pure-JS deflate that costs more than the subsetting itself (measured: ~100 ms vs ~10 ms).
import { deflateSync, inflateSync } from 'node:zlib';

export type Tables = Map<string, Uint8Array>;

interface Entry { tag: string; checksum: number; offset: number; length: number }

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);
const tagOf = (b: Uint8Array, at: number): string => String.fromCharCode(...b.subarray(at, at + 4));
const pad4 = (n: number): number => (n + 3) & ~3;

function sfntEntries(font: Uint8Array): Entry[] {
  const v = view(font);
  const entries: Entry[] = [];
  for (let i = 0, n = v.getUint16(4); i < n; i++) {
    const at = 12 + 16 * i;
    entries.push({ tag: tagOf(font, at), checksum: v.getUint32(at + 4), offset: v.getUint32(at + 8), length: v.getUint32(at + 12) });
  }
  // WOFF requires its directory in ascending tag order; sfnt should already be, but be sure.
  return entries.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/** The tables of a TrueType/OpenType font. */
export function sfntTables(font: Uint8Array): Tables {
  return new Map(sfntEntries(font).map((e) => [e.tag, font.subarray(e.offset, e.offset + e.length)]));
}

/** Wraps an sfnt font as WOFF 1.0 (zlib per table; a table that does not shrink is stored as is). */
export function sfntToWoff(font: Uint8Array): Uint8Array {
  const entries = sfntEntries(font);
  const blocks = entries.map((e) => {
    const raw = font.subarray(e.offset, e.offset + e.length);
    const packed = deflateSync(raw, { level: 9 });
    return packed.length < raw.length ? packed : raw;
  });
  const dirEnd = 44 + 20 * entries.length;
  const total = blocks.reduce((sum, b) => sum + pad4(b.length), dirEnd);
  const out = new Uint8Array(total); // zero-filled, so the padding is zeros as the spec asks
  const v = view(out);
  v.setUint32(0, 0x774f4646); // 'wOFF'
  v.setUint32(4, view(font).getUint32(0)); // flavor: the sfnt version
  v.setUint32(8, total);
  v.setUint16(12, entries.length);
  v.setUint32(16, entries.reduce((sum, e) => sum + pad4(e.length), 12 + 16 * entries.length));
  v.setUint16(20, 1); // font version 1.0; metadata and private blocks stay 0
  let offset = dirEnd;
  entries.forEach((e, i) => {
    const at = 44 + 20 * i;
    for (let k = 0; k < 4; k++) out[at + k] = e.tag.charCodeAt(k);
    v.setUint32(at + 4, offset);
    v.setUint32(at + 8, blocks[i].length);
    v.setUint32(at + 12, e.length);
    v.setUint32(at + 16, e.checksum);
    out.set(blocks[i], offset);
    offset += pad4(blocks[i].length);
  });
  return out;
}

/** The tables of a WOFF 1.0 font, decompressed. */
export function woffTables(woff: Uint8Array): Tables {
  const v = view(woff);
  if (v.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const tables: Tables = new Map();
  for (let i = 0, n = v.getUint16(12); i < n; i++) {
    const at = 44 + 20 * i;
    const [offset, compLength, origLength] = [v.getUint32(at + 4), v.getUint32(at + 8), v.getUint32(at + 12)];
    const block = woff.subarray(offset, offset + compLength);
    tables.set(tagOf(woff, at), compLength < origLength ? new Uint8Array(inflateSync(block)) : block);
  }
  return tables;
}

/** Number of glyphs (maxp). */
export function glyphCount(tables: Tables): number {
  const maxp = tables.get('maxp');
  if (!maxp) throw new Error('font has no maxp table');
  return view(maxp).getUint16(4);
}

/** Code points the font maps to a real glyph, from its Unicode cmap (format 12, else format 4). */
export function cmapCodePoints(tables: Tables): Set<number> {
  const cmap = tables.get('cmap');
  if (!cmap) throw new Error('font has no cmap table');
  const v = view(cmap);
  const subtables = new Map<string, number>();
  for (let i = 0, n = v.getUint16(2); i < n; i++) {
    const at = 4 + 8 * i;
    subtables.set(`${v.getUint16(at)}/${v.getUint16(at + 2)}`, v.getUint32(at + 4));
  }
  const full = subtables.get('3/10') ?? subtables.get('0/4');
  const bmp = subtables.get('3/1') ?? subtables.get('0/3');
  const points = new Set<number>();
  if (full !== undefined && v.getUint16(full) === 12) {
    for (let g = 0, n = v.getUint32(full + 12); g < n; g++) {
      const at = full + 16 + 12 * g;
      const [start, end, glyph] = [v.getUint32(at), v.getUint32(at + 4), v.getUint32(at + 8)];
      for (let c = start; c <= end; c++) if (glyph + c - start !== 0) points.add(c);
    }
    return points;
  }
  if (bmp === undefined || v.getUint16(bmp) !== 4) throw new Error('font has no Unicode cmap of format 4 or 12');
  const segs = v.getUint16(bmp + 6) / 2;
  const ends = bmp + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  for (let s = 0; s < segs; s++) {
    const [start, end] = [v.getUint16(starts + 2 * s), v.getUint16(ends + 2 * s)];
    const [delta, range] = [v.getUint16(deltas + 2 * s), v.getUint16(ranges + 2 * s)];
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const raw = range === 0 ? c : v.getUint16(ranges + 2 * s + range + 2 * (c - start));
      if (range !== 0 && raw === 0) continue;
      if ((raw + delta) & 0xffff) points.add(c);
    }
  }
  return points;
}
