// 3) edit-to-update: write a changed speech, wait for the plugin's full-reload, then GET the page
// until it carries the change. Vite and the plugin run in this process, as in tests/node/vite-plugin.test.ts,
// with the watcher Vite uses by default (no polling: polling would measure its own interval).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE, REFERENCE_NAME, ROOT, removeDir, tempDir } from './lib/env.js';
import { median, now } from './lib/stats.js';

const RUNS = 10;
/** Characters outside the reference (and outside the always-kept set): each edit with one misses the font cache. */
const NEW_GLYPH_RUNS = 3;
const STEP_TIMEOUT_MS = 15_000;
/** Quiet time between edits, so a late second watcher event of one edit is not taken for the next. */
const SETTLE_MS = 300;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves with the time of the next event `pick` accepts, or rejects after the timeout. */
function nextEvent(subscribe, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
    subscribe(() => {
      clearTimeout(timer);
      resolve(now());
    });
  });
}

/** A CJK character the speech does not use, different on every call (random so reruns miss the cache too). */
function unusedCharacter(text) {
  for (let i = 0; i < 1000; i++) {
    const ch = String.fromCodePoint(0x4e00 + Math.floor(Math.random() * (0x9fa5 - 0x4e00)));
    if (!text.includes(ch)) return ch;
  }
  throw new Error('no unused character found');
}

export async function benchEdit(log) {
  const { createServer } = await import('vite');
  const { lectern } = await import('../lib/node/serve/vite-plugin.js');
  const dir = tempDir('lectern-bench-slides-');
  const file = join(dir, `${REFERENCE_NAME}.txt`);
  const original = readFileSync(REFERENCE, 'utf8');
  writeFileSync(file, original);
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [lectern({ dir })],
    server: { port: 0, host: '127.0.0.1' },
  });
  try {
    await server.listen();
    const url = `http://127.0.0.1:${server.httpServer.address().port}/${encodeURIComponent(REFERENCE_NAME)}/`;
    // Listeners for the next watcher event and the next full-reload the plugin sends.
    const waiting = { change: [], reload: [] };
    server.watcher.on('change', (f) => f === file && waiting.change.splice(0).forEach((f) => f()));
    const send = server.ws.send.bind(server.ws);
    server.ws.send = (payload, ...rest) => {
      if (payload?.type === 'full-reload') waiting.reload.splice(0).forEach((f) => f());
      return send(payload, ...rest);
    };
    // The first page view compiles Vite's own client modules: not part of an edit.
    if ((await fetch(url)).status !== 200) throw new Error(`${url} did not answer 200`);

    async function edit(text, marker) {
      const changed = nextEvent((f) => waiting.change.push(f), 'watcher event');
      const reloaded = nextEvent((f) => waiting.reload.push(f), 'full-reload');
      const start = now();
      writeFileSync(file, text);
      const [tChange, tReload] = await Promise.all([changed, reloaded]);
      // The page the browser asks for after the reload; a partial write seen early can make the first
      // reload stale, so ask again (bounded) until the new text is there.
      for (let attempt = 0; attempt < 20; attempt++) {
        const html = await (await fetch(url)).text();
        if (html.includes(marker)) {
          const ready = now() - start;
          await sleep(SETTLE_MS);
          return { readyMs: ready, watchMs: tChange - start, reloadMs: tReload - start, attempts: attempt + 1 };
        }
        await sleep(10);
      }
      throw new Error(`the page never showed ${marker}`);
    }

    // Same glyphs: a change that only uses characters already in the deck (the usual small edit).
    const same = [];
    for (let i = 0; i < RUNS; i++) {
      const marker = `〔${1000 + i}〕`;
      same.push(await edit(original.replace('。', `${marker}。`), marker));
    }
    // New glyph: the font subsets must be made again (cache miss), as when a new word is typed.
    const fresh = [];
    for (let i = 0; i < NEW_GLYPH_RUNS; i++) {
      const marker = `〔${unusedCharacter(original)}${i}〕`;
      fresh.push(await edit(original.replace('。', `${marker}。`), marker));
    }
    const summary = (runs) => ({
      medianMs: median(runs.map((r) => r.readyMs)),
      watchMedianMs: median(runs.map((r) => r.watchMs)),
      reloadMedianMs: median(runs.map((r) => r.reloadMs)),
      runs,
    });
    const result = { sameGlyphs: summary(same), newGlyph: summary(fresh) };
    log(
      `edit-to-update: median ${result.sameGlyphs.medianMs.toFixed(0)} ms (watcher ${result.sameGlyphs.watchMedianMs.toFixed(0)}, ` +
        `reload sent ${result.sameGlyphs.reloadMedianMs.toFixed(0)}); with a new character ${result.newGlyph.medianMs.toFixed(0)} ms`,
    );
    return result;
  } finally {
    await server.close();
    removeDir(dir);
  }
}
