// Slide ids for deep links (`#/theme-k3j9`). They come from the structure's own words, not
// from positions alone, so a slide keeps its URL when unrelated text elsewhere changes.

/** FNV-1a 32-bit: tiny, stable across runs and platforms; enough to tell headings apart. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A short ASCII id from `prefix` and the significant characters of `text`. */
export function structuralId(prefix: string, text: string): string {
  const key = text.replace(/[\s\p{P}]/gu, '');
  return `${prefix}-${fnv1a(key).toString(36).padStart(7, '0').slice(0, 6)}`;
}

/** Hands out ids, adding -2, -3… when two structures would get the same one. */
export class IdRegistry {
  private readonly used = new Set<string>();
  take(id: string): string {
    let candidate = id;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${id}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}
