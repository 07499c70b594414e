// Who may use the studio's API: only the home page this server served, in a browser on this
// machine. A web page open in the same browser can send requests to localhost too, so every
// request must carry the per-server token (which only our own page can read), name this
// server by its loopback address (a foreign Host is a DNS-rebinding attempt), and come from
// our own origin when the browser says where it comes from.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isLoopbackAddress } from '../serve/addresses.js';

export const TOKEN_HEADER = 'x-lectern-token';
/** The meta tag of the home page that carries the token to its script. */
export const TOKEN_META = 'lectern-token';

/** The names of this machine's loopback interface, as a browser writes them in Host. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/** What a browser says about a request's origin that we accept (`none`: typed or bookmarked). */
const SAME_SITE = ['same-origin', 'none'];

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Refused requests: the reason for the author, in Chinese. */
const REFUSALS = {
  host: '拒绝访问：只接受从本机（localhost）打开的页面发来的请求。请在浏览器中打开 npm run dev 显示的地址。',
  origin: '拒绝访问：这个请求来自其他网页，不是 Lectern 的主页。为了安全，其他网页不能修改讲话稿或导出文件。',
  token: '拒绝访问：请求缺少或带错了本次预览服务器的口令。请刷新 Lectern 主页后再试（重新运行 npm run dev 后口令会变）。',
} as const;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  let diff = 0;
  for (let i = 0; i < token.length; i++) diff |= given.charCodeAt(i) ^ token.charCodeAt(i);
  return diff === 0;
}

/** A request from a browser on this machine, naming this server by its loopback name: Host is
 *  anyone's to write, the socket's address no one's (a server started with --host answers the LAN). */
export function isLocalRequest(req: IncomingMessage): boolean {
  return isLoopbackAddress(req.socket.remoteAddress) && isLoopbackHost(header(req, 'host'), req.socket.localPort);
}

/** Our pages with the token are never shown inside another site's frame (clickjacking). */
export const NO_FRAMING: Readonly<Record<string, string>> = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

/** Whether Host names this server on the loopback interface, with the port it answers on. */
export function isLoopbackHost(host: string | undefined, port: number | undefined): boolean {
  if (!host || !port) return false;
  return LOOPBACK_HOSTS.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/**
 * Null when the request may go on; else the Chinese reason to refuse it (403).
 * `streamToken`: the token may come as `?token=` (EventSource cannot send headers), GET only.
 */
export function refusal(req: IncomingMessage, token: string, { streamToken = false } = {}): string | null {
  const host = header(req, 'host');
  if (!isLocalRequest(req)) return REFUSALS.host;
  const origin = header(req, 'origin');
  if (origin !== undefined && origin !== `http://${host}`) return REFUSALS.origin;
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && !SAME_SITE.includes(site)) return REFUSALS.origin;
  const fromQuery = streamToken && req.method === 'GET' ? new URL(req.url ?? '/', 'http://x').searchParams.get('token') ?? undefined : undefined;
  if (!sameToken(header(req, TOKEN_HEADER) ?? fromQuery, token)) return REFUSALS.token;
  return null;
}
