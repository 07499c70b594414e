// 7) share: the remote presses next; how long until every follower hears the new slide. The
// presenting deck runs in Chromium (it obeys the command and posts its slide, as in the room);
// 100 followers are plain HTTP event streams on this machine. Median of 20 presses, per press
// the time until the first and until the last follower heard it.
import { get, request } from 'node:http';
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { REFERENCE, ROOT } from './lib/env.js';
import { median, now } from './lib/stats.js';

const FOLLOWERS = 100;
const PRESSES = 20;
const GUARD_MS = 10_000;

const silent = { step() {}, done() {}, warn() {}, error() {} };

/** An event stream that calls `onState(state)` for each state event. */
function follower(url, onState) {
  return new Promise((resolve, reject) => {
    const req = get(url, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: state$/m.test(block) && data) onState(JSON.parse(data));
        }
      });
      resolve(req);
    });
    req.on('error', reject);
  });
}

function press(url) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end('{"action":"next"}');
  });
}

export async function benchShare(log) {
  const { share } = await import(join(ROOT, 'lib', 'node', 'serve', 'share.js'));
  const { BROWSER_ARGS, findBrowser } = await import(join(ROOT, 'lib', 'node', 'export', 'pdf', 'browser.js'));
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('no Chromium: the share part needs one for the presenting deck');
  const shared = await share(REFERENCE, { notes: true, host: '127.0.0.1' }, silent, () => {});
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  const streams = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(shared.present);
    await page.waitForFunction(() => window.Reveal?.isReady() === true);
    const audience = shared.urls[0].replace(/[^/]+\/$/, '');
    const remote = shared.remotes[0];
    let waiting = null;
    for (let i = 0; i < FOLLOWERS; i++) streams.push(await follower(`${audience}_live/events`, (state) => waiting?.(state)));
    const deadline = Date.now() + GUARD_MS;
    while (shared.channel.listeners('present') < 1 || shared.channel.listeners('audience') < FOLLOWERS) {
      if (Date.now() > deadline) throw new Error('the presenting deck or the followers did not connect');
      await new Promise((r) => setTimeout(r, 20));
    }
    const first = [];
    const last = [];
    let at = '0/0';
    for (let i = 1; i <= PRESSES; i++) {
      const heard = new Promise((resolve, reject) => {
        let count = 0;
        const timer = setTimeout(() => reject(new Error(`press ${i}: ${count} of ${FOLLOWERS} followers heard it`)), GUARD_MS);
        // Each press moves the deck by one slide: on to the next part (h) or down into one (v).
        waiting = ({ h, v }) => {
          if (`${h}/${v}` === at) return;
          if (++count === 1) first.push(now() - start);
          if (count === FOLLOWERS) {
            at = `${h}/${v}`;
            clearTimeout(timer);
            last.push(now() - start);
            resolve();
          }
        };
      });
      const start = now();
      await press(`${remote}_live/command`);
      await heard;
    }
    const result = { followers: FOLLOWERS, presses: PRESSES, firstMedianMs: median(first), lastMedianMs: median(last), lastRunsMs: last };
    log(`share: remote → follower median ${result.firstMedianMs.toFixed(1)} ms (first), ${result.lastMedianMs.toFixed(1)} ms (all ${FOLLOWERS}) over ${PRESSES} presses`);
    return result;
  } finally {
    for (const s of streams) s.destroy();
    await browser.close();
    await shared.close();
  }
}
