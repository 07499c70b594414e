// Finds where themes begin: the series kinds of theme-kinds.ts compete (arbitrate.ts) and the
// winner's members open the themes. Every candidate is kept on the state for `outline --why`.
import { prefixChars } from './admission.js';
import { findAgendas } from './agenda.js';
import { arbitrateThemes } from './arbitrate.js';
import { numberingOf } from './numbering.js';
import { closingInterjection } from './parts.js';
import type { OutlineState, Rule, ThemeStart } from './state.js';
import { warn } from './state.js';

export { shortHeading } from './theme-kinds.js';

export const themes: Rule = (s) => {
  const { flow, bodyStart: from } = s;
  // Themes are sought in the body only; an interjection line near the end opens the closing.
  const to = closingInterjection(flow, from, flow.length);
  const { chosen, records } = arbitrateThemes({ flow, from, to, state: s, chars: prefixChars(flow) });
  s.candidates.push(...records);
  if (!s.agenda) s.agenda = findAgendas(flow, from, to)[0];
  if (!chosen) {
    const p = s.flow[s.bodyStart];
    if (p) warn(s, p.line, 'no-theme-found', '未识别到主题层次（一、（一）、第一，“X”字…等排比段），已按自然段分页。', 'info');
    return;
  }
  s.themeStarts = chosen.items.map((index, k): ThemeStart => ({
    index,
    headingLength: chosen.headings?.[k] ?? chosen.kind.heading(s.flow[index].text),
    family: chosen.family,
  }));
  if (chosen.kind.family === 'numbered') reportGaps(s, chosen.items);
};

function reportGaps(s: OutlineState, items: number[]): void {
  let expect = 1;
  for (const i of items) {
    const n = numberingOf(s.flow[i].text);
    if (n && n.ordinal !== expect) warn(s, s.flow[i].line, 'numbering-gap', `编号跳过了：这里是第 ${n.ordinal} 项，应为第 ${expect} 项。`);
    expect = (n?.ordinal ?? expect) + 1;
  }
}
