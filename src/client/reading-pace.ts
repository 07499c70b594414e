// The figures the reading view shows (time used, speaking pace), as pure functions of plain
// data, so they are tested without a browser. Characters are counted as the planner counts them
// when it gives each slide its timing (spokenLength), so a slide read at the planned rate shows it.
import { spokenLength } from '../core/text/clauses.js';

/** One slide as the reading view sees it: its spoken text and its planned seconds. */
export interface ReadingSlide {
  paragraphs: string[];
  /** data-timing of the slide; 0 when missing. */
  seconds: number;
}

/** mm:ss of elapsed milliseconds. Minutes run past 59 (a speech seldom lasts an hour). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** Characters per minute, rounded; null when there is nothing to divide. */
export function perMinute(chars: number, seconds: number): number | null {
  return chars > 0 && seconds > 0 ? Math.round((chars / seconds) * 60) : null;
}

export interface Pace {
  /** Characters of the slide's spoken text. */
  chars: number;
  seconds: number;
  /** 字/分 the slide's timing asks for. */
  rate: number | null;
  /** 字/分 of the whole speech: all characters over all planned seconds. */
  deckRate: number | null;
}

export function charsOf(slide: ReadingSlide): number {
  return slide.paragraphs.reduce((sum, p) => sum + spokenLength(p), 0);
}

export function paceOf(slides: ReadingSlide[], index: number): Pace {
  const slide = slides[index] ?? { paragraphs: [], seconds: 0 };
  const chars = charsOf(slide);
  const allChars = slides.reduce((sum, s) => sum + charsOf(s), 0);
  const allSeconds = slides.reduce((sum, s) => sum + s.seconds, 0);
  return { chars, seconds: slide.seconds, rate: perMinute(chars, slide.seconds), deckRate: perMinute(allChars, allSeconds) };
}

/**
 * The pace line of the reading view's bar, e.g. 「本页 312 字 · 104 秒 · 180 字/分（全篇 180 字/分）」;
 * only the planned time when the page has no spoken text at all (a `--no-notes` copy).
 */
export function paceLabel(pace: Pace): string {
  if (pace.deckRate === null) return `本页计划 ${pace.seconds} 秒`;
  const rate = (r: number | null) => (r === null ? '—' : `${r} 字/分`);
  return `本页 ${pace.chars} 字 · ${pace.seconds} 秒 · ${rate(pace.rate)}（全篇 ${rate(pace.deckRate)}）`;
}
