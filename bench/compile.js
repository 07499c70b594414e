// 1) compile throughput: normalize → render (compileSpeech) on 10 KB … 10 MB speeches.
import { Worker } from 'node:worker_threads';
import { median } from './lib/stats.js';

export const SIZES = [10e3, 100e3, 1e6, 10e6];
/** Time spent per size on timed runs (bounded again by maxRuns); the 10 MB case gets at least one. */
const BUDGET_MS = 2_000;
const MAX_RUNS = 200;
/** Beyond this a size is reported as timed out rather than waited for: 10 MB at 20 MB/s is 0.5 s. */
const TIMEOUT_MS = 120_000;

function runSize(bytes) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compile-worker.js', import.meta.url), {
      workerData: { bytes, budgetMs: BUDGET_MS, maxRuns: MAX_RUNS },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ bytes, timedOut: true });
    }, TIMEOUT_MS);
    worker.once('message', (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

export async function benchCompile(log) {
  const rows = [];
  for (const bytes of SIZES) {
    const r = await runSize(bytes);
    if (r.timedOut) {
      rows.push({ target: bytes, timedOut: true, timeoutMs: TIMEOUT_MS });
      log(`compile ${bytes / 1e3} KB: timed out after ${TIMEOUT_MS / 1e3} s`);
      continue;
    }
    const ms = median(r.times);
    const cpuMs = median(r.cpuTimes);
    const row = {
      target: bytes,
      bytes: r.size,
      runs: r.times.length,
      medianMs: ms,
      mbPerS: r.size / 1e6 / (ms / 1e3),
      nsPerByte: (ms * 1e6) / r.size,
      cpuMedianMs: cpuMs,
      cpuNsPerByte: (cpuMs * 1e6) / r.size,
      stagesMs: r.stages,
    };
    rows.push(row);
    log(`compile ${(r.size / 1e3).toFixed(0)} KB: ${ms.toFixed(2)} ms (cpu ${cpuMs.toFixed(2)} ms), ${row.mbPerS.toFixed(1)} MB/s (${row.runs} runs)`);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const ratio = first.nsPerByte && last.nsPerByte ? last.nsPerByte / first.nsPerByte : Infinity;
  const cpuRatio = first.cpuNsPerByte && last.cpuNsPerByte ? last.cpuNsPerByte / first.cpuNsPerByte : Infinity;
  return { sizes: rows, ratioLargestToSmallest: ratio, cpuRatioLargestToSmallest: cpuRatio };
}
