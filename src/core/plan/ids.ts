// Slide ids for deep links (`#/theme-k3j9`). They come from the structure's own words, not
// from positions alone, so a slide keeps its URL when unrelated text elsewhere changes.
// The hash is FNV-1a 32-bit: tiny, stable across runs and platforms.
import { ID_INSIGNIFICANT } from '../text/markers.js';

/** ID_INSIGNIFICANT per UTF-16 unit, filled on first sight: 1 significant, 2 not. */
const verdicts = new Uint8Array(0x10000);

function insignificant(unit: number): boolean {
  // Surrogate halves are never punctuation or space.
  if (unit >= 0xd800 && unit <= 0xdfff) return false;
  if (verdicts[unit] === 0) verdicts[unit] = ID_INSIGNIFICANT.test(String.fromCharCode(unit)) ? 2 : 1;
  return verdicts[unit] === 2;
}

/** A short ASCII id from `prefix` and the significant characters of `text`. */
export function structuralId(prefix: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (insignificant(unit)) continue;
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}-${(hash >>> 0).toString(36).padStart(7, '0').slice(0, 6)}`;
}

/** Hands out ids, adding -2, -3… when two structures would get the same one. */
export class IdRegistry {
  private readonly used = new Set<string>();
  /** The next suffix to try per id, so k repeats cost k steps, not k². */
  private readonly next = new Map<string, number>();
  take(id: string): string {
    let candidate = id;
    let n = this.next.get(id) ?? 2;
    while (this.used.has(candidate)) candidate = `${id}-${n++}`;
    this.next.set(id, n);
    this.used.add(candidate);
    return candidate;
  }
}
