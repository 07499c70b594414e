// Serves a built folder over HTTP (tests, `share`). sirv does the file serving.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Files are read, never written: anything but GET and HEAD is refused with 405. */
export const ALLOWED_METHODS = 'GET, HEAD';

/** Answers a request for a file of `dir` at `path` (`/…`, query included), or 404. */
export type FileHandler = (req: IncomingMessage, res: ServerResponse, path: string) => void;

/** sirv over `dir`, read-only: 405 with Allow for every method but GET and HEAD, 404 for what is not there. */
export function staticFiles(dir: string): FileHandler {
  const files = sirv(dir, { dev: true, etag: false });
  return (req, res, path) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: ALLOWED_METHODS }).end();
      return;
    }
    req.url = path;
    files(req, res, () => {
      res.writeHead(404).end();
    });
  };
}

/**
 * Serves `dir` under `prefix` (e.g. `/some/sub/path/`), on `host`; port 0 picks a free one.
 * Requests outside the prefix get 404, which is how a sub-path deployment behaves.
 */
export async function serveStatic(dir: string, { prefix = '/', host = '127.0.0.1', port = 0 } = {}): Promise<StaticServer> {
  const files = staticFiles(dir);
  return listen(
    (req, res) => {
      const url = req.url ?? '/';
      if (!url.startsWith(prefix)) res.writeHead(404).end();
      else files(req, res, `/${url.slice(prefix.length)}`);
    },
    { host, port, path: prefix },
  );
}

/** Starts `handler` on `host:port`; `path` only shapes the URL it reports. */
export async function listen(handler: RequestListener, { host = '127.0.0.1', port = 0, path = '/' } = {}): Promise<StaticServer> {
  const server = createServer(handler);
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
    url: `http://${shownHost}:${address.port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Phones keep connections open: do not wait for them to let go.
        server.closeAllConnections();
      }),
  };
}
