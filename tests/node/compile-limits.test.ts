// Speeches made to exhaust the machine, each compiled in a child process of its own with a heap
// of 1 GB, so that the memory bound is measured, not hoped for. The child runs the compiled
// lib/ (scripts/prepare.js, which `npm test` runs first), as the CLI does.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

/** A speech of `unit` repeated to `bytes` (or `count` times), between `prefix` and `suffix`. */
interface Input {
  unit: string;
  bytes?: number;
  count?: number;
  prefix?: string;
  suffix?: string;
  format?: 'txt' | 'md';
}

const MB10 = 10 * 1024 * 1024;
const LIMIT_MS = 15_000;
const LIMIT_RSS_KB = 1024 * 1024;

/** Compiles the speech, then reports time, peak memory, slides, and whether the notes lost any of it
 *  (null for Markdown, whose markers are no text). */
const CHILD = `
const { pathToFileURL } = await import('node:url');
const [lib, spec] = [process.argv[1], JSON.parse(process.argv[2])];
const core = (name) => import(pathToFileURL(lib + '/core/' + name + '.js').href);
const { compileSpeech } = await core('compile');
const { normalize } = await core('text/normalize');
const { splitFrontMatter } = await core('text/front-matter');
const count = spec.count ?? Math.floor(spec.bytes / Buffer.byteLength(spec.unit));
const text = (spec.prefix ?? '') + spec.unit.repeat(count) + (spec.suffix ?? '');
const started = performance.now();
const { deck, html } = compileSpeech(text, {}, { notes: true }, spec.format ?? 'txt');
const ms = performance.now() - started;
const slides = deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
const noSpace = (s) => s.replace(/\\s+/g, '');
const speech = spec.format === 'md' ? null : noSpace(normalize(splitFrontMatter(text).body).text);
// The notes may add the deck's own words (the recap of a small deck): the speech must be in them in order.
const notes = noSpace(slides.map((s) => s.notes).join(''));
let found = 0;
for (let i = 0; speech !== null && i < notes.length && found < speech.length; i++) if (notes[i] === speech[found]) found++;
const lost = speech === null ? null : found < speech.length;
console.log(JSON.stringify({ ms, rssKb: process.resourceUsage().maxRSS, slides: slides.length, htmlChars: html.length, lost }));
`;

function compileInChild(input: Input): { ms: number; rssKb: number; slides: number; htmlChars: number; lost: boolean | null } {
  const child = spawnSync(process.execPath, ['--max-old-space-size=1024', '--input-type=module', '-e', CHILD, join(ROOT, 'lib'), JSON.stringify(input)], {
    encoding: 'utf8',
    timeout: 55_000,
  });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout);
}

const longLine = '我们要坚持发展'.repeat(700);
const INPUTS: Array<[name: string, input: Input]> = [
  ['10 MB of “1.” lines (threw RangeError: Invalid string length)', { unit: '1.\n', bytes: MB10 }],
  ['10 MB of “要” lines (took 43 s and 4.9 GB for 2.6 million slides)', { unit: '要\n', bytes: MB10 }],
  ['10 MB of “要做好工作。” lines', { unit: '要做好工作。\n', bytes: MB10 }],
  ['10 MB of “---” lines', { unit: '---\n', bytes: MB10 }],
  ['one 10 MB paragraph', { unit: '国', bytes: MB10 }],
  ['two themes of 1,990 long lines a PDF copy wrapped', { prefix: '一、学习\n', unit: `${longLine}\n`, count: 1990, suffix: '二、落实\n要做。' }],
  ['numbered points with a gap and 10 MB of inline 就是要', { prefix: '一、学习\n第一，学。\n第三，做。\n', unit: '就是要，', bytes: MB10, suffix: '\n二、落实\n要做。' }],
  ['10 MB of web debris markers in one line', { prefix: '标题\n', unit: '##ab##', bytes: MB10 }],
  ['10 MB of breadcrumb look-alikes in one line', { unit: '首页  >', bytes: MB10, suffix: '。' }],
  ['10 MB of Markdown “##” headings', { unit: '## 学习\n', bytes: MB10, format: 'md' }],
];

describe('a speech made to exhaust the machine compiles in bounded time and memory, losing nothing', () => {
  for (const [name, input] of INPUTS) {
    it(name, () => {
      const result = compileInChild(input);
      expect(result.ms).toBeLessThan(LIMIT_MS);
      expect(result.rssKb).toBeLessThan(LIMIT_RSS_KB);
      expect(result.slides).toBeLessThanOrEqual(2000);
      expect(result.lost).not.toBe(true);
    });
  }
});
