// Word's heading styles as a rule: themes from styled paragraphs where the text showed none.
import { applyHeadingHints } from '../heading-hints.js';
import type { Rule } from './state.js';

export const wordHeadings: Rule = (s) => {
  if (s.input.styledHeadings.length === 0) return;
  const hinted = applyHeadingHints({ ...s.outline, diagnostics: s.diagnostics }, s.input.styledHeadings, s.input.text);
  s.diagnostics = hinted.diagnostics;
  s.outline = { ...hinted, diagnostics: s.outline.diagnostics };
};
