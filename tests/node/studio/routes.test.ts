// The studio's middleware on its own: a handler that throws gives a Chinese 500 (logged, the
// server goes on), a slow deck does not hold up the list of cards, and the API is nowhere in a
// shared or built deck.
import { createServer, type Server } from 'node:http';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { share } from '../../../src/node/serve/share.js';
import type { StudioContext } from '../../../src/node/studio/context.js';
import { studioMiddleware } from '../../../src/node/studio/routes.js';
import type { DevDeck } from '../../../src/node/serve/dev-deck.js';
import { REFERENCE, tempDir } from '../../helpers/paths.js';

const TOKEN = 'test-token';
const silent = { step() {}, done() {}, warn() {}, error() {} };

describe('studio middleware', () => {
  let server: Server;
  let base: string;
  const logged: string[] = [];
  let decks: StudioContext['decks'] = async () => [];
  let load: StudioContext['load'] = async () => ({ ok: false, name: '', path: '', message: '' });

  beforeAll(async () => {
    const dir = tempDir();
    const studio: StudioContext = { dir, out: dir, decks: () => decks(), load: (s) => load(s), changed() {}, log: (l) => logged.push(l) };
    const vite = { transformIndexHtml: async (_url: string, html: string) => html } as unknown as ViteDevServer;
    const middleware = studioMiddleware(vite, studio, TOKEN);
    server = createServer((req, res) => middleware(req as never, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const api = (path: string) => fetch(`${base}/__lectern/api${path}`, { headers: { 'X-Lectern-Token': TOKEN } });

  it('answers a handler that throws with a Chinese 500 and logs the details', async () => {
    decks = async () => {
      throw new TypeError('boom');
    };
    const res = await api('/decks');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ message: '预览服务器处理这个请求时出错：请刷新页面再试；如果一直出错，请重新运行 npm run dev。' });
    expect(logged.at(-1)).toContain('TypeError: boom');
    decks = async () => {
      throw new Error('「slides」不存在：请检查路径和文件名是否写对。');
    };
    expect(await (await api('/decks')).json()).toEqual({ message: '「slides」不存在：请检查路径和文件名是否写对。' });
  });

  it('lists a slow deck as pending and answers its card when it is ready', async () => {
    let finish: (deck: DevDeck) => void = () => {};
    const slow = new Promise<DevDeck>((resolve) => (finish = resolve));
    decks = async () => [{ path: '/x/慢.txt', name: '慢' }, { path: '/x/快.txt', name: '快' }];
    load = (speech) =>
      speech.name === '慢' ? slow : Promise.resolve({ ok: false, name: speech.name, path: speech.path, message: '「快.txt」是空文件。' });
    const list = (await (await api('/decks')).json()) as { decks: Record<string, unknown>[] };
    expect(list.decks).toEqual([
      { name: '慢', file: '慢.txt', format: 'txt', hasSidecar: false, pending: true },
      { name: '快', file: '快.txt', format: 'txt', hasSidecar: false, problem: '「快.txt」是空文件。' },
    ]);
    const card = api(`/decks/${encodeURIComponent('慢')}`);
    finish({ ok: true, name: '慢', path: '/x/慢.txt', summary: { name: '慢', title: '慢的讲话', slides: 3, seconds: 150 }, diagnostics: ['提示'], shell: '', slides: new Uint8Array(), fonts: {} as never });
    expect(await (await card).json()).toEqual({ name: '慢', file: '慢.txt', format: 'txt', hasSidecar: false, title: '慢的讲话', slides: 3, minutes: 3, diagnostics: ['提示'] });
  });

  it('serves the home page with the token at / and /index.html, and leaves other paths to the next handler', async () => {
    for (const path of ['/', '/index.html']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(`<meta name="lectern-token" content="${TOKEN}">`);
    }
    expect((await fetch(`${base}/deck/`)).status).toBe(404);
  });
});

describe('the API outside the dev server', () => {
  it('is not in a shared deck', async () => {
    const shared = (await share(REFERENCE, { notes: true, host: '127.0.0.1' }, silent, () => {}))!;
    try {
      const origin = new URL(shared.urls[0]).origin;
      for (const path of ['/__lectern/api/decks', `${new URL(shared.urls[0]).pathname}__lectern/api/decks`]) {
        expect((await fetch(`${origin}${path}`)).status).toBe(404);
      }
    } finally {
      await shared.close();
    }
  });
});
