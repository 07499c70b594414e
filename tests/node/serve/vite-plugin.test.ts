// The dev server through the real plugin: decks served, a broken speech reported in the
// overlay without stopping the server, the fix bringing the deck back.
import { writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { lectern } from '../../../src/node/serve/vite-plugin.js';
import { REFERENCE, ROOT, tempDir } from '../../helpers/paths.js';

describe('vite plugin', () => {
  let server: ViteDevServer;
  let base: string;
  const dir = tempDir('lectern-slides-');
  const sent: unknown[] = [];

  beforeAll(async () => {
    copyFileSync(REFERENCE, join(dir, '参考 发言.txt'));
    writeFileSync(join(dir, 'other.txt'), '另一篇讲话\n同志们：\n今天讲两点。\n一、抓学习\n要读书。\n二、抓落实\n要实干。\n');
    server = await createServer({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      appType: 'custom',
      plugins: [lectern({ dir })],
      server: { port: 0, host: '127.0.0.1', watch: { usePolling: true, interval: 50 } },
    });
    await server.listen();
    const address = server.httpServer!.address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
    const original = server.ws.send.bind(server.ws);
    vi.spyOn(server.ws, 'send').mockImplementation(((payload: unknown) => {
      sent.push(payload);
      return original(payload as never);
    }) as never);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('answers / with the home page (200, no redirect) and serves each deck at /<name>/ through Vite', async () => {
    const home = await fetch(`${base}/`, { redirect: 'manual' });
    expect(home.status).toBe(200);
    const index = await home.text();
    expect(index).toContain('/src/client/studio/home.ts');
    expect(index).toMatch(/<meta name="lectern-token" content="[\w-]{32}">/);
    expect(index).toContain('/@vite/client');
    const res = await fetch(`${base}/${encodeURIComponent('参考 发言')}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/data-kind="theme"/g)?.length).toBe(5);
    expect(html).toContain('/@vite/client');
    expect(html).toContain('/src/client/main.ts');
  });

  it('redirects /<name> to /<name>/ and passes unknown paths on', async () => {
    const res = await fetch(`${base}/other`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/other/');
    expect((await fetch(`${base}/nope/`)).status).toBe(404);
  });

  it('reports a broken speech in the overlay, keeps serving the others, and recovers', async () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, '   \n');
    await vi.waitFor(() => expect(sent).toContainEqual(expect.objectContaining({ type: 'error' })), { timeout: 10_000 });
    const error = sent.find((p) => (p as { type: string }).type === 'error') as { err: { message: string; plugin: string } };
    expect(error.err.plugin).toBe('lectern');
    expect(error.err.message).toContain('other.txt');
    expect(error.err.message).toContain('空');

    const broken = await (await fetch(`${base}/other/`)).text();
    expect(broken).toContain('这份讲话稿暂时无法生成幻灯片');
    expect((await fetch(`${base}/${encodeURIComponent('参考 发言')}/`)).status).toBe(200);

    sent.length = 0;
    writeFileSync(other, '另一篇讲话\n一、抓学习\n要读书。\n二、抓落实\n要实干。\n');
    // Only the deck's own page reloads; the home page is told to fetch its cards again.
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'full-reload', path: '/other/index.html' }), { timeout: 10_000 });
    expect(sent).toContainEqual({ type: 'custom', event: 'lectern:decks' });
    expect(sent).not.toContainEqual({ type: 'full-reload', path: '*' });
    const fixed = await (await fetch(`${base}/other/`)).text();
    expect(fixed.match(/data-kind="theme"/g)?.length).toBe(2);
  });
});
