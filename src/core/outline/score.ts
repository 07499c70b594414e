// Structure-detection scoring, exactly as docs/eval.md defines it. Pure: expected JSON and a
// detected outline in, counts out; totals() sums counts over a folder.
import { MATCH_ORDINAL, QUOTES_AND_PUNCT } from '../text/markers.js';
import type { Outline } from '../types.js';

export interface ExpectedTheme {
  heading: string | null;
  points?: string[];
  points_marked?: boolean;
  subpoints?: Record<string, string[]>;
}

export interface Expected {
  /** null when the speech has no title (a body pasted alone): then the outline should have none. */
  title: string | null;
  title_block?: string[];
  themes?: ExpectedTheme[];
}

/** Numerators and denominators for one speech; a figure's denominator 0 means "not counted". */
export interface SpeechScore {
  failed: boolean;
  title: number;
  headingsMatched: number;
  headingsExpected: number;
  precisionMatched: number;
  themesDetected: number;
  themeCountOk: number;
  themeCountEligible: number;
  pointsMatched: number;
  pointsExpected: number;
  detectedPointsMatched: number;
  pointsDetected: number;
}

/** Whitespace, quotes and punctuation removed, then a leading ordinal (第一, 1, 三). */
export function normalizeForMatch(s: string): string {
  return s.replace(QUOTES_AND_PUNCT, '').replace(MATCH_ORDINAL, '');
}

/**
 * The first 8 characters of normalised A occur within the first `window` of normalised B. An A
 * that is only an ordinal (`一` on a line of its own) normalises to nothing: it matches a B that,
 * with whitespace and punctuation removed, starts with the same ordinal.
 */
export function matches(a: string, b: string, window: number): boolean {
  const want = normalizeForMatch(a);
  if (want === '') {
    const ordinal = a.replace(QUOTES_AND_PUNCT, '');
    return ordinal !== '' && b.replace(QUOTES_AND_PUNCT, '').startsWith(ordinal);
  }
  return normalizeForMatch(b).slice(0, window).includes(want.slice(0, 8));
}

/** How many of `expected` are matched in order by `detected` (each detected used once). */
function inOrder(expected: string[], detected: string[], window: number): number {
  let j = 0;
  let matched = 0;
  for (const e of expected) {
    const k = detected.findIndex((d, i) => i >= j && matches(e, d, window));
    if (k >= 0) {
      matched++;
      j = k + 1;
    }
  }
  return matched;
}

export function failedScore(expected: Expected): SpeechScore {
  const s = scoreSpeech(expected, { title: '', opening: [], themes: [], closing: [], diagnostics: [] });
  return { ...s, failed: true, title: 0, precisionMatched: 0, themesDetected: 0, detectedPointsMatched: 0, pointsDetected: 0 };
}

export function scoreSpeech(expected: Expected, o: Outline): SpeechScore {
  const themes = expected.themes ?? [];
  const title = normalizeForMatch(o.title);
  const want = normalizeForMatch(expected.title ?? '');
  const block = normalizeForMatch((expected.title_block ?? [expected.title ?? '']).join(''));
  const titleOk = title === want || (title.startsWith(want) && block.includes(title));

  const headings = themes.map((t) => t.heading).filter((h): h is string => h !== null);
  const detectedHeadings = o.themes.map((t) => t.heading).filter((h): h is string => h !== null);
  const headingsMatched = inOrder(headings, detectedHeadings, 40);
  const allHeaded = themes.every((t) => t.heading !== null);

  const detectedPoints = o.themes.flatMap((t) => t.points.map((p) => p.text));
  const scored = themes.filter((t) => t.points_marked !== false).flatMap((t) => t.points ?? []);
  const allMarked = themes.every((t) => t.points_marked !== false);
  const anyExpected = themes.flatMap((t) => [...(t.points ?? []), ...Object.values(t.subpoints ?? {}).flat()]);
  const nThemes = o.themes.length;

  return {
    failed: false,
    title: titleOk ? 1 : 0,
    headingsMatched,
    headingsExpected: headings.length,
    precisionMatched: allHeaded ? headingsMatched : 0,
    themesDetected: allHeaded ? nThemes : 0,
    themeCountOk: themes.length > 0 && nThemes === themes.length ? 1 : 0,
    themeCountEligible: themes.length > 0 ? 1 : 0,
    pointsMatched: inOrder(scored, detectedPoints, 24),
    pointsExpected: scored.length,
    detectedPointsMatched: allMarked ? detectedPoints.filter((d) => anyExpected.some((e) => matches(e, d, 24))).length : 0,
    pointsDetected: allMarked ? detectedPoints.length : 0,
  };
}

export interface Totals {
  speeches: number;
  failed: number;
  title: number | null;
  headingRecall: number | null;
  headingPrecision: number | null;
  themeCount: number | null;
  pointRecall: number | null;
  pointPrecision: number | null;
}

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

export function totals(scores: SpeechScore[]): Totals {
  const sum = (k: keyof SpeechScore) => scores.reduce((acc, s) => acc + Number(s[k]), 0);
  return {
    speeches: scores.length,
    failed: scores.filter((s) => s.failed).length,
    title: ratio(sum('title'), scores.length),
    headingRecall: ratio(sum('headingsMatched'), sum('headingsExpected')),
    headingPrecision: ratio(sum('precisionMatched'), sum('themesDetected')),
    themeCount: ratio(sum('themeCountOk'), sum('themeCountEligible')),
    pointRecall: ratio(sum('pointsMatched'), sum('pointsExpected')),
    pointPrecision: ratio(sum('detectedPointsMatched'), sum('pointsDetected')),
  };
}
