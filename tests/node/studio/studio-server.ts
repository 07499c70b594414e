// A dev server with the Lectern plugin over a temporary speeches folder, for the studio's
// tests: its address, its token (read from the home page, as the page's script reads it) and
// a fetch that sends the token.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { lectern } from '../../../src/node/serve/vite-plugin.js';
import { REFERENCE, ROOT, tempDir } from '../../helpers/paths.js';

export interface StudioServer {
  server: ViteDevServer;
  base: string;
  port: number;
  token: string;
  dir: string;
  out: string;
  api(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startStudio({ reference = true } = {}): Promise<StudioServer> {
  const root = tempDir('lectern-studio-');
  const dir = join(root, 'slides');
  const out = join(root, 'dist');
  mkdirSync(dir);
  if (reference) copyFileSync(REFERENCE, join(dir, '参考发言.txt'));
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [lectern({ dir, out })],
    server: { port: 0, host: '127.0.0.1', watch: { usePolling: true, interval: 50 } },
  });
  await server.listen();
  const port = (server.httpServer!.address() as { port: number }).port;
  const base = `http://127.0.0.1:${port}`;
  const home = await (await fetch(`${base}/`)).text();
  const token = /<meta name="lectern-token" content="([^"]+)">/.exec(home)![1];
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${base}/__lectern/api${path}`, { ...init, headers: { 'X-Lectern-Token': token, ...(init.headers as Record<string, string>) } });
  return { server, base, port, token, dir, out, api, close: () => server.close() };
}

export function json(body: unknown): RequestInit {
  return { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
}
