// A refrain series: paragraphs whose first sentences repeat a phrase that is not their opening
// (——胡耀邦同志…，我们要像他那样，…。 / …，就是要…), a parallel series (排比) of another shape.
import { GRAM_BREAK, INTERJECTION, SALUTATION } from '../../text/markers.js';
import { firstSentence } from '../../text/segment.js';
import type { Paragraph } from '../../types.js';
import { numberingOf } from './numbering.js';

/** Bounds the search on pathological input (thousands of lines). */
const MAX_SPAN = 400;

/** Length of a refrain: a phrase repeated inside the first sentences of a series. */
const REFRAIN = 5;
/** A first sentence longer than this is no heading. */
const REFRAIN_SENTENCE = 90;

/**
 * A series whose first sentences share a phrase that is not their opening: the refrain of a
 * parallel series (——胡耀邦同志…，我们要像他那样，…。 with or without the dash, …，就是要…).
 * Its members start with the same subject or with anything; what makes them a series is the
 * refrain, found in 3+ first sentences and (mostly) nowhere else in the text, which tells a
 * refrain from a phrase the whole speech repeats (习近平新时代中国特色社会主义思想).
 */
export function refrainSeries(flow: Paragraph[], from: number, to: number): number[] {
  const end = Math.min(to, from + MAX_SPAN);
  const members = new Map<string, number[]>();
  // Measured once: the count below looks at every occurrence of every candidate refrain.
  const firstLength = flow.slice(from, end).map((p) => firstSentence(p.text).length);
  for (let i = from; i < end; i++) {
    const p = flow[i].text;
    if (numberingOf(p) || INTERJECTION.test(p) || SALUTATION.test(p)) continue;
    const first = p.slice(0, firstLength[i - from]);
    if (first.length > REFRAIN_SENTENCE) continue;
    const seen = new Set<string>();
    for (let at = 2; at + REFRAIN <= first.length; at++) {
      const gram = first.slice(at, at + REFRAIN);
      if (seen.has(gram) || GRAM_BREAK.test(gram)) continue;
      seen.add(gram);
      if (!members.has(gram)) members.set(gram, []);
      members.get(gram)!.push(i);
    }
  }
  let best: number[] = [];
  for (const [gram, items] of members) {
    if (items.length < 3 || items.length <= best.length) continue;
    const own = new Set(items);
    let elsewhere = 0;
    for (let i = from; i < end; i++) {
      const p = flow[i].text;
      let at = p.indexOf(gram);
      while (at >= 0) {
        if (!own.has(i) || at >= firstLength[i - from]) elsewhere++;
        at = p.indexOf(gram, at + 1);
      }
    }
    if (elsewhere * 3 <= items.length) best = items;
  }
  return best;
}
