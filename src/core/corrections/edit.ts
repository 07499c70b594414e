// What the structure editor does to the list of corrections: one correction per place, kept in
// the speech's order, each named by its anchor. Pure, so the editor's every click is the same
// function the tests call.
import { anchorFor, findAnchor, type Place } from './anchors.js';
import type { Correction, UserRole } from './types.js';
import type { Paragraph } from '../types.js';

type Corrections = readonly Correction[];

/** Where each correction stands now (null: its words are gone). */
function placed(list: Corrections, paragraphs: readonly Paragraph[]): { c: Correction; place: Place | null }[] {
  return list.map((c) => ({ c, place: findAnchor(paragraphs, c.text, c.nth) }));
}

const same = (a: Place | null, b: Place) => !!a && a.para === b.para && a.at === b.at;

/** The list with `change` made to the correction at `place` (a new one when there is none). */
function update(list: Corrections, paragraphs: readonly Paragraph[], place: Place, change: (c: Correction) => Correction | null): Correction[] {
  const all = placed(list, paragraphs);
  // A sidecar edited by hand may hold two corrections of one place: they are one from now on.
  const here = all.filter(({ place: p }) => same(p, place));
  const base = here.reduce<Correction>((c, x) => ({ ...c, ...x.c }), { ...anchorFor(paragraphs, place) });
  const next = change({ ...base, ...anchorFor(paragraphs, place) });
  const others = all.filter((x) => !here.includes(x));
  const kept = next && (next.role || next.label) ? [...others, { c: next, place }] : others;
  // In the speech's order, so the sidecar reads top to bottom; corrections whose words are gone stay last.
  return kept
    .sort((a, b) => (a.place ? (b.place ? a.place.para - b.place.para || a.place.at - b.place.at : -1) : b.place ? 1 : 0))
    .map(({ c }) => stripLine(c));
}

/** The sidecar line a correction was read from means nothing once the list changes. */
function stripLine({ line: _line, ...c }: Correction): Correction {
  return c;
}

export function withRole(list: Corrections, paragraphs: readonly Paragraph[], place: Place, role: UserRole): Correction[] {
  return update(list, paragraphs, place, (c) => ({ ...c, role }));
}

/** An empty label removes the label (the slide shows the words of the speech again). */
export function withLabel(list: Corrections, paragraphs: readonly Paragraph[], place: Place, label: string): Correction[] {
  const text = label.trim();
  return update(list, paragraphs, place, (c) => {
    const { label: _old, ...rest } = c;
    return text ? { ...rest, label: text } : rest;
  });
}

/** 恢复自动识别 for one place. */
export function withoutPlace(list: Corrections, paragraphs: readonly Paragraph[], place: Place): Correction[] {
  return update(list, paragraphs, place, () => null);
}

/** 恢复自动识别 for a whole paragraph: every correction inside it goes. */
export function withoutParagraph(list: Corrections, paragraphs: readonly Paragraph[], para: number): Correction[] {
  return placed(list, paragraphs)
    .filter(({ place }) => !place || place.para !== para)
    .map(({ c }) => stripLine(c));
}
