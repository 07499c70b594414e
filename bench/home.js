// 7) home page first load: `lectern dev` started on a free port (answering its home page), then a
// fresh browser page opens `/` and the time is taken until every card shows its deck's figures
// (the decks compile on that first request). The server's process group is killed after each run.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, killGroup, trackGroup } from './lib/env.js';
import { now, sample } from './lib/stats.js';
import { freePort } from './lib/serve.js';

const LECTERN_BIN = join(ROOT, 'bin', 'lectern.js');
const TIMEOUT_MS = 30_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function untilAnswers(url, child) {
  const start = now();
  while (now() - start < TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error('lectern dev exited early');
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(5);
  }
  throw new Error(`${url} did not answer 200 within ${TIMEOUT_MS} ms`);
}

async function loadOnce(browser) {
  const port = await freePort();
  const child = spawn(process.execPath, [LECTERN_BIN, 'dev', '--port', String(port)], { cwd: ROOT, detached: true, stdio: 'ignore' });
  trackGroup(child.pid);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    // Vite answers the shell at once; a warm-up fetch would compile the decks and hide the cost.
    await untilAnswers(`http://localhost:${port}/@vite/client`, child);
    const page = await context.newPage();
    const start = now();
    await page.goto(`http://localhost:${port}/`);
    await page.waitForSelector('.card[aria-busy="false"]', { timeout: TIMEOUT_MS });
    await page.waitForFunction(() => document.querySelectorAll('.card[aria-busy="true"]').length === 0, null, { timeout: TIMEOUT_MS });
    return now() - start;
  } finally {
    await context.close();
    killGroup(child.pid);
  }
}

export async function benchHome(log) {
  const { BROWSER_ARGS, findBrowser } = await import('../lib/node/export/pdf/browser.js');
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('no Chromium found for the home page part');
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  try {
    const result = await sample(() => loadOnce(browser), { runs: 5, warmups: 1 });
    log(`home page first load: median ${result.median.toFixed(0)} ms of [${result.runs.map((r) => r.toFixed(0)).join(', ')}]`);
    return { medianMs: result.median, runsMs: result.runs };
  } finally {
    await browser.close();
  }
}
