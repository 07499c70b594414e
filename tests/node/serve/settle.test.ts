// The wait for a speech that is being saved: a file is read once it has stopped changing.
import { writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTLE_TIMING, settledStat } from '../../../src/node/serve/settle.js';
import { tempDir } from '../../helpers/paths.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const TEXT = '讲话\n同志们：\n一、抓学习\n要读书。\n';
const SIZE = Buffer.byteLength(TEXT);

describe('settledStat', () => {
  it('answers at once for a file that is not being written', async () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, TEXT);
    await sleep(SETTLE_TIMING.quietMs + 20);
    const start = Date.now();
    expect((await settledStat(file))?.size).toBe(SIZE);
    expect(Date.now() - start).toBeLessThan(SETTLE_TIMING.pollMs);
  });

  it('waits for the text of a file that was just emptied by a save', async () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, TEXT);
    truncateSync(file, 0);
    setTimeout(() => writeFileSync(file, TEXT), 100);
    const start = Date.now();
    expect((await settledStat(file))?.size).toBe(SIZE);
    expect(Date.now() - start).toBeGreaterThanOrEqual(100);
  });

  it('looks at a just-written file once more before it takes it as written', async () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, TEXT);
    const start = Date.now();
    expect((await settledStat(file))?.size).toBe(SIZE);
    const waited = Date.now() - start;
    expect(waited).toBeGreaterThanOrEqual(SETTLE_TIMING.pollMs - 5);
    expect(waited).toBeLessThan(SETTLE_TIMING.quietMs);
  });

  it('believes a file that stays empty, after a bounded wait', async () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, '');
    const start = Date.now();
    expect((await settledStat(file))?.size).toBe(0);
    const waited = Date.now() - start;
    expect(waited).toBeGreaterThanOrEqual(SETTLE_TIMING.emptyQuietMs - 20);
    expect(waited).toBeLessThan(SETTLE_TIMING.limitMs);
  });

  it('gives up waiting on a file that never stops changing', async () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, TEXT);
    const writer = setInterval(() => writeFileSync(file, TEXT), 10);
    try {
      const start = Date.now();
      expect((await settledStat(file))?.size).toBe(SIZE);
      const waited = Date.now() - start;
      expect(waited).toBeGreaterThanOrEqual(SETTLE_TIMING.limitMs);
      expect(waited).toBeLessThan(SETTLE_TIMING.limitMs * 2 + 200);
    } finally {
      clearInterval(writer);
    }
  });

  it('answers null for a missing file, without waiting', async () => {
    expect(await settledStat(join(tempDir(), 'missing.txt'))).toBeNull();
  });
});
