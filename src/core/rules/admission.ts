// What admits a look-alike series (排比, refrains, same openings) as the themes: it must divide the
// body and explain the speech, not be a figure of speech inside it or its closing call.
import { CLOSING_START, INTERJECTION } from '../markers.js';
import type { FindContext } from './theme-kinds.js';

/** How much longer than the longest other theme the last one may run, in paragraphs. */
const TAIL_FACTOR = 3;
const TAIL_SLACK = 2;

/**
 * Themes divide the body. A look-alike run whose members sit together and leave most of the body
 * after its last one (这一年，我们… ×4 in a New Year message, then eight paragraphs of other
 * things) is a figure of speech inside the text, not its parts: without numbering to vouch for
 * it, the last theme may not run far longer than the others. The last theme ends at the first
 * closing formula after it, else at the end.
 */
export function spreadOver(c: FindContext, items: number[]): string | null {
  const { flow, to } = c;
  const last = items[items.length - 1];
  let end = to;
  for (let i = last + 1; i < to; i++) {
    if (CLOSING_START.test(flow[i].text) || INTERJECTION.test(flow[i].text)) {
      end = i;
      break;
    }
  }
  const longest = Math.max(...items.slice(1).map((x, k) => x - items[k]));
  return end - last <= TAIL_FACTOR * longest + TAIL_SLACK ? null : '各项挤在正文的一小段里，后面还有很多别的内容：像是修辞上的排比，不是全文的几个部分';
}

/** How many times longer than the themes the text before the first one may be. */
const OPENING_FACTOR = 2;

/**
 * A look-alike series must explain the speech: not a call to the audience at the end (让我们将…
 * ×5 after eight paragraphs of prose is the closing exhortation), not a short run after an
 * opening far longer than everything from its first member on.
 */
export function explainsSpeech(c: FindContext, items: number[]): string | null {
  if (CLOSING_START.test(c.flow[items[0]].text)) return '以结尾常用语（让我们、总之…）开头：是结尾的号召，不是主题';
  const chars = (from: number, to: number) => c.flow.slice(from, to).reduce((n, p) => n + p.text.length, 0);
  if (chars(c.from, items[0]) > OPENING_FACTOR * chars(items[0], c.to)) return '前面的内容比这几项加起来长得多：不像全文的几个部分';
  return spreadOver(c, items);
}

