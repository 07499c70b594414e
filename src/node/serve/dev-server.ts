// `lectern dev`: the Vite dev server with the Lectern plugin, started without bundling a
// config file (that alone cost a few hundred milliseconds per start). `vite` with
// vite.config.ts gives the same server for those who run Vite directly.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { lectern } from './vite-plugin.js';

/** The project root: src/client/main.ts, which the pages load, is served from here. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function startDevServer(speeches: string, port?: number): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    appType: 'custom',
    plugins: [lectern({ dir: resolve(speeches) })],
    server: { port: port ?? 5173 },
  });
  await server.listen();
  server.printUrls();
  return server;
}
