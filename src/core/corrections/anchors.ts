// Text anchors: a correction names its place by the words there, and which time they occur.
// Anchors are made as short as they can be while telling the place apart, so a sidecar reads
// like the speech and survives edits anywhere else in it.
import type { Paragraph } from '../types.js';
import { MAX_ANCHOR } from './sidecar.js';

/** Shorter anchors would match too often to stay put when the speech is edited. */
const MIN_ANCHOR = 8;

export interface Place {
  para: number;
  at: number;
}

/** Every place where `text` starts, in the speech's order. Stops after `limit` places. */
function placesOf(paragraphs: readonly Paragraph[], text: string, limit = Infinity): Place[] {
  const places: Place[] = [];
  if (text === '') return places;
  for (let para = 0; para < paragraphs.length && places.length < limit; para++) {
    const p = paragraphs[para].text;
    for (let at = p.indexOf(text); at >= 0 && places.length < limit; at = p.indexOf(text, at + 1)) places.push({ para, at });
  }
  return places;
}

/** The place a correction's anchor names, or null when the speech no longer says it. */
export function findAnchor(paragraphs: readonly Paragraph[], text: string, nth = 1): Place | null {
  return placesOf(paragraphs, text, nth)[nth - 1] ?? null;
}

/** The anchor for a place: its first words, as few as tell it apart (then `nth`, if ever needed). */
export function anchorFor(paragraphs: readonly Paragraph[], place: Place): { text: string; nth?: number } {
  const rest = paragraphs[place.para].text.slice(place.at);
  const longest = Math.min(rest.length, MAX_ANCHOR);
  for (let length = Math.min(MIN_ANCHOR, longest); length <= longest; length++) {
    const text = rest.slice(0, length);
    // A trailing space would be trimmed when the sidecar is read: never end an anchor on one.
    if (/\s$/.test(text)) continue;
    if (placesOf(paragraphs, text, 2).length === 1) return { text };
  }
  const text = rest.slice(0, longest).trimEnd();
  const nth = placesOf(paragraphs, text).findIndex((p) => p.para === place.para && p.at === place.at) + 1;
  return nth > 1 ? { text, nth } : { text };
}
