// The data model shared by every stage of the pipeline.
// bytes ─read─▶ text ─normalize─▶ text ─segment─▶ Paragraph[] ─rules─▶ Outline ─plan─▶ Deck ─render─▶ HTML

/** A message for the user about their speech. `line` is 1-based in the user's file. */
export interface Diagnostic {
  line: number;
  /** Stable, kebab-case English (`numbering-gap`, `web-debris-removed`…): what programs and tests
   *  match on. One code per kind of message; the message's wording may change, the code may not. */
  code: string;
  /** Simplified Chinese, says what happened and what to do. Never starts with 「第 N 行：」: whoever
   *  prints it (CLI, dev server) puts the file and the line in front. */
  message: string;
  /** Neither stops a build: a speech that cannot become a deck is reported by the reader, not here. */
  severity: 'warning' | 'info';
  /** Whose line `line` is: the speech's (default) or its sidecar's (`<deck>.lectern.yaml`). */
  source?: 'sidecar';
}

/** Output of normalize(): cleaned text plus what was removed. */
export interface NormalizedText {
  text: string;
  diagnostics: Diagnostic[];
}

/** A paragraph of the normalized text: one non-empty source line, trimmed. */
export interface Paragraph {
  text: string;
  /** 1-based line number in the user's file (not in the normalized text, which drops empty lines). */
  line: number;
}

export interface Point {
  /** Verbatim from its marker (要/就是要/一是/（一）/1、…) to the next point or the theme's tail. */
  text: string;
  /** A short title for the point's slide, taken from the point's own words. */
  headline: string;
  /** 1-based line in the user's file. */
  line: number;
}

export interface Theme {
  /** Verbatim with its own punctuation (run-in heading keeps its 。), or null when the theme has none. */
  heading: string | null;
  /** For a theme without a heading: a short label from its own first words, for its slide and
   *  the agenda (the speech text is not changed). */
  label?: string;
  /** Key character or phrase, e.g. 忠 from “忠”字为先筑根基。 */
  keyword?: string;
  /** Text of the theme after its heading and before its first point ('' if none). */
  lead: string;
  points: Point[];
  /** Text after the last point that does not belong to it (optional). */
  tail?: string;
  /** 1-based line in the user's file (of the heading, or of the theme's first paragraph). */
  line: number;
}

/**
 * The public outline contract (`lectern outline --json`). Every character of the normalized
 * speech appears exactly once in title, subtitle, meta, salutation, opening, heading, lead,
 * points, tail, body or closing, in order (multi-paragraph fields join paragraphs with "\n").
 * A speech in which no theme is found has `themes: []` and its paragraphs in `body`.
 */
export interface Outline {
  title: string;
  subtitle?: string;
  meta?: string[];
  salutation?: string;
  opening: string[];
  themes: Theme[];
  /** Paragraphs of a speech in which no theme was found (then `themes` is empty). */
  body?: string[];
  closing: string[];
  /** Theme names announced by the opening (e.g. 忠 专 实 勤 清 from “忠专实勤清”), in order. */
  agenda?: string[];
  diagnostics: Diagnostic[];
}

/** Per-speech settings (front matter later); defaults in resolveOptions. */
export interface DeckOptions {
  /** Speaking rate in characters per minute. */
  rate: number;
  theme: string;
  /** Overrides the detected title / subtitle on the title slide (front matter). */
  title?: string;
  subtitle?: string;
  speaker?: string;
  unit?: string;
  date?: string;
}

export type SlideKind = 'title' | 'opening' | 'agenda' | 'theme' | 'point' | 'body' | 'closing';

/** One block of on-slide content, rendered by the renderer. All strings are plain text. */
export type SlideBlock =
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'breadcrumb'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'lines'; lines: string[] }
  | { type: 'list'; items: { text: string; href?: string }[] }
  | { type: 'tiles'; tiles: { mark: string; label: string; href: string }[] }
  | { type: 'mark'; text: string }
  | { type: 'meta'; lines: string[] };

export interface Slide {
  kind: SlideKind;
  /** Stable id for deep links, derived from structure (not position alone). */
  id: string;
  blocks: SlideBlock[];
  /** Spoken text this slide covers (plain text, paragraphs joined by "\n"). */
  notes: string;
  /** Seconds, from characters at the speaking rate. */
  timing: number;
  continued?: boolean;
}

/** A horizontal position: a single slide, or a vertical stack (theme slide + point slides). */
export type DeckEntry = { type: 'slide'; slide: Slide } | { type: 'stack'; id: string; slides: Slide[] };

export interface Deck {
  title: string;
  entries: DeckEntry[];
  options: DeckOptions;
  /** Total of every slide's timing, in seconds. */
  totalSeconds: number;
  diagnostics: Diagnostic[];
}
