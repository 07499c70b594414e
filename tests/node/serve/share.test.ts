// `lectern share`: the decks of this run only, under an unguessable path, read-only, on the
// interface asked for, with the warning and a QR code.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecks } from '../../../src/node/build/build.js';
import { lanAddresses } from '../../../src/node/serve/addresses.js';
import { share, type Shared } from '../../../src/node/serve/share.js';
import { BIN, REFERENCE, REFERENCE_NAME, tempDir } from '../../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };
const NAME = encodeURIComponent(REFERENCE_NAME);
const OTHER_SPEECH = '旧稿讲话\n同志们：\n今天讲两点。\n一、抓学习\n要读书。\n二、抓落实\n要实干。\n';

/** Any method (fetch refuses TRACE), answered with status and Allow header. */
function send(method: string, url: string): Promise<{ status: number; allow: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * A speech folder that was also used as the output folder before: another deck built into it
 * earlier (with its notes), the PDFs of an earlier `pdf --notes`, and the speech itself.
 */
async function seededSpeechFolder(): Promise<string> {
  const folder = tempDir('lectern-speeches-');
  copyFileSync(REFERENCE, join(folder, `${REFERENCE_NAME}.txt`));
  const other = join(tempDir(), '旧稿.txt');
  writeFileSync(other, OTHER_SPEECH);
  await buildDecks(other, { out: folder, notes: true }, silent);
  writeFileSync(join(folder, `${REFERENCE_NAME}.pdf`), '%PDF-1.7 an earlier print');
  writeFileSync(join(folder, `${REFERENCE_NAME}-notes.pdf`), '%PDF-1.7 an earlier print with notes');
  return folder;
}

describe('share --no-notes', () => {
  let shared: Shared;
  let folder: string;
  let root: string;
  const printed: string[] = [];

  beforeAll(async () => {
    folder = await seededSpeechFolder();
    shared = (await share(join(folder, `${REFERENCE_NAME}.txt`), { notes: false, host: '127.0.0.1' }, silent, (t) => printed.push(t)))!;
    root = shared.urls[0].replace(/[^/]+\/$/, '');
  });
  afterAll(async () => {
    await shared?.close();
  });

  it('serves the deck under a random token path and nothing outside it', async () => {
    expect(shared.urls).toHaveLength(1);
    const url = shared.urls[0];
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/[\\w-]{16}/${NAME}/$`));
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-kind="title"');
    const origin = new URL(url).origin;
    expect((await fetch(`${origin}/${NAME}/`)).status).toBe(404);
  });

  it('answers 200 for every file of the deck it built', async () => {
    const files = ['', 'index.html', `${NAME}/`, `${NAME}/index.html`, `${NAME}.html`, `${NAME}/assets/lectern.js`, `${NAME}/assets/lectern.css`, `${NAME}/fonts/lectern-serif-700.woff`, `${NAME}/fonts/lectern-sans-400.woff`, `${NAME}/fonts/lectern-sans-700.woff`, `${NAME}/fonts/OFL.txt`];
    const statuses = await Promise.all(files.map(async (f) => [f, (await fetch(`${root}${f}`)).status]));
    expect(statuses).toEqual(files.map((f) => [f, 200]));
  });

  it('answers 404 for every other file: the earlier deck, the PDFs, the speech', async () => {
    const outside = `%2E%2E/${encodeURIComponent(basename(folder))}/${NAME}.txt`;
    const files = ['%E6%97%A7%E7%A8%BF/', '%E6%97%A7%E7%A8%BF/index.html', '%E6%97%A7%E7%A8%BF.html', `${NAME}.pdf`, `${NAME}-notes.pdf`, `${NAME}.txt`, outside];
    const statuses = await Promise.all(files.map(async (f) => [f, (await fetch(`${root}${f}`)).status]));
    expect(statuses).toEqual(files.map((f) => [f, 404]));
    // The deck list names this run's deck only.
    const index = await (await fetch(root)).text();
    expect(index).toContain(`./${NAME}/`);
    expect(index).not.toContain('旧稿');
  });

  it('leaves the notes out of the deck page and the single file', async () => {
    const page = await (await fetch(`${root}${NAME}/`)).text();
    const single = await (await fetch(`${root}${NAME}.html`)).text();
    expect(page.match(/data-kind="/g)?.length).toBe(23);
    for (const html of [page, single]) {
      expect(html).not.toContain('class="notes"');
      expect(html).not.toContain('<aside');
    }
  });

  it('answers only GET and HEAD: 405 with Allow for the rest', async () => {
    const url = `${root}${NAME}/index.html`;
    const answers = await Promise.all(['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'HEAD'].map((m) => send(m, url)));
    expect(answers).toEqual([
      { status: 405, allow: 'GET, HEAD' },
      { status: 405, allow: 'GET, HEAD' },
      { status: 405, allow: 'GET, HEAD' },
      { status: 405, allow: 'GET, HEAD' },
      { status: 405, allow: 'GET, HEAD' },
      { status: 200, allow: undefined },
    ]);
  });

  it('listens on 127.0.0.1 only: the LAN addresses are refused', async () => {
    const address = shared.server.server.address() as { address: string; port: number };
    expect(address.address).toBe('127.0.0.1');
    for (const lan of lanAddresses()) {
      await expect(fetch(`http://${lan}:${address.port}/`)).rejects.toThrow();
    }
  });

  it('says the deck is for this machine only and that the slides still show the words', () => {
    const text = printed.join('\n');
    expect(text).toContain('注意：只在本机监听（--host 127.0.0.1），别的电脑和手机打不开下面的地址。');
    expect(text).toContain('已去掉演讲者备注（--no-notes）：观众和遥控地址都看不到，只有这台电脑上的演示地址还有（按 S 看备注）');
    expect(text).toContain(shared.urls[0]);
    expect(text).toMatch(/[▀▄█]{10}/);
  });

  it('writes nothing into the speech folder', () => {
    expect(readdirSync(folder).sort()).toEqual(['index.html', `${REFERENCE_NAME}-notes.pdf`, `${REFERENCE_NAME}.pdf`, `${REFERENCE_NAME}.txt`, '旧稿', '旧稿.html']);
  });
});

describe('share, closed', () => {
  it('removes its folder and stops answering', async () => {
    const shared = (await share(REFERENCE, { notes: true, host: '127.0.0.1' }, silent, () => {}))!;
    const url = shared.urls[0];
    try {
      expect(readdirSync(shared.dir).sort()).toEqual(['index.html', REFERENCE_NAME, `${REFERENCE_NAME}.html`]);
      expect(await (await fetch(url)).text()).toContain('class="notes"');
    } finally {
      await shared.close();
    }
    expect(existsSync(shared.dir)).toBe(false);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('names an address this machine does not have, in Chinese', async () => {
    await expect(share(REFERENCE, { notes: false, host: '192.0.2.123' }, silent, () => {})).rejects.toThrow(
      '无法在地址「192.0.2.123」上分享：这台电脑没有这个地址。不写 --host 即在局域网内分享，写 --host 127.0.0.1 则只在本机打开。',
    );
  });
});

describe('lectern share --no-notes --host 127.0.0.1', () => {
  it('serves this run only, never the dist/ of earlier builds, and stops on Ctrl+C', async () => {
    const cwd = tempDir('lectern-cwd-');
    const other = join(tempDir(), '旧稿.txt');
    writeFileSync(other, OTHER_SPEECH);
    await buildDecks(other, { out: join(cwd, 'dist') }, silent);
    mkdirSync(join(cwd, 'slides'));
    const child = spawn(process.execPath, [BIN, 'share', REFERENCE, '--no-notes', '--host', '127.0.0.1', '--port', '0'], { cwd });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        // The audience's address (the presenter's, printed first, keeps the notes on this machine).
        const m = /观众[^\n]*\n\s*(http:\/\/\S+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      void exited.then((code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/[\\w-]{16}/${NAME}/$`));
    const root = url.replace(/[^/]+\/$/, '');
    expect((await fetch(url)).status).toBe(200);
    expect(await (await fetch(url)).text()).not.toContain('class="notes"');
    expect((await fetch(`${root}%E6%97%A7%E7%A8%BF/`)).status).toBe(404);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(readdirSync(join(cwd, 'dist')).sort()).toEqual(['index.html', '旧稿', '旧稿.html']);
  });
});
