// 7) editor: the structure editor's click → preview updated, on the reference speech. A `lectern
// dev` on a copy of the speech (the editor saves a sidecar beside it), Chromium on its editor
// page; each round clicks a sentence and presses a role key, timed in the page from the key to
// the next frame after the preview was redrawn (so the figure includes the recompile and the
// layout, not the test driver's round trips).
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BIN, REFERENCE, REFERENCE_NAME, killGroup, tempDir, trackGroup } from './lib/env.js';
import { median } from './lib/stats.js';
import { freePort, waitFor200 } from './lib/serve.js';

const ROUNDS = 20;
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Installs the page-side stopwatch: key down → the frame after the preview's version changed. */
const STOPWATCH = () => {
  const root = document.getElementById('editor');
  window.__lap = null;
  document.addEventListener('keydown', () => {
    const start = performance.now();
    const before = root.dataset.version;
    window.__lap = new Promise((resolve) => {
      const check = () => (root.dataset.version !== before ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check));
      check();
    });
  }, true);
};

export async function benchEditor(log) {
  const dir = tempDir();
  copyFileSync(REFERENCE, join(dir, `${REFERENCE_NAME}.txt`));
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'dev', dir, '--port', String(port)], { detached: true, stdio: 'ignore' });
  trackGroup(child.pid);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
  try {
    const url = `http://localhost:${port}/${encodeURIComponent(REFERENCE_NAME)}/edit`;
    await waitFor200(url);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const start = performance.now();
    await page.goto(url);
    await page.waitForSelector('#editor[data-version]');
    const firstLoadMs = performance.now() - start;
    await page.evaluate(STOPWATCH);
    const sentences = page.locator('.ed-sent');
    const count = await sentences.count();
    const laps = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Sentences in the middle of the text, made a point then back to 正文: real corrections each time.
      await sentences.nth(Math.floor(count / 3) + (i % 10)).click();
      await page.keyboard.press(i % 2 ? '8' : '7');
      laps.push(await page.evaluate(() => window.__lap));
    }
    const result = { medianMs: median(laps), runsMs: laps, firstLoadMs };
    log(`editor: click → preview median ${result.medianMs.toFixed(0)} ms of ${ROUNDS} [${laps.map((l) => l.toFixed(0)).join(', ')}], first load ${firstLoadMs.toFixed(0)} ms`);
    return result;
  } finally {
    await browser.close();
    killGroup(child.pid);
  }
}
