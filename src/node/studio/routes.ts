// The studio's API as a table of rows — method, path, handler — and the middleware that serves
// it, with the home page, in front of the decks. Every /__lectern/api/ request passes the guard
// (guard.ts) first; answers are JSON; a handler that throws gives a Chinese 500 and a line in
// the terminal, never a stopped server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, ViteDevServer } from 'vite';
import { technicalDetail } from '../serve/dev-loader.js';
import { deckCard, deckSource, listCards } from './decks-api.js';
import { deleteDeck, renameDeck, restoreDeck } from './deck-files.js';
import { oneAtATime } from './one-at-a-time.js';
import { sendFile } from './download.js';
import { EXPORTS } from './exports.js';
import { isLocalRequest, NO_FRAMING, refusal } from './guard.js';
import { homePage } from './home-page.js';
import { ApiError, readJson, sendJson } from './http-json.js';
import { JobQueue, streamJob } from './jobs.js';
import { putSidecar } from './sidecar-api.js';
import { upload } from './uploads.js';
import { speechOf, type StudioContext } from './context.js';

export const API = '/__lectern/api';

/** A handler that wrote its own answer (a stream, a file) returns this instead of JSON. */
const ANSWERED = Symbol('answered');

interface Call {
  studio: StudioContext;
  jobs: JobQueue;
  req: IncomingMessage;
  res: ServerResponse;
  /** The path's captured parts, decoded. */
  params: string[];
  query: URLSearchParams;
}

interface Route {
  method: 'GET' | 'PUT' | 'POST';
  /** Matched against the path after /__lectern/api. */
  path: RegExp;
  /** The token may come as `?token=`: EventSource cannot send headers. */
  stream?: boolean;
  handle(call: Call): Promise<unknown>;
}

const NAME = '([^/]+)';

function job(call: Call) {
  const found = call.jobs.get(call.params[0]);
  if (!found) throw new ApiError(404, '找不到这次导出：预览服务器可能已重新启动，请重新导出。');
  return found;
}

async function startExport({ studio, jobs, req, params }: Call) {
  const body = await readJson(req);
  const kind = typeof body.kind === 'string' && Object.hasOwn(EXPORTS, body.kind) ? EXPORTS[body.kind] : undefined;
  if (!kind) throw new ApiError(400, `不认识的导出类型，可选：${Object.values(EXPORTS).map((k) => k.label).join('、')}。`);
  const speech = await speechOf(studio, params[0]);
  const started = jobs.start((report) => kind.run(speech.path, studio.out, report), `正在准备导出「${speech.name}」的${kind.label}…`);
  return { job: started.id, events: `${API}/jobs/${encodeURIComponent(started.id)}/events` };
}

export const ROUTES: Route[] = [
  { method: 'GET', path: /^\/decks$/, handle: ({ studio }) => listCards(studio) },
  { method: 'GET', path: new RegExp(`^/decks/${NAME}$`), handle: async ({ studio, params }) => deckCard(studio, await speechOf(studio, params[0])) },
  { method: 'GET', path: new RegExp(`^/decks/${NAME}/source$`), handle: ({ studio, params }) => deckSource(studio, params[0]) },
  { method: 'PUT', path: new RegExp(`^/decks/${NAME}/sidecar$`), handle: async ({ studio, req, params }) => putSidecar(studio, params[0], await readJson(req)) },
  { method: 'POST', path: /^\/uploads$/, handle: ({ studio, req, query }) => upload(studio, req, query) },
  {
    method: 'POST',
    path: new RegExp(`^/decks/${NAME}/rename$`),
    handle: async ({ studio, req, params }) => {
      const body = await readJson(req);
      return oneAtATime(studio.dir, () => renameDeck(studio, params[0], body));
    },
  },
  { method: 'POST', path: new RegExp(`^/decks/${NAME}/delete$`), handle: ({ studio, params }) => oneAtATime(studio.dir, () => deleteDeck(studio, params[0])) },
  { method: 'POST', path: new RegExp(`^/trash/${NAME}/restore$`), handle: ({ studio, params }) => oneAtATime(studio.dir, () => restoreDeck(studio, params[0])) },
  { method: 'POST', path: new RegExp(`^/decks/${NAME}/exports$`), handle: startExport },
  { method: 'GET', path: new RegExp(`^/jobs/${NAME}/events$`), stream: true, handle: async (call) => (streamJob(job(call), call.res), ANSWERED) },
  { method: 'GET', path: new RegExp(`^/jobs/${NAME}/file$`), handle: async (call) => (await sendFile(call.res, job(call).file ?? notReady()), ANSWERED) },
];

function notReady(): never {
  throw new ApiError(409, '文件还没有生成好，请稍候。');
}

const UNEXPECTED = '预览服务器处理这个请求时出错：请刷新页面再试；如果一直出错，请重新运行 npm run dev。';
const HAN = /\p{Script=Han}/u;

/** A malformed %-escape in an address is the caller's mistake (400), not the server's. */
function decodeParam(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new ApiError(400, '地址不对：请从 Lectern 主页重新打开。');
  }
}

async function serveApi(call: Omit<Call, 'params'>, path: string, token: string): Promise<void> {
  const { req, res, studio } = call;
  const rows = ROUTES.map((route) => ({ route, match: route.path.exec(path) })).filter((r) => r.match);
  const row = rows.find((r) => r.route.method === req.method);
  const refused = refusal(req, token, { streamToken: row?.route.stream });
  if (refused) return sendJson(res, 403, { message: refused });
  if (!row) return sendJson(res, rows.length ? 405 : 404, { message: rows.length ? '不支持这种请求方式。' : '没有这个接口。' });
  try {
    const params = row.match!.slice(1).map(decodeParam);
    const result = await row.route.handle({ ...call, params });
    if (result !== ANSWERED) sendJson(res, 200, result);
  } catch (error) {
    if (error instanceof ApiError) return sendJson(res, error.status, { message: error.message });
    // Our own Chinese messages pass; a system error's may hold Chinese only in its path.
    const own = error instanceof Error && !(error as NodeJS.ErrnoException).code && HAN.test(error.message);
    const message = own ? (error as Error).message : UNEXPECTED;
    studio.log(`${message}\n${technicalDetail(error)}`);
    if (!res.headersSent) sendJson(res, 500, { message });
    else res.end();
  }
}

const FOREIGN_HOST_PAGE = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>只能在本机打开</title></head><body><p>Lectern 主页只能在运行 npm run dev 的这台电脑上，用 http://localhost 地址打开。</p></body></html>';

async function serveHome(server: ViteDevServer, req: IncomingMessage, res: ServerResponse, token: string): Promise<void> {
  // The page carries the token: a name that is not this machine's (DNS rebinding) gets none.
  if (!isLocalRequest(req)) {
    res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(FOREIGN_HOST_PAGE);
    return;
  }
  const head = req.method === 'HEAD';
  const html = await server.transformIndexHtml(req.url ?? '/', homePage(token));
  // Vite lets any localhost origin read its answers (CORS); the page with the token, no one.
  res.removeHeader('Access-Control-Allow-Origin');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html), 'Cache-Control': 'no-store', ...NO_FRAMING });
  res.end(head ? undefined : html);
}

/** The home page at `/` and the API under /__lectern/api/; everything else goes on. */
export function studioMiddleware(server: ViteDevServer, studio: StudioContext, token: string): Connect.NextHandleFunction {
  const jobs = new JobQueue((id) => `${API}/jobs/${encodeURIComponent(id)}/file`);
  return (req, res, next) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://x');
    } catch {
      return next();
    }
    const path = url.pathname;
    if (path === '/' || path === '/index.html') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      serveHome(server, req, res, token).catch(next);
      return;
    }
    if (path !== API && !path.startsWith(`${API}/`)) return next();
    serveApi({ studio, jobs, req, res, query: url.searchParams }, path.slice(API.length), token).catch(next);
  };
}
