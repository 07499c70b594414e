// The checks every scored corpus gets: its totals asserted exactly (so a rule change that loses
// or gains anything shows), nothing lost, and a guard against blow-ups. Returns the outlines by name for
// the corpus's own detail tests.
import { expect, it } from 'vitest';
import { buildOutline } from '../../src/core/outline/outline.js';
import { scoreSpeech, totals } from '../../src/core/outline/score.js';
import type { Outline } from '../../src/core/types.js';
import { fixtures, outlineSpeech, speechWithoutMeta } from './helpers.js';

/** Outlines take milliseconds (npm run bench says how many); the guard catches a rule gone
 *  quadratic or worse (those took seconds), not a loaded machine's noise. */
const GUARD_MS = 1000;

export function corpusChecks(dir: string, expectedTotals: ReturnType<typeof totals>): Map<string, Outline> {
  const all = fixtures(dir);
  const outlines = new Map(all.map((f) => [f.name, buildOutline(f.text)]));

  it('scores the asserted totals', () => {
    expect(totals(all.map(({ name, expected }) => scoreSpeech(expected, outlines.get(name)!)))).toEqual(expectedTotals);
  });

  it('loses nothing and builds each outline in under the blow-up guard', () => {
    buildOutline(all[0].text); // warm-up
    for (const { name, text } of all) {
      const started = performance.now();
      const o = buildOutline(text);
      expect([name, performance.now() - started < GUARD_MS]).toEqual([name, true]);
      expect([name, outlineSpeech(o)]).toEqual([name, speechWithoutMeta(text, o)]);
    }
  });

  return outlines;
}
