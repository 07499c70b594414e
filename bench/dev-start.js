// 6) dev start: spawn `lectern dev` as `npm run dev` does (its bin, without npm's own ~0.15 s) on a free
// port, and poll the reference deck's page until it answers 200. The whole process group is
// killed after each run, since Vite may have started helpers.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REFERENCE_NAME, ROOT, killGroup, trackGroup } from './lib/env.js';
import { freePort } from './lib/serve.js';
import { now, sample } from './lib/stats.js';

const LECTERN_BIN = join(ROOT, 'bin', 'lectern.js');
const TIMEOUT_MS = 30_000;
const POLL_MS = 5;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startOnce() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/${encodeURIComponent(REFERENCE_NAME)}/`;
  const start = now();
  const child = spawn(process.execPath, [LECTERN_BIN, 'dev', '--port', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  trackGroup(child.pid);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    while (now() - start < TIMEOUT_MS) {
      if (exited) throw new Error(`vite exited early:\n${stderr.slice(-2000)}`);
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status === 200) return now() - start;
      } catch {
        // Not listening yet.
      }
      await sleep(POLL_MS);
    }
    throw new Error(`${url} did not answer 200 within ${TIMEOUT_MS} ms`);
  } finally {
    killGroup(child.pid);
  }
}

export async function benchDevStart(log) {
  // One warm-up: Vite's first start in a checkout writes its dependency cache (node_modules/.vite).
  const result = await sample(startOnce, { runs: 5, warmups: 1 });
  log(`dev start: median ${result.median.toFixed(0)} ms of [${result.runs.map((r) => r.toFixed(0)).join(', ')}]`);
  return { medianMs: result.median, runsMs: result.runs };
}
