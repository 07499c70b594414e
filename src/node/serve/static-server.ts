// Serves a built folder over HTTP (tests, `share`). sirv does the file serving.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Files are read, never written: anything but GET and HEAD is refused with 405. */
const ALLOWED_METHODS = 'GET, HEAD';

/**
 * Serves `dir` under `prefix` (e.g. `/some/sub/path/`), on `host`; port 0 picks a free one.
 * Requests outside the prefix get 404, which is how a sub-path deployment behaves.
 */
export async function serveStatic(dir: string, { prefix = '/', host = '127.0.0.1', port = 0 } = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: ALLOWED_METHODS }).end();
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => {
      res.writeHead(404).end();
    });
  });
  // A port in use or an address this machine does not have rejects here instead of crashing.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${address.port}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Phones keep connections open: do not wait for them to let go.
        server.closeAllConnections();
      }),
  };
}
