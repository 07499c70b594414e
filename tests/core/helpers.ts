// Shared by the outline tests: fixture loading and the nothing-lost comparison.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../../src/core/text/normalize.js';
import { outlineText } from '../../src/core/outline/outline.js';
import type { Expected } from '../../src/core/outline/score.js';
import type { Outline } from '../../src/core/types.js';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(here, '..', 'fixtures');
/** Speeches written by someone who had not seen the rules: held-out style, scored, not tuned to. */
export const BLIND_FIXTURES = join(here, '..', 'fixtures-blind');
/** A second blind set, by another hand, with notes on each judgement call in its expected outlines. */
export const BLIND2_FIXTURES = join(here, '..', 'fixtures-blind2');
/** A third blind set: long, messy speeches (web-page pastes, spoken runs), notes on each call. */
export const BLIND3_FIXTURES = join(here, '..', 'fixtures-blind3');
/** A fourth blind set, full of structure look-alikes (demand words in argument, questions, 最后). */
export const BLIND4_FIXTURES = join(here, '..', 'fixtures-blind4');
export const BLIND5_FIXTURES = join(here, '..', 'fixtures-blind5');
export const REFERENCE = join(here, '..', '..', 'slides', '办公室干部专题研讨交流发言.txt');

export interface Fixture {
  name: string;
  text: string;
  expected: Expected;
}

export function fixtures(dir = FIXTURES): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      return {
        name,
        text: readFileSync(join(dir, f), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected,
      };
    });
}

const noSpace = (s: string) => s.replace(/\s+/g, '');

/**
 * The speech as the outline must hold it: the normalized text with each meta line taken out of
 * its place (editorial lines may stand anywhere, even mid-speech, and meta gathers them). What
 * remains must equal the outline's speech fields in order, whitespace aside: nothing lost, nothing
 * repeated, nothing reordered.
 */
export function speechWithoutMeta(raw: string, o: Outline): string {
  const lines = normalize(raw).text.split('\n');
  for (const m of o.meta ?? []) {
    const at = lines.indexOf(m);
    if (at < 0) throw new Error(`meta line not in the text: ${m}`);
    lines.splice(at, 1);
  }
  return noSpace(lines.join(''));
}

export function outlineSpeech(o: Outline): string {
  return noSpace(outlineText(o));
}
