// Who may ask what of `lectern share`. Each address is `/<token>/…` with a token of its own:
//   演示 /<present>/   the deck that drives the others; answered only to this machine
//   观众 /<audience>/  the deck that follows; GET and HEAD only, so it can never drive anything
//   遥控 /<remote>/    the remote's page; its commands go to the presenting deck
// Nothing served under one token names another (the pages carry their own token only).
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { isFromThisMachine } from './addresses.js';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { LiveChannel, Role } from './share-live.js';
import { FORBIDDEN_PAGE, LIVE_DIR, liveConfig, remotePage, withLive } from './share-pages.js';
import { parseCommand, parseSlideState } from './share-state.js';
import { ALLOWED_METHODS, staticFiles } from './static-server.js';

export interface ShareTokens {
  present: string;
  audience: string;
  remote: string;
}

export interface ShareSite {
  /** The temporary build folder served to the audience (without notes under --no-notes). */
  dir: string;
  /** The presenter's build (with notes); default `dir`. Served only under the presenter's token. */
  presenterDir?: string;
  tokens: ShareTokens;
  channel: LiveChannel;
  notes: boolean;
  /** The remote page's script (the bundle of src/client/remote.ts). */
  remoteScript: string;
}

/** A deck's slide posts carry one slide's notes; a command is a word. */
const MAX_BODY = 1 << 20;

const EVENTS = `${LIVE_DIR}events`;
const STATE = `${LIVE_DIR}state`;
const COMMAND = `${LIVE_DIR}command`;

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((done) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) {
        done(null);
        req.destroy();
      }
    });
    req.on('end', () => done(body));
    req.on('error', () => done(null));
  });
}

const only = (res: ServerResponse, allow: string) => res.writeHead(405, { Allow: allow }).end();

function html(req: IncomingMessage, res: ServerResponse, status: number, page: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : page);
}

/** `''`, `a/`, `a/index.html`, `a.html`: the built HTML file a path names, inside `dir`, or null. */
function htmlFile(dir: string, path: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (name === '' || name.endsWith('/')) name += 'index.html';
  if (!name.endsWith('.html')) return null;
  const file = resolve(dir, name);
  return file.startsWith(dir + sep) ? file : null;
}

export function shareHandler(site: ShareSite): RequestListener {
  const builds = {
    audience: { files: staticFiles(site.dir), dir: resolve(site.dir) },
    present: site.presenterDir && site.presenterDir !== site.dir ? { files: staticFiles(site.presenterDir), dir: resolve(site.presenterDir) } : undefined,
  };
  const buildFor = (role: Role) => (role === 'present' && builds.present) || builds.audience;
  const roles = new Map<string, Role>([
    [site.tokens.present, 'present'],
    [site.tokens.audience, 'audience'],
    [site.tokens.remote, 'remote'],
  ]);

  /** A deck page of the build, with the live marker for its role; anything else goes to sirv. */
  async function deckFile(req: IncomingMessage, res: ServerResponse, role: Role, token: string, rest: string, query: string) {
    const { dir, files } = buildFor(role);
    const file = (req.method === 'GET' || req.method === 'HEAD') && htmlFile(dir, rest);
    const page = file ? await readFile(file, 'utf8').catch(() => null) : null;
    if (page !== null) html(req, res, 200, withLive(page, liveConfig(role, token)));
    else files(req, res, `/${rest}${query}`);
  }

  async function answer(req: IncomingMessage, res: ServerResponse, role: Role, token: string, rest: string, query: string) {
    if (role === 'present' && !isFromThisMachine(req.socket.remoteAddress)) return html(req, res, 403, FORBIDDEN_PAGE);
    if (rest === EVENTS) return req.method === 'GET' ? site.channel.subscribe(role, req, res) : only(res, 'GET');
    if (role === 'present' && rest === STATE) {
      if (req.method !== 'POST') return only(res, 'POST');
      const state = parseSlideState((await readBody(req)) ?? '');
      if (!state) return res.writeHead(400).end();
      site.channel.publish(state);
      return res.writeHead(204).end();
    }
    if (role === 'remote') {
      if (rest === COMMAND) {
        if (req.method !== 'POST') return only(res, 'POST');
        const action = parseCommand((await readBody(req)) ?? '');
        if (!action) return res.writeHead(400).end();
        const heard = site.channel.command(action);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        return res.end(JSON.stringify({ heard }));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return only(res, ALLOWED_METHODS);
      if (rest === '') return html(req, res, 200, remotePage(liveConfig('remote', token), site.notes));
      if (rest === 'remote.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(req.method === 'HEAD' ? undefined : site.remoteScript);
      }
      return res.writeHead(404).end();
    }
    return deckFile(req, res, role, token, rest, query);
  }

  return (req, res) => {
    const url = req.url ?? '/';
    const match = /^\/([^/?#]+)\/([^?#]*)(.*)$/.exec(url);
    const role = match && roles.get(match[1]);
    if (!match || !role) {
      res.writeHead(404).end();
      return;
    }
    answer(req, res, role, match[1], match[2], match[3]).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
}
