// runEval reads a folder of NAME.txt + NAME.expected.json and prints per-speech rows and totals.
import { describe, expect, it } from 'vitest';
import { runEval } from '../../../src/node/tools/eval.js';
import { FIXTURES } from '../helpers.js';

describe('runEval', () => {
  it('scores the fixture folder without failures', async () => {
    const { text, failed, totals } = await runEval(FIXTURES);
    expect(failed).toBe(0);
    expect(text.split('\n')[0]).toMatch(/^speech\s+title/);
    expect(text).toContain('f01-yi-own-line');
    expect(text.split('\n').pop()).toMatch(/^total: title 1\.00 headingRecall \d\.\d\d headingPrecision \d\.\d\d themeCount \d\.\d\d pointRecall \d\.\d\d pointPrecision \d\.\d\d/);
    expect(totals.speeches).toBeGreaterThanOrEqual(12);
  });
});
