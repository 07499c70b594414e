// Runs in a worker thread so the parent can stop a compile that has gone quadratic (terminate()
// interrupts synchronous code, a timer in the same thread could not).
import { parentPort, workerData } from 'node:worker_threads';
import { makeSpeech } from './lib/corpus.js';

const { bytes, budgetMs, maxRuns } = workerData;
const core = (m) => import(new URL(`../lib/core/${m}.js`, import.meta.url));
const [{ compileSpeech }, { normalize }, { buildOutline }, { planDeck }, { resolveOptions }, { renderDeck }] = await Promise.all(
  ['compile', 'text/normalize', 'outline/outline', 'plan/plan', 'plan/options', 'render/render'].map(core),
);
// Front matter (options at the top of a speech) is newer than the other stages: optional here.
const { splitFrontMatter } = await core('text/front-matter').catch(() => ({}));

const text = makeSpeech(bytes);
const size = Buffer.byteLength(text);
const t = () => performance.now();

// One untimed run: JIT warm-up, and tells how many timed runs fit in the budget.
let start = t();
compileSpeech(text);
const first = t() - start;
const runs = Math.max(1, Math.min(maxRuns, Math.floor(budgetMs / Math.max(first, 0.01))));
const times = [];
// CPU time too (all threads, so GC helpers count): on a busy machine it moves far less than wall time.
const cpuTimes = [];
for (let i = 0; i < runs; i++) {
  const cpu = process.cpuUsage();
  start = t();
  compileSpeech(text);
  times.push(t() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1e3);
}

// Where the time goes, one staged run in compileSpeech's order (outline includes its own
// normalize, so that is timed apart too).
const stages = {};
let body = text;
let frontOptions = {};
if (splitFrontMatter) {
  start = t();
  const front = splitFrontMatter(text);
  stages.frontMatter = t() - start;
  body = front.body;
  frontOptions = front.options;
}
start = t();
normalize(body);
stages.normalize = t() - start;
start = t();
const outline = buildOutline(body);
stages.outline = t() - start;
start = t();
const deck = planDeck(outline, resolveOptions(frontOptions, {}));
stages.plan = t() - start;
start = t();
renderDeck(deck, { notes: true });
stages.render = t() - start;

parentPort.postMessage({ size, times, cpuTimes, stages });
