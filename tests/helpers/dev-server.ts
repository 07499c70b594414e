// The dev server with the real Lectern plugin over a folder of speeches, on a free loopback port.
import { createServer, type ServerOptions, type ViteDevServer } from 'vite';
import { lectern } from '../../src/node/serve/vite-plugin.js';
import { ROOT } from './paths.js';

export async function startDevServer(dir: string, server: ServerOptions = {}): Promise<{ server: ViteDevServer; base: string }> {
  const vite = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [lectern({ dir })],
    server: { port: 0, host: '127.0.0.1', ...server },
  });
  await vite.listen();
  return { server: vite, base: `http://127.0.0.1:${(vite.httpServer!.address() as { port: number }).port}` };
}
