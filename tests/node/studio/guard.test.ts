// The guard in front of the studio's API: a request from another web page, one without the
// token or with a wrong one, and one naming a foreign host (DNS rebinding) are all refused.
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost, refusal } from '../../../src/node/studio/guard.js';
import { json, startStudio, type StudioServer } from './studio-server.js';

function request(headers: Record<string, string>, { method = 'POST', url = '/__lectern/api/decks', port = 5173, remote = '127.0.0.1' } = {}): IncomingMessage {
  return { method, url, headers, socket: { localPort: port, remoteAddress: remote } } as unknown as IncomingMessage;
}

const TOKEN = 'secret-token-of-this-server';
const OK = { host: 'localhost:5173', origin: 'http://localhost:5173', 'sec-fetch-site': 'same-origin', 'x-lectern-token': TOKEN };

describe('refusal', () => {
  it('lets a same-origin request with the token through, on every loopback name', () => {
    expect(refusal(request(OK), TOKEN)).toBeNull();
    expect(refusal(request({ host: '127.0.0.1:5173', 'x-lectern-token': TOKEN }), TOKEN)).toBeNull();
    expect(refusal(request({ host: '[::1]:5173', origin: 'http://[::1]:5173', 'x-lectern-token': TOKEN }), TOKEN)).toBeNull();
  });

  it('refuses another origin, a cross-site fetch, a foreign or wrong-port host, and a missing or wrong token', () => {
    expect(refusal(request({ ...OK, origin: 'http://evil.example' }), TOKEN)).toContain('来自其他网页');
    expect(refusal(request({ ...OK, origin: 'http://localhost:3000' }), TOKEN)).toContain('来自其他网页');
    expect(refusal(request({ ...OK, 'sec-fetch-site': 'cross-site' }), TOKEN)).toContain('来自其他网页');
    expect(refusal(request({ ...OK, host: 'evil.example:5173', origin: 'http://evil.example:5173' }), TOKEN)).toContain('只接受从本机');
    expect(refusal(request({ ...OK, host: 'localhost:80' }), TOKEN)).toContain('只接受从本机');
    const { 'x-lectern-token': _, ...noToken } = OK;
    expect(refusal(request(noToken), TOKEN)).toContain('口令');
    expect(refusal(request({ ...OK, 'x-lectern-token': 'secret-token-of-this-servex' }), TOKEN)).toContain('口令');
  });

  it('takes the token from ?token= only for a GET of an event stream', () => {
    const { 'x-lectern-token': _, ...noToken } = OK;
    const url = `/__lectern/api/jobs/x/events?token=${TOKEN}`;
    expect(refusal(request(noToken, { method: 'GET', url }), TOKEN, { streamToken: true })).toBeNull();
    expect(refusal(request(noToken, { method: 'GET', url }), TOKEN)).toContain('口令');
    expect(refusal(request(noToken, { method: 'POST', url }), TOKEN, { streamToken: true })).toContain('口令');
  });

  it('refuses a request from another machine, whatever Host it writes (a server started with --host)', () => {
    expect(refusal(request(OK, { remote: '192.0.2.7' }), TOKEN)).toContain('只接受从本机');
    expect(refusal(request(OK, { remote: '::ffff:192.0.2.7' }), TOKEN)).toContain('只接受从本机');
    expect(refusal(request(OK, { remote: '::ffff:127.0.0.1' }), TOKEN)).toBeNull();
    expect(refusal(request(OK, { remote: '::1' }), TOKEN)).toBeNull();
  });

  it('knows the loopback names with the port', () => {
    expect([isLoopbackHost('LOCALHOST:8080', 8080), isLoopbackHost('localhost', 8080), isLoopbackHost('192.168.1.5:8080', 8080)]).toEqual([true, false, false]);
  });
});

describe('the guard in the dev server', () => {
  let studio: StudioServer;
  beforeAll(async () => {
    studio = await startStudio();
  });
  afterAll(() => studio?.close());

  const rename = (headers: Record<string, string>) =>
    fetch(`${studio.base}/__lectern/api/decks/${encodeURIComponent('参考发言')}/rename`, { ...json({ to: '改了' }), headers: { 'Content-Type': 'application/json', ...headers } });

  it('refuses a cross-origin POST, a POST without the token and one with a wrong token, with a Chinese message', async () => {
    for (const headers of <Record<string, string>[]>[
      { 'X-Lectern-Token': studio.token, Origin: 'http://evil.example' },
      { Origin: `http://127.0.0.1:${studio.port}` },
      { 'X-Lectern-Token': 'wrong', Origin: `http://127.0.0.1:${studio.port}` },
      { 'X-Lectern-Token': studio.token, 'Sec-Fetch-Site': 'cross-site' },
    ]) {
      const res = await rename(headers);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { message: string }).message).toMatch(/^拒绝访问/);
    }
    expect((await studio.api('/decks')).status).toBe(200);
    expect(((await (await studio.api('/decks')).json()) as { decks: { name: string }[] }).decks.map((d) => d.name)).toEqual(['参考发言']);
  });

  it('refuses a request whose Host is not this server (DNS rebinding), and gives such a Host no home page', async () => {
    const { request: send } = await import('node:http');
    const get = (path: string, host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        send({ host: '127.0.0.1', port: studio.port, path, headers: { Host: host, 'X-Lectern-Token': studio.token } }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
          .on('error', reject)
          .end();
      });
    // Vite's own host check may refuse first; either way, no answer and no token.
    for (const path of ['/__lectern/api/decks', '/']) {
      const { status, body } = await get(path, `evil.example:${studio.port}`);
      expect(status).toBe(403);
      expect(body).not.toContain(studio.token);
    }
    expect((await get('/', `localhost:${studio.port}`)).body).toContain(studio.token);
  });

  it('does not let another origin read the home page (and its token)', async () => {
    const res = await fetch(`${studio.base}/`, { headers: { Origin: 'http://localhost:3000' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets no other localhost page read a deck, the editor (speech and token) or a speech file (no CORS)', async () => {
    const origin = { Origin: 'http://localhost:5999' };
    for (const path of [`/${encodeURIComponent('参考发言')}/`, `/${encodeURIComponent('参考发言')}/edit`]) {
      const res = await fetch(`${studio.base}${path}`, { headers: origin });
      expect([path, res.status, res.headers.get('access-control-allow-origin')]).toEqual([path, 200, null]);
    }
  });

  it('keeps the pages with the token out of other sites’ frames', async () => {
    for (const path of ['/', `/${encodeURIComponent('参考发言')}/edit`]) {
      const res = await fetch(`${studio.base}${path}`);
      expect([res.headers.get('x-frame-options'), res.headers.get('content-security-policy')]).toEqual(['DENY', "frame-ancestors 'none'"]);
    }
  });

  it('answers a malformed address and unusable names with a 400 in Chinese', async () => {
    const bad = await studio.api('/decks/%E0%A4%A/source');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/地址不对/);
    for (const name of [`${'讲'.repeat(100)}.txt`, 'CON.txt', 'nul.md', 'a\u202Etxt.md']) {
      const res = await studio.api(`/uploads?name=${encodeURIComponent(name)}`, { method: 'POST', body: '讲话稿' });
      expect([name, res.status]).toEqual([name, 400]);
      expect(((await res.json()) as { message: string }).message).toMatch(/文件名不能用|没有名字/);
    }
  });
});
