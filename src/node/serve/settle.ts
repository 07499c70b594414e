// Editors save by truncating the file and then writing it: read in between and the speech is
// "empty" for a moment, and the dev server would show the 空文件 page. So a file that has just
// changed is given a moment to settle before it is read.
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';

export interface SettleTiming {
  /** A file whose last change is at least this old is taken as written, without waiting. */
  quietMs: number;
  /** An empty file must stay empty this long before it is believed: a save empties it first. */
  emptyQuietMs: number;
  /** Waiting is bounded: after this, the file is read as it is (an empty one a bit longer, see below). */
  limitMs: number;
  /** A younger file is looked at again after this; unchanged (and not empty), it is taken as written. */
  pollMs: number;
}

export const SETTLE_TIMING: SettleTiming = { quietMs: 100, emptyQuietMs: 300, limitMs: 1_000, pollMs: 25 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function statOrNull(path: string): Promise<Stats | null> {
  return stat(path).catch(() => null);
}

function settled(info: Stats, before: Stats | null, timing: SettleTiming): boolean {
  const age = Date.now() - info.mtimeMs;
  if (info.size === 0) return age >= timing.emptyQuietMs;
  const unchanged = before !== null && before.size === info.size && before.mtimeMs === info.mtimeMs;
  return unchanged || age >= timing.quietMs;
}

/**
 * The file's stats once it has stopped changing (null if it does not exist). Waits only when the
 * file is empty or changed within the last `quietMs`: until it is the same one poll later, never
 * longer than `limitMs` — or, while the file is empty, twice that, so a save in progress is not
 * read as an empty file.
 */
export async function settledStat(path: string, timing: SettleTiming = SETTLE_TIMING): Promise<Stats | null> {
  const start = Date.now();
  let before: Stats | null = null;
  let info = await statOrNull(path);
  while (info && !settled(info, before, timing)) {
    const waited = Date.now() - start;
    if (waited >= timing.limitMs * 2 || (waited >= timing.limitMs && info.size > 0)) break;
    await sleep(timing.pollMs);
    before = info;
    info = await statOrNull(path);
  }
  return info;
}

/** The file's version stamp now, without waiting ('' if it does not exist). */
export async function currentStamp(path: string): Promise<string> {
  return versionStamp(await statOrNull(path));
}

/** Names one version of a file: it changes when the file is written. */
export function versionStamp(info: Stats | null): string {
  return info ? `${info.mtimeMs}:${info.size}` : '';
}
