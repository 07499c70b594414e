// `lectern eval <dir>`: scores structure detection on a folder of NAME.txt + NAME.expected.json
// (docs/eval.md). File IO here; the scoring itself is pure (core/score.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildOutline } from '../../core/outline/outline.js';
import { failedScore, scoreSpeech, totals } from '../../core/outline/score.js';
import type { Expected, SpeechScore, Totals } from '../../core/outline/score.js';

const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(2));
const frac = (n: number, d: number): string => (d > 0 ? `${n}/${d}` : '—');

function row(name: string, s: SpeechScore, ms: number): string {
  return [
    name.padEnd(36),
    (s.failed ? 'FAIL' : s.title ? 'ok' : 'x').padEnd(5),
    frac(s.headingsMatched, s.headingsExpected).padEnd(8),
    frac(s.precisionMatched, s.themesDetected).padEnd(8),
    (s.themeCountEligible ? (s.themeCountOk ? 'ok' : 'x') : '—').padEnd(6),
    frac(s.pointsMatched, s.pointsExpected).padEnd(8),
    frac(s.detectedPointsMatched, s.pointsDetected).padEnd(8),
    `${ms.toFixed(1)}ms`,
  ].join(' ');
}

function totalsLine(t: Totals): string {
  return (
    `total: title ${fmt(t.title)} headingRecall ${fmt(t.headingRecall)} headingPrecision ${fmt(t.headingPrecision)} ` +
    `themeCount ${fmt(t.themeCount)} pointRecall ${fmt(t.pointRecall)} pointPrecision ${fmt(t.pointPrecision)} ` +
    `(speeches ${t.speeches}, failed ${t.failed})`
  );
}

export async function runEval(dir: string): Promise<{ text: string; failed: number; totals: Totals }> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const lines = [
    `${'speech'.padEnd(36)} title hRecall hPrec   count  pRecall pPrec    time`,
  ];
  const scores: SpeechScore[] = [];
  for (const name of names) {
    let expected: Expected;
    try {
      expected = JSON.parse(await readFile(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
    } catch {
      continue; // a speech without an expected outline is not part of the evaluation
    }
    const text = await readFile(join(dir, `${name}.txt`), 'utf8');
    const started = performance.now();
    let score: SpeechScore;
    try {
      score = scoreSpeech(expected, buildOutline(text));
    } catch {
      score = failedScore(expected);
    }
    scores.push(score);
    lines.push(row(name, score, performance.now() - started));
  }
  const t = totals(scores);
  lines.push(totalsLine(t));
  return { text: lines.join('\n'), failed: t.failed, totals: t };
}
