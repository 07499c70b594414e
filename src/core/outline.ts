// text → Outline: normalize once, split into paragraphs, run the named rules in order.
// Never throws on user text: a failing rule becomes a diagnostic and the outline degrades.
import { markdownOutline } from './markdown.js';
import { normalize } from './normalize.js';
import { RULES } from './rules/index.js';
import type { CandidateRecord } from './rules/series-record.js';
import type { OutlineState } from './rules/state.js';
import { paragraphs } from './segment.js';
import type { Outline } from './types.js';

/** The outline and every series weighed on the way (what `outline --why` prints). */
export interface ExplainedOutline {
  outline: Outline;
  candidates: CandidateRecord[];
}

export function buildOutline(raw: string): Outline {
  return explainOutline(raw).outline;
}

export function explainOutline(raw: string): ExplainedOutline {
  const norm = normalize(typeof raw === 'string' ? raw : String(raw ?? ''));
  // From here on every line number is the user's: messages and the outline cite their file.
  const flow = paragraphs(norm.text).map((p) => ({ text: p.text, line: norm.sourceLines[p.line - 1] ?? p.line }));
  const state: OutlineState = {
    flow,
    meta: [],
    outline: { title: '', opening: [], themes: [], closing: [], diagnostics: [] },
    bodyStart: 0,
    closingStart: flow.length,
    themeStarts: [],
    diagnostics: [],
    candidates: [],
  };
  for (const [name, rule] of RULES) {
    try {
      rule(state);
    } catch (error) {
      state.diagnostics.push({
        line: 1,
        severity: 'warning',
        message: `结构识别规则“${name}”出错，已跳过（${error instanceof Error ? error.message : String(error)}）。请把讲话稿发给开发者。`,
      });
    }
  }
  const outline = state.outline;
  if (state.meta.length > 0) outline.meta = [...state.meta].sort((a, b) => a.line - b.line).map((p) => p.text);
  outline.diagnostics = [...norm.diagnostics, ...state.diagnostics];
  return { outline, candidates: state.candidates };
}

/** The outline of a speech file: `.txt` (and Word text) by the rules, `.md` by its headings. */
export function buildOutlineFor(text: string, format: 'txt' | 'md'): Outline {
  return format === 'md' ? markdownOutline(text) : buildOutline(text);
}

/**
 * Every speech field of the outline in order (meta excluded: editorial lines may stand anywhere,
 * so the nothing-lost check removes them from the source instead). Paragraphs are joined by \n.
 */
export function outlineText(o: Outline): string {
  const parts: string[] = [o.title, o.subtitle ?? '', o.salutation ?? '', ...o.opening];
  for (const t of o.themes) parts.push(t.heading ?? '', t.lead, ...t.points.map((p) => p.text), t.tail ?? '');
  parts.push(...(o.body ?? []), ...o.closing);
  return parts.filter((p) => p !== '').join('\n');
}
