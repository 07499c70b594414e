// `lectern share`'s three addresses and its live channel, over plain HTTP: who may ask what, what
// each address serves (and never serves), and that every follower hears a slide change.
import { readdirSync, statSync } from 'node:fs';
import { get, request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { share, type Shared } from '../../../src/node/serve/share.js';
import { LiveChannel } from '../../../src/node/serve/share-live.js';
import { isFromThisMachine } from '../../../src/node/serve/addresses.js';
import { shareHandler } from '../../../src/node/serve/share-routes.js';
import { listen } from '../../../src/node/serve/static-server.js';
import { REFERENCE, REFERENCE_NAME } from '../../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };
const NAME = encodeURIComponent(REFERENCE_NAME);
/** A generous guard: the latency itself is a figure of `npm run bench`. */
const GUARD_MS = 10_000;

interface Stream {
  events: { event: string; data: any }[];
  /** Resolves with the first event (already received or to come) that `match` accepts. */
  next(match: (e: { event: string; data: any }) => boolean): Promise<{ event: string; data: any }>;
  close(): void;
}

/** A server-sent event stream read the way EventSource reads it (event + data lines). */
function openStream(url: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = get(url, (res: IncomingMessage) => {
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
      const events: Stream['events'] = [];
      const waiting: { match: (e: Stream['events'][0]) => boolean; done: (e: Stream['events'][0]) => void }[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
          const data = field('data');
          if (data === undefined) continue;
          const event = { event: field('event') ?? 'message', data: JSON.parse(data) };
          events.push(event);
          for (const w of waiting.filter((w) => w.match(event))) {
            waiting.splice(waiting.indexOf(w), 1);
            w.done(event);
          }
        }
      });
      resolve({
        events,
        next: (match) =>
          new Promise((done, fail) => {
            const seen = events.find(match);
            if (seen) return done(seen);
            const timer = setTimeout(() => fail(new Error(`no matching event on ${url}`)), GUARD_MS);
            waiting.push({ match, done: (e) => (clearTimeout(timer), done(e)) });
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

function send(method: string, url: string, body?: string): Promise<{ status: number; allow?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: body ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const tokenOf = (url: string) => new URL(url).pathname.split('/')[1];
const rootOf = (url: string) => `${new URL(url).origin}/${tokenOf(url)}/`;

const slide = (h: number, notes = '这一页的讲稿') =>
  JSON.stringify({ deck: REFERENCE_NAME, h, v: 0, index: h, total: 23, title: `标题${h}`, next: `标题${h + 1}`, notes, totalTime: 600 });

const filesOf = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile());

describe('share: three addresses', () => {
  let shared: Shared;
  const printed: string[] = [];
  let present: string;
  let audience: string;
  let remote: string;

  beforeAll(async () => {
    shared = (await share(REFERENCE, { notes: true, host: '127.0.0.1' }, silent, (t) => printed.push(t)))!;
    present = rootOf(shared.present);
    audience = rootOf(shared.urls[0]);
    remote = rootOf(shared.remotes[0]);
  });
  afterAll(async () => {
    await shared?.close();
  });

  it('gives each address a random token of its own and prints all three with their labels', () => {
    expect(shared.present).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/[\\w-]{16}/${NAME}/$`));
    expect(shared.urls[0]).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/[\\w-]{16}/${NAME}/$`));
    expect(shared.remotes[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]{16}\/$/);
    const tokens = [shared.present, shared.urls[0], shared.remotes[0]].map(tokenOf);
    expect(new Set(tokens).size).toBe(3);
    const text = printed.join('\n');
    expect(text).toContain(`演示（在这台电脑上打开，用它放映；别的设备打不开）：\n  ${shared.present}`);
    expect(text).toContain(`观众（发给与会同事，手机扫码跟随观看；可以自己往前往后翻，点「跟随演讲者」回到当前页）：`);
    expect(text).toContain(`  ${shared.urls[0]}`);
    expect(text).toContain(`遥控（只给演讲者本人：能翻演示页，能看备注）：`);
    expect(text).toContain(`  ${shared.remotes[0]}`);
    // Two QR codes: the audience's and the remote's.
    expect(text.split('\n').filter((l) => /^▀{20,}$/.test(l))).toHaveLength(2);
  });

  it('marks each deck page with its own role and token, and only that', async () => {
    const mine = await (await fetch(`${present}${NAME}/`)).text();
    const theirs = await (await fetch(`${audience}${NAME}/`)).text();
    expect(mine).toContain(`<script type="application/json" id="lectern-live">{"role":"present","base":"/${tokenOf(present)}/_live/"}</script>`);
    expect(theirs).toContain(`<script type="application/json" id="lectern-live">{"role":"audience","base":"/${tokenOf(audience)}/_live/"}</script>`);
    expect(theirs).not.toContain(tokenOf(present));
  });

  it('never lets the remote token reach anything the audience address serves', async () => {
    const token = tokenOf(remote);
    const paths = ['', `${NAME}`, ...filesOf(shared.dir).map((f) => f.split('/').map(encodeURIComponent).join('/'))];
    expect(paths.length).toBeGreaterThan(8);
    const answers = await Promise.all(
      paths.map(async (p) => {
        const res = await fetch(`${audience}${p}`);
        return [p, res.status, await res.text()] as const;
      }),
    );
    expect(answers.filter(([, status]) => status !== 200).map(([p]) => p)).toEqual([]);
    expect(answers.filter(([, , body]) => body.includes(token)).map(([p]) => p)).toEqual([]);
    const stream = await openStream(`${audience}_live/events`);
    await send('POST', `${present}_live/state`, slide(4));
    const heard = await stream.next((e) => e.event === 'state' && e.data.h === 4);
    stream.close();
    expect(heard.data).toEqual({ deck: REFERENCE_NAME, h: 4, v: 0 });
  });

  it('lets nothing under the audience address drive the deck: GET only, 405 for the rest', async () => {
    const answers = await Promise.all([
      send('POST', `${audience}_live/state`, slide(9)),
      send('POST', `${audience}_live/command`, '{"action":"next"}'),
      send('POST', `${audience}_live/events`, ''),
      send('PUT', `${audience}${NAME}/index.html`, ''),
    ]);
    expect(answers.map((a) => [a.status, a.allow])).toEqual([
      [405, 'GET, HEAD'],
      [405, 'GET, HEAD'],
      [405, 'GET'],
      [405, 'GET, HEAD'],
    ]);
  });

  it('forwards the remote’s next and prev to the presenting deck, and only there', async () => {
    const nobody = await send('POST', `${remote}_live/command`, '{"action":"next"}');
    expect([nobody.status, JSON.parse(nobody.body)]).toEqual([200, { heard: 0 }]);
    const deck = await openStream(`${present}_live/events`);
    const follower = await openStream(`${audience}_live/events`);
    const answers = [await send('POST', `${remote}_live/command`, '{"action":"next"}'), await send('POST', `${remote}_live/command`, '{"action":"prev"}')];
    expect(answers.map((a) => [a.status, JSON.parse(a.body)])).toEqual([
      [200, { heard: 1 }],
      [200, { heard: 1 }],
    ]);
    await deck.next((e) => e.data.action === 'prev');
    expect(deck.events).toEqual([
      { event: 'command', data: { action: 'next' } },
      { event: 'command', data: { action: 'prev' } },
    ]);
    expect(follower.events.filter((e) => e.event === 'command')).toEqual([]);
    expect((await send('POST', `${remote}_live/command`, '{"action":"jump"}')).status).toBe(400);
    deck.close();
    follower.close();
  });

  it('gives the remote the title, the next title, the notes and the time', async () => {
    await send('POST', `${present}_live/state`, slide(2));
    const stream = await openStream(`${remote}_live/events`);
    const { data } = await stream.next((e) => e.event === 'state');
    stream.close();
    expect({ ...data, elapsed: typeof data.elapsed }).toEqual({
      deck: REFERENCE_NAME, h: 2, v: 0, index: 2, total: 23, title: '标题2', next: '标题3', notes: '这一页的讲稿', totalTime: 600, elapsed: 'number',
    });
    const page = await (await fetch(remote)).text();
    expect(page).toContain('<div id="notes"></div>');
    expect(page).toContain('<script defer src="./remote.js"></script>');
    expect(page).not.toContain(tokenOf(present));
    const script = await fetch(`${remote}remote.js`);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
  });

  it('starts a stream that reconnects with the current slide', async () => {
    await send('POST', `${present}_live/state`, slide(6));
    const again = await openStream(`${audience}_live/events`);
    const first = await again.next(() => true);
    again.close();
    expect(first).toEqual({ event: 'state', data: { deck: REFERENCE_NAME, h: 6, v: 0 } });
  });

  it('refuses a slide post that is not one', async () => {
    const answers = await Promise.all(['', 'null', '[1]', '{"h":-1,"v":0,"index":0,"total":1}', '{"h":"2"}'].map((b) => send('POST', `${present}_live/state`, b)));
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
  });

  it('tells 100 followers connected at once of a change', async () => {
    const streams = await Promise.all(Array.from({ length: 100 }, () => openStream(`${audience}_live/events`)));
    try {
      expect(shared.channel.listeners('audience')).toBe(100);
      await send('POST', `${present}_live/state`, slide(11));
      const heard = await Promise.all(streams.map((s) => s.next((e) => e.event === 'state' && e.data.h === 11)));
      expect(heard.map((e) => e.data.h)).toEqual(Array(100).fill(11));
    } finally {
      for (const s of streams) s.close();
    }
  });
});

describe('share --no-notes: the remote', () => {
  let shared: Shared;
  beforeAll(async () => {
    shared = (await share(REFERENCE, { notes: false, host: '127.0.0.1' }, silent, () => {}))!;
  });
  afterAll(async () => {
    await shared?.close();
  });

  it('shows no notes, even when a deck posts some', async () => {
    const remote = rootOf(shared.remotes[0]);
    await send('POST', `${rootOf(shared.present)}_live/state`, slide(3, '不该出现的讲稿'));
    const stream = await openStream(`${remote}_live/events`);
    const { data } = await stream.next((e) => e.event === 'state');
    stream.close();
    expect([data.h, data.notes]).toEqual([3, '']);
    const page = await (await fetch(remote)).text();
    expect(page).not.toContain('id="notes"');
    const deck = await (await fetch(`${rootOf(shared.urls[0])}${NAME}/`)).text();
    expect(deck).not.toContain('class="notes"');
  });

  it('holds at most 20 remote streams at once: the 21st is told to come back later', async () => {
    const remote = `${rootOf(shared.remotes[0])}_live/events`;
    const streams = await Promise.all(Array.from({ length: 20 }, () => openStream(remote)));
    await expect(openStream(remote)).rejects.toThrow('HTTP 503');
    streams.forEach((s) => s.close());
  });

  it('keeps the notes for the presenter on this machine, and none of that build reaches the audience', async () => {
    const presenter = await (await fetch(shared.present)).text();
    expect(presenter.match(/<aside class="notes">/g)?.length).toBe(23);
    expect(presenter).toContain('就是要聚焦“以学铸魂”');
    // The presenter's build stands beside the audience's, not inside it.
    const escape = await fetch(`${rootOf(shared.urls[0])}..%2Fpresenter%2F${NAME}%2Findex.html`);
    expect(escape.status).toBe(404);
    expect(filesOf(shared.dir).some((f) => f.includes('presenter'))).toBe(false);
  });
});

describe('the presenter address', () => {
  it('counts loopback and this machine’s own addresses as this machine, nothing else', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.3.4.5'].map(isFromThisMachine)).toEqual([true, true, true, true]);
    expect(['192.0.2.7', '::ffff:198.51.100.3', '2001:db8::1', undefined].map(isFromThisMachine)).toEqual([false, false, false, false]);
  });

  it('answers a phone on the network with a 403 page in Chinese, and the audience address as usual', async () => {
    const shared = (await share(REFERENCE, { notes: true, host: '127.0.0.1' }, silent, () => {}))!;
    const channel = new LiveChannel(true);
    const tokens = { present: 'p'.repeat(16), audience: 'a'.repeat(16), remote: 'r'.repeat(16) };
    const handler = shareHandler({ dir: shared.dir, tokens, channel, notes: true, remoteScript: '' });
    // As if the request came from a phone on the LAN.
    const server = await listen((req, res) => {
      Object.defineProperty(req.socket, 'remoteAddress', { value: '192.0.2.7' });
      handler(req, res);
    });
    try {
      const origin = new URL(server.url).origin;
      const answers = await Promise.all(
        [`/${tokens.present}/${NAME}/`, `/${tokens.present}/_live/events`, `/${tokens.audience}/${NAME}/`].map(async (path) => {
          const res = await fetch(`${origin}${path}`);
          return [res.status, (await res.text()).includes('这个地址只能在放映幻灯片的电脑上打开')];
        }),
      );
      expect(answers).toEqual([
        [403, true],
        [403, true],
        [200, false],
      ]);
      expect((await send('POST', `${origin}/${tokens.present}/_live/state`, slide(1))).status).toBe(403);
      expect(channel.listeners('present')).toBe(0);
    } finally {
      channel.close();
      await server.close();
      await shared.close();
    }
  });
});
