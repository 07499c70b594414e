// `--port`: read and checked before any work starts, so a typo or a busy port is reported at once.
import { createServer } from 'node:net';
import { describeError, UsageError } from '../errors.js';

const MAX_PORT = 65535;

/**
 * The port typed after `--port`: an integer 1–65535, or 0 where the command takes it as "any
 * free port" (`any`). Undefined when the option was not given.
 */
export function parsePort(value: string | undefined, { any = false } = {}): number | undefined {
  if (value === undefined) return undefined;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (port >= (any ? 0 : 1) && port <= MAX_PORT) return port;
  const free = any ? '；不写 --port 则自动选一个空闲端口' : '';
  throw new UsageError(`--port 的值「${value}」不是有效的端口：请填 1 到 ${MAX_PORT} 之间的整数，例如 --port 8080${free}。`);
}

/**
 * Throws an Error with a Chinese message when `port` is taken (or not ours to use) on `host`
 * (no host: on every interface, as a server with no host listens).
 * The server that will use it binds later; this only saves the user from waiting for the build.
 * Problems with the host itself are left to that server to report.
 */
export async function ensurePortFree(port: number, host?: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  const failure = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    probe.once('error', resolve);
    probe.listen(port, host, () => resolve(null));
  });
  if (!failure) {
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return;
  }
  if (['EADDRINUSE', 'EACCES', 'EPERM'].includes(failure.code ?? '')) throw new Error(describeError(failure), { cause: failure });
}
