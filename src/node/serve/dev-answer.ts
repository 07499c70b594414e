// What the dev server answers for a deck's address: its page, its fonts, a redirect, or (null)
// "not ours, Vite answers". Whatever goes wrong, the page is in Chinese. The home page at `/`
// is the studio's (src/node/studio/routes.ts).
import type { ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import { deckUrlPath } from '../../core/render/deck-url.js';
import { SLIDES_MARK, type DevDeck } from './dev-deck.js';
import { technicalDetail, type SpeechRef } from './dev-loader.js';
import { errorPage } from './dev-pages.js';
import { editorPage } from '../studio/editor-page.js';
import { NO_FRAMING } from '../studio/guard.js';

export interface DevContext {
  server: ViteDevServer;
  /** The speeches in the folder, as they are now. */
  decks(): Promise<SpeechRef[]>;
  /** A speech's deck, compiled off the request path (dev-loader.ts). */
  load(speech: SpeechRef): Promise<DevDeck>;
  /** This server's secret: the studio's pages carry it, its writes must show it (studio/guard). */
  token: string;
}

export interface Answer {
  status: number;
  body?: string | Uint8Array | (string | Uint8Array)[];
  type?: string;
  location?: string;
  headers?: Readonly<Record<string, string>>;
}

type ReadyDevDeck = Extract<DevDeck, { ok: true }>;

/** Thrown messages of our own are Chinese and meant for the author; anything else is not. */
const CHINESE = /[\u4e00-\u9fff]/;
const UNEXPECTED = '预览服务器处理这个页面时出错：请保存一下讲话稿或刷新页面再试；如果一直出错，请重新运行 npm run dev。';
/** /<name>/, /<name>/index.html, /<name>/edit (the structure editor), /<name>/fonts/<file>, and /<name> to redirect. */
const DECK_PATH = /^\/([^/]+)(\/(index\.html|edit|fonts\/([\w.-]+))?)?$/;
const EDITOR_ENTRY = '/src/client/studio/editor.ts';

async function htmlPage(server: ViteDevServer, url: string, html: string): Promise<Answer> {
  return { status: 200, body: await server.transformIndexHtml(url, html) };
}

/** The page passes through Vite without its slides: Vite's HTML pass over a 10 MB deck took seconds. */
async function deckPage(server: ViteDevServer, url: string, deck: ReadyDevDeck): Promise<Answer> {
  const page = await server.transformIndexHtml(url, deck.shell);
  const at = page.indexOf(SLIDES_MARK);
  if (at < 0) throw new Error('the slides marker did not survive the HTML transform');
  const head = page.slice(0, at).replace('</head>', `<style>${deck.fonts.css}</style>\n</head>`);
  return { status: 200, body: [head, deck.slides, page.slice(at + SLIDES_MARK.length)] };
}

function fontFile(deck: ReadyDevDeck, file: string): Answer | null {
  if (file === 'OFL.txt') return { status: 200, body: deck.fonts.licence, type: 'text/plain; charset=utf-8' };
  const font = deck.fonts.fonts.find((f) => f.file === file);
  return font ? { status: 200, body: font.data, type: 'font/woff' } : null;
}

/** The editor's page carries the token and the speech: only for a browser on this machine. */
async function editorAnswer(server: ViteDevServer, url: string, deck: ReadyDevDeck, token: string, local: boolean): Promise<Answer> {
  if (!local) return { status: 403, body: errorPage('调整结构的页面只能在运行 npm run dev 的这台电脑上，用 http://localhost 地址打开。') };
  const page = await editorPage({ path: deck.path, name: deck.name, token, clientEntry: EDITOR_ENTRY, fontsCss: deck.fonts.css });
  const answer = await htmlPage(server, url, page ?? errorPage('讲话稿读取失败，请刷新页面再试。'));
  return { ...answer, headers: NO_FRAMING };
}

/** `local`: the request comes from a browser on this machine (studio/guard.ts). */
export async function answer({ server, decks, load, token }: DevContext, url: string, local = false): Promise<Answer | null> {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null; // A malformed address is not a deck: Vite answers it.
  }
  const match = DECK_PATH.exec(path);
  // Vite's own modules (/@vite/client, /src/…) are not decks: the folder is not even read.
  if (!match) return null;
  const speech = (await decks()).find((d) => d.name === match[1]);
  if (!speech) return null;
  if (!match[2]) return { status: 302, location: `/${deckUrlPath(speech.name)}/` };
  const deck = await load(speech);
  if (!deck.ok) return htmlPage(server, url, errorPage(deck.message));
  if (match[3] === 'edit') return editorAnswer(server, url, deck, token, local);
  return match[4] ? fontFile(deck, match[4]) : deckPage(server, url, deck);
}

/** Whatever failed, the page is in Chinese; the details go to the terminal. */
export async function failure(server: ViteDevServer, url: string, error: unknown): Promise<Answer> {
  const message = error instanceof Error && CHINESE.test(error.message) ? error.message : UNEXPECTED;
  server.config.logger.error(`[lectern] ${message}\n${technicalDetail(error)}`);
  const page = errorPage(message);
  return htmlPage(server, url, page).catch(() => ({ status: 200, body: page }));
}

export function send(res: ServerResponse, answer: Answer): void {
  if (answer.location) {
    res.writeHead(answer.status, { Location: answer.location });
    res.end();
    return;
  }
  const chunks = Array.isArray(answer.body) ? answer.body : [answer.body ?? ''];
  const length = chunks.reduce((n, c) => n + (typeof c === 'string' ? Buffer.byteLength(c) : c.byteLength), 0);
  const type = answer.type ?? 'text/html; charset=utf-8';
  res.writeHead(answer.status, { 'Content-Type': type, 'Content-Length': length, 'Cache-Control': 'no-store', ...answer.headers });
  for (const chunk of chunks) res.write(chunk);
  res.end();
}
