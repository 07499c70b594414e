// What every rule reads and writes. Rules run in the order of the table in rules/index.ts;
// each one may rely on the decisions of the rules before it.
import type { Structure } from '../../corrections/pieces.js';
import type { Correction } from '../../corrections/types.js';
import type { Diagnostic, Outline, Paragraph } from '../../types.js';
import type { CandidateRecord } from './series-record.js';

/** What the rules are given besides the text: hints from the file and the user's corrections. */
export interface OutlineInput {
  /** The text as given (front matter blanked), whose lines are the file's. */
  text: string;
  /** Paragraphs a Word file styles as headings: a hint where the text shows no structure. */
  styledHeadings: readonly string[];
  /** From the deck's sidecar: applied last, over what the rules found. */
  corrections: readonly Correction[];
  /** Whether to keep the outline as pieces (`structure`) for the structure editor. */
  structure: boolean;
}

/** Where a theme begins: a paragraph whose first `headingLength` characters are its heading. */
export interface ThemeStart {
  /** Index into `flow`. */
  index: number;
  headingLength: number;
  /** Numbering family of the heading (e.g. `cn-dun` for 一、), so points use another level. */
  family: string;
  keyword?: string;
}

export interface OutlineState {
  /** Speech paragraphs in order; editorial lines are taken out of it into `meta`. */
  flow: Paragraph[];
  /** Lines moved to outline.meta, with their line, so meta keeps the text's order. */
  meta: Paragraph[];
  outline: Outline;
  /** First flow index not yet claimed by the title block or the salutation. */
  bodyStart: number;
  /** Flow index where the closing begins (flow.length when there is none). */
  closingStart: number;
  themeStarts: ThemeStart[];
  /** Items announced in the opening (e.g. 忠 专 实 勤 清), with the paragraph that announced them. */
  agenda?: { items: string[]; index: number };
  diagnostics: Diagnostic[];
  /** Every series weighed for themes and points, with its score and verdict (for --why). */
  candidates: CandidateRecord[];
  input: OutlineInput;
  /** The outline as pieces of the paragraphs, for the structure editor (set by the last rule). */
  structure?: Structure;
}

/** One named step of the outline pipeline (markdown-it core style: same signature for all). */
export type Rule = (state: OutlineState) => void;

/** Adds a diagnostic about `line` of the user's file (the printer puts 「第 N 行：」 in front). */
export function warn(state: OutlineState, line: number, code: string, message: string, severity: Diagnostic['severity'] = 'warning'): void {
  state.diagnostics.push({ line, code, message, severity });
}
