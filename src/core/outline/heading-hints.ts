// Word's heading styles, as a hint. The text's own markers come first: styles are often
// applied carelessly (a whole speech in 标题 2, or none at all), so they are trusted only
// where the detection found no theme, and only when at least two styled paragraphs agree.
import type { Diagnostic, Outline, Theme } from '../types.js';

/** Below two styled headings there is no series to divide the speech by. */
const MIN_HEADINGS = 2;

/**
 * Themes from styled headings for a speech whose text showed none: each styled paragraph of
 * the body opens a theme, the paragraphs after it are its lead. Nothing moves across fields
 * other than `body`, so the outline keeps every character in order.
 */
export function applyHeadingHints(outline: Outline, styledHeadings: readonly string[], text: string): Outline {
  const body = outline.body ?? [];
  if (outline.themes.length > 0 || body.length === 0) return outline;
  const styled = new Set(styledHeadings.map((h) => h.trim()).filter(Boolean));
  const starts = body.map((p, i) => (styled.has(p.trim()) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < MIN_HEADINGS) return outline;

  const lines = text.split('\n').map((l) => l.trim());
  let from = 0;
  const themes: Theme[] = starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : body.length;
    // The heading's line in the file, searched in order so repeated words find the right one.
    const at = lines.indexOf(body[start].trim(), from);
    from = at < 0 ? from : at + 1;
    return { heading: body[start], lead: body.slice(start + 1, end).join('\n'), points: [], line: at + 1 };
  });
  const before = body.slice(0, starts[0]);
  const note: Diagnostic = {
    line: 1,
    code: 'word-headings-used',
    severity: 'info',
    message: `正文里没有“一、”“第一，”之类的层次标记，已按 Word 的标题样式分为 ${themes.length} 个部分。`,
  };
  return {
    ...outline,
    // Paragraphs before the first styled heading belong with the opening.
    opening: [...outline.opening, ...before],
    themes,
    body: undefined,
    diagnostics: [...outline.diagnostics.filter((d) => d.code !== 'no-theme-found'), note],
  };
}
