// Agendas announced in the opening (突出“忠专实勤清”五个字, 题目为“竖直脊梁，立定脚跟，…”) and
// the key word of each theme.
import { AGENDA_COUNT, AGENDA_SEPARATOR, AGENDA_WORD, HAN_ONLY, KEY_CHAR, OPENING_QUOTE, QUOTED } from '../../text/markers.js';
import type { Paragraph, Theme } from '../../types.js';
import type { Rule } from './state.js';

/** How many paragraphs after the salutation may announce an agenda. */
const OPENING_WINDOW = 10;

export interface Agenda {
  items: string[];
  /** Flow index of the paragraph that announces it. */
  index: number;
}

function itemsOf(quoted: string, after: string): string[] | null {
  if (AGENDA_WORD.test(quoted) && AGENDA_COUNT.test(after)) return [...quoted];
  const parts = quoted.split(AGENDA_SEPARATOR).filter(Boolean);
  if (parts.length >= 2 && parts.length <= 9 && parts.every((p) => p.length <= 8 && HAN_ONLY.test(p))) return parts;
  return null;
}

export function findAgendas(flow: Paragraph[], from: number, to: number): Agenda[] {
  const out: Agenda[] = [];
  for (let i = from; i < Math.min(to, from + OPENING_WINDOW); i++) {
    for (const m of flow[i].text.matchAll(QUOTED)) {
      const items = itemsOf(m[1], flow[i].text.slice((m.index ?? 0) + m[0].length));
      if (items) out.push({ items, index: i });
    }
  }
  return out;
}

function opensWith(text: string, item: string): boolean {
  return text.replace(OPENING_QUOTE, '').startsWith(item);
}

/** Paragraphs that open with the agenda's items, in order; [] unless every item is found. */
export function agendaSeries(flow: Paragraph[], agenda: Agenda, to: number): number[] {
  const found: number[] = [];
  let j = agenda.index + 1;
  for (const item of agenda.items) {
    while (j < to && !opensWith(flow[j].text, item)) j++;
    if (j >= to) return [];
    found.push(j++);
  }
  return found;
}

/**
 * Sets each theme's keyword: its quoted key character (“忠”字为先…), else the agenda item it is
 * named by when the agenda names the themes one to one. Returns whether it does.
 */
export function assignKeywords(themes: Theme[], items: string[] | undefined): boolean {
  const named = !!items && items.length === themes.length && themes.every((t, i) => !!t.heading?.slice(0, 12).includes(items[i]));
  themes.forEach((theme, i) => {
    const key = theme.heading ? KEY_CHAR.exec(theme.heading) : null;
    if (key) theme.keyword = key[1];
    else if (named) theme.keyword = items![i];
  });
  return named;
}

/** Keyword per theme, and the outline's agenda when it names the themes one to one. */
export const keywords: Rule = (s) => {
  const items = s.agenda?.items;
  if (assignKeywords(s.outline.themes, items) && items) s.outline.agenda = [...items];
};
