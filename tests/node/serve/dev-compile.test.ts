// The dev server compiles off the request path: a long speech does not hold up the others, a
// compile that fails shows the Chinese page (never Vite's English stack), and a speech caught
// in the middle of being saved is not shown as an empty file.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { PoolOptions } from '../../../src/node/serve/compile-pool.js';
import { lectern } from '../../../src/node/serve/vite-plugin.js';
import { BIN, ROOT, tempDir } from '../../helpers/paths.js';

const SMALL = '另一篇讲话\n同志们：\n今天讲两点。\n一、抓学习\n要读书。\n二、抓落实\n要实干。\n';
const ERROR_HEADING = '这份讲话稿暂时无法生成幻灯片';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** About `bytes` of ordinary paragraphs, no structure: slow to compile for its size alone. */
function longSpeech(bytes: number): string {
  const parts = ['关于进一步做好机关日常工作的讲话', '同志们：'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const paragraph = `这段时间以来，我们坚持把日常工作做实做细，认真研究解决群众反映的问题，推动各项任务落到实处，取得了新的进展（${i}）。`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  return `${parts.join('\n')}\n`;
}

async function serve(dir: string, compile?: PoolOptions): Promise<{ server: ViteDevServer; base: string }> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [lectern({ dir, compile })],
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer!.address() as { port: number };
  return { server, base: `http://127.0.0.1:${address.port}` };
}

async function timed(url: string): Promise<{ status: number; text: string; ms: number }> {
  const start = performance.now();
  const res = await fetch(url);
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - start };
}

/** A Chinese page, and nothing of a stack trace or of Vite's English error page. */
function expectChinesePage(text: string): void {
  expect(text).toContain(ERROR_HEADING);
  expect(text).toContain('修改并保存文件后，本页会自动刷新。');
  expect(text).not.toMatch(/\bat \S+ \(|Error:|Internal Server Error|node_modules/);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `lectern dev` in its own process, so that the test's clock keeps running while the server is
 * busy: in the same process, a server blocked by a compile would stop the test's timers too.
 */
async function devProcess(dir: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'dev', dir, '--port', String(port)], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      // Printed once the server listens: 「幻灯片「long」：http://localhost:PORT/long/」.
      const m = /(http:\/\/localhost:\d+)\/long\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`lectern dev exited with ${code}: ${out}`)));
  });
  return { child, base };
}

describe('dev server with a long speech beside a short one', () => {
  const dir = tempDir('lectern-slow-');
  let dev: Awaited<ReturnType<typeof devProcess>>;

  beforeAll(async () => {
    writeFileSync(join(dir, 'long.txt'), longSpeech(12e6));
    writeFileSync(join(dir, 'short.txt'), SMALL);
    dev = await devProcess(dir);
  });
  afterAll(() => {
    dev?.child.kill('SIGINT');
  });

  it('answers the short deck while the long one is still compiling', async () => {
    // The server compiles every deck as it starts; the long one takes seconds.
    const long = timed(`${dev.base}/long/`);
    await sleep(300);
    // A new version of the short speech: it is compiled now, while the long one still is.
    writeFileSync(join(dir, 'short.txt'), SMALL.replace('要实干。', '要实干，要担当。'));
    await sleep(100);
    const short = await timed(`${dev.base}/short/`);
    const longDone = await long;
    expect(short.status).toBe(200);
    expect(short.text.match(/data-kind="theme"/g)?.length).toBe(2);
    expect(short.text).toContain('要实干，要担当。');
    expect(longDone.status).toBe(200);
    expect(longDone.text).toContain('关于进一步做好机关日常工作的讲话');
    expect(longDone.text).toContain('取得了新的进展（1000）');
    // The long deck takes seconds; if it ever took under one, this test would need a longer speech.
    expect(longDone.ms).toBeGreaterThan(1_000);
    // A generous guard, not a timing target: under load both slow down, but a short deck that
    // waited for the long one (as before, 8.6 s against 10.1 s) takes most of its time.
    expect(short.ms).toBeLessThan(longDone.ms / 2);
  });
});

describe('dev server when a compile fails', () => {
  it('shows the Chinese page when the compile is stopped for taking too long', async () => {
    const dir = tempDir('lectern-timeout-');
    writeFileSync(join(dir, 'long.txt'), longSpeech(3e6));
    const dev = await serve(dir, { timeoutMs: 200 });
    try {
      const page = await timed(`${dev.base}/long/`);
      expect(page.status).toBe(200);
      expectChinesePage(page.text);
      expect(page.text).toContain(`「${join(dir, 'long.txt')}」太长，生成幻灯片的时间过久，已停止：请确认选对了文件，或只保留讲话正文后再保存。`);
    } finally {
      await dev.server.close();
    }
  });

  it('shows the Chinese page when the compile runs out of memory', async () => {
    const dir = tempDir('lectern-memory-');
    writeFileSync(join(dir, 'long.txt'), longSpeech(3e6));
    writeFileSync(join(dir, 'short.txt'), SMALL);
    const dev = await serve(dir, { memoryMb: 24 });
    try {
      // Within the same limit a short speech compiles: it is the long one that needs more.
      const short = await timed(`${dev.base}/short/`);
      expect(short.text.match(/data-kind="theme"/g)?.length).toBe(2);
      const page = await timed(`${dev.base}/long/`);
      expect(page.status).toBe(200);
      expectChinesePage(page.text);
      expect(page.text).toContain(`「${join(dir, 'long.txt')}」太大，生成幻灯片时内存不够，已停止：请确认选对了文件，或把讲话稿分成几份后再保存。`);
    } finally {
      await dev.server.close();
    }
  });

  it('shows the Chinese page, not a 500 with a stack, when the speeches folder is gone', async () => {
    const dir = tempDir('lectern-gone-');
    writeFileSync(join(dir, 'short.txt'), SMALL);
    const dev = await serve(dir);
    try {
      expect((await timed(`${dev.base}/short/`)).status).toBe(200);
      rmSync(dir, { recursive: true });
      const page = await timed(`${dev.base}/short/`);
      expect(page.status).toBe(200);
      expectChinesePage(page.text);
      expect(page.text).toContain(`「${dir}」不存在：请检查路径和文件名是否写对。`);
      // Vite's own files are still served.
      expect((await fetch(`${dev.base}/@vite/client`)).status).toBe(200);
    } finally {
      await dev.server.close();
    }
  });
});

describe('dev server while a speech is being saved', () => {
  const dir = tempDir('lectern-saving-');
  const file = join(dir, 'speech.txt');
  let dev: Awaited<ReturnType<typeof serve>>;
  const sent: unknown[] = [];

  beforeAll(async () => {
    writeFileSync(file, SMALL);
    dev = await serve(dir);
    const original = dev.server.ws.send.bind(dev.server.ws);
    vi.spyOn(dev.server.ws, 'send').mockImplementation(((payload: unknown) => {
      sent.push(payload);
      return original(payload as never);
    }) as never);
  });
  afterAll(async () => {
    await dev?.server.close();
  });

  it('never shows the 空文件 page while the file is emptied and written again and again', async () => {
    let saving = true;
    const saves = (async () => {
      for (let i = 0; i < 80; i++) {
        // How editors save: empty the file, then write it.
        await truncate(file, 0);
        await sleep(Math.random() * 8);
        await writeFile(file, SMALL.replace('要读书。', `要读书，第 ${i} 遍。`));
        await sleep(Math.random() * 80);
      }
      saving = false;
    })();
    const pages: string[] = [];
    const fetcher = async () => {
      while (saving) pages.push((await timed(`${dev.base}/speech/`)).text);
    };
    await Promise.all([saves, fetcher(), fetcher(), fetcher()]);
    const empty = pages.filter((p) => p.includes('空文件'));
    expect({ fetched: pages.length > 10, empty: empty.length }).toEqual({ fetched: true, empty: 0 });
    expect(pages.every((p) => p.includes('要读书，第 '))).toBe(true);
    const errors = sent.filter((p) => (p as { type: string }).type === 'error');
    expect(errors).toEqual([]);
  });
});
