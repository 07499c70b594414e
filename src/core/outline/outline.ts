// text → Outline: normalize once, split into paragraphs, run the named rules in order.
// Never throws on user text: a failing rule becomes a diagnostic and the outline degrades.
import { MAX_SLIDES } from '../plan/limits.js';
import { normalize, type NormalizedSource } from '../text/normalize.js';
import { RULES } from './rules/index.js';
import type { CandidateRecord } from './rules/series-record.js';
import type { OutlineInput, OutlineState } from './rules/state.js';
import type { Structure } from '../corrections/pieces.js';
import { paragraphs } from '../text/segment.js';
import type { Diagnostic, Outline } from '../types.js';

/** The outline and every series weighed on the way (what `outline --why` prints). */
export interface ExplainedOutline {
  outline: Outline;
  candidates: CandidateRecord[];
  /** The outline as pieces of the paragraphs (the structure editor's view); absent for a text
   *  too long to be a speech. */
  structure?: Structure;
}

export function buildOutline(raw: string): Outline {
  return explainOutline(raw).outline;
}

export function explainOutline(raw: string, hints: Partial<Omit<OutlineInput, 'text'>> = {}): ExplainedOutline {
  const text = typeof raw === 'string' ? raw : String(raw ?? '');
  const norm = normalize(text);
  // From here on every line number is the user's: messages and the outline cite their file.
  if (norm.sourceLines.length > MAX_SLIDES) return { outline: unstructured(norm), candidates: [] };
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
    input: { text, styledHeadings: hints.styledHeadings ?? [], corrections: hints.corrections ?? [], structure: hints.structure ?? false },
  };
  for (const [name, rule] of RULES) {
    try {
      rule(state);
    } catch (error) {
      state.diagnostics.push({
        line: 1,
        code: 'rule-failed',
        severity: 'warning',
        message: `结构识别规则“${name}”出错，已跳过（${error instanceof Error ? error.message : String(error)}）。请把讲话稿发给开发者。`,
      });
    }
  }
  const outline = state.outline;
  if (state.meta.length > 0) outline.meta = [...state.meta].sort((a, b) => a.line - b.line).map((p) => p.text);
  outline.diagnostics = [...norm.diagnostics, ...state.diagnostics];
  return { outline, candidates: state.candidates, structure: state.structure };
}

/**
 * A text with more paragraphs than a deck may have slides is no speech (the longest of the
 * corpora has 84): its structure is not sought, which on millions of lines would keep the rules
 * busy for minutes, and its paragraphs are its body, to be paged.
 */
function unstructured(norm: NormalizedSource): Outline {
  const note: Diagnostic = {
    line: norm.sourceLines[0],
    code: 'too-many-paragraphs',
    severity: 'warning',
    message: `讲话稿有 ${norm.sourceLines.length} 个自然段，超过 ${MAX_SLIDES} 段，不像一篇讲话：没有识别标题和层次，全文按自然段顺序排列。`,
  };
  return { title: '', opening: [], themes: [], body: norm.text.split('\n'), closing: [], diagnostics: [...norm.diagnostics, note] };
}

/**
 * Every speech field of the outline in order (meta excluded: editorial lines may stand anywhere,
 * so the nothing-lost check removes them from the source instead); empty ones are skipped. A
 * field may hold several paragraphs, joined by \n. Visited, not collected: a paged text has
 * millions of paragraphs. `headlines`: also a point's headline where its text does not hold it
 * (a Markdown `###` line; a detected headline is cut from the text).
 */
export function forEachField(o: Outline, visit: (text: string) => void, headlines = false): void {
  const add = (text: string | null | undefined) => {
    if (text) visit(text);
  };
  [o.title, o.subtitle, o.salutation].forEach(add);
  o.opening.forEach(add);
  for (const t of o.themes) {
    add(t.heading);
    add(t.lead);
    for (const p of t.points) {
      if (headlines && !p.text.includes(p.headline)) add(p.headline);
      add(p.text);
    }
    add(t.tail);
  }
  (o.body ?? []).forEach(add);
  o.closing.forEach(add);
}

/** The fields of forEachField joined by \n. */
export function outlineText(o: Outline): string {
  const parts: string[] = [];
  forEachField(o, (text) => parts.push(text));
  return parts.join('\n');
}
