// Vite plugin: serves every speech in `slides/` as a deck at /<name>/, reloads the page when a
// speech changes, and shows a broken speech in Vite's overlay without stopping the server.
import { stat } from 'node:fs/promises';
import { resolve, relative, isAbsolute } from 'node:path';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { renderDeckIndex } from '../core/deck-index.js';
import { renderPage } from '../core/page.js';
import { escapeHtml } from '../core/render.js';
import { deckCharacters } from '../core/deck-text.js';
import { summarize } from './build.js';
import { deckFonts } from './fonts.js';
import { formatDiagnostics, loadDeck, type LoadedDeck, type ReadyDeck } from './load-deck.js';
import { findSpeeches } from './speech-files.js';

export interface LecternPluginOptions {
  /** Folder of speeches, relative to Vite's root. */
  dir?: string;
  /** The browser entry, as Vite serves it. */
  clientEntry?: string;
}

/** The banner that lists a speech's diagnostics in the dev deck (never in a built deck). */
export function diagnosticsBanner(lines: string[]): string {
  if (lines.length === 0) return '';
  const items = lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('');
  return `<div class="lectern-banner" role="status"><button type="button" aria-label="关闭" onclick="this.parentElement.remove()">×</button><p>结构识别提示（仅在预览中显示）：</p><ul>${items}</ul></div>`;
}

function errorPage(message: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>讲话稿有问题</title></head><body style="font-family:sans-serif;padding:2rem;max-width:48rem"><h1 style="color:#a4161a">这份讲话稿暂时无法生成幻灯片</h1><p>${escapeHtml(message)}</p><p>修改并保存文件后，本页会自动刷新。</p></body></html>`;
}

/** What the middleware sends: a page, a file, or a redirect. */
interface Answer {
  status: number;
  html?: string;
  body?: string | Uint8Array;
  type?: string;
  location?: string;
}

export function lectern(options: LecternPluginOptions = {}): Plugin {
  const clientEntry = options.clientEntry ?? '/src/client/main.ts';
  let dir = '';

  async function decks(): Promise<{ path: string; name: string }[]> {
    return (await findSpeeches(dir)).speeches;
  }

  // A page asks for its deck and then for three font files: compile once per version of the file.
  const cache = new Map<string, { stamp: string; deck: Promise<LoadedDeck> }>();
  async function load(speech: { path: string; name: string }): Promise<LoadedDeck> {
    const info = await stat(speech.path).catch(() => null);
    const stamp = info ? `${speech.name}:${info.mtimeMs}:${info.size}` : '';
    const hit = cache.get(speech.path);
    if (hit && stamp && hit.stamp === stamp) return hit.deck;
    const deck = loadDeck(speech.path, speech.name);
    if (stamp) cache.set(speech.path, { stamp, deck });
    return deck;
  }

  async function handle(server: ViteDevServer, url: string): Promise<Answer | null> {
    let path: string;
    try {
      path = decodeURIComponent(new URL(url, 'http://x').pathname);
    } catch {
      return null; // A malformed address is not a deck: Vite answers it.
    }
    const all = await decks();
    if (path === '/' || path === '/index.html') {
      if (all.length === 1) return { status: 302, location: `/${encodeURIComponent(all[0].name)}/` };
      const loaded = await Promise.all(all.map(load));
      const ok = loaded.filter((d): d is ReadyDeck => d.ok);
      return { status: 200, html: await server.transformIndexHtml(url, renderDeckIndex(ok.map(summarize))) };
    }
    const match = /^\/([^/]+)(\/(index\.html|fonts\/([\w.-]+))?)?$/.exec(path);
    const speech = match && all.find((d) => d.name === match[1]);
    if (!speech) return null;
    if (!match[2]) return { status: 302, location: `/${encodeURIComponent(speech.name)}/` };
    const deck = await load(speech);
    if (!deck.ok) return { status: 200, html: await server.transformIndexHtml(url, errorPage(deck.message)) };
    const { deck: planned, html } = deck.compiled;
    // Subsets are cached on disk by character set, so this costs milliseconds after the first time.
    const fonts = await deckFonts(deckCharacters(planned));
    if (match[4]) {
      if (match[4] === 'OFL.txt') return { status: 200, body: fonts.licence, type: 'text/plain; charset=utf-8' };
      const font = fonts.fonts.find((f) => f.file === match[4]);
      return font ? { status: 200, body: font.data, type: 'font/woff' } : null;
    }
    const page = renderPage(planned, html, { styles: [], scripts: [clientEntry] }, diagnosticsBanner(formatDiagnostics(deck)));
    // The font rules join after Vite's HTML pass: they need none of it, and it costs ~100 ms.
    const transformed = await server.transformIndexHtml(url, page);
    return { status: 200, html: transformed.replace('</head>', `<style>${fonts.css}</style>\n</head>`) };
  }

  async function onSpeechChange(server: ViteDevServer, file: string): Promise<void> {
    const speech = (await decks()).find((d) => resolve(d.path) === file);
    if (speech) {
      const deck = await load(speech);
      if (!deck.ok) {
        server.config.logger.error(`[lectern] ${deck.message}`);
        server.ws.send({ type: 'error', err: { message: deck.message, stack: '', id: file, plugin: 'lectern' } });
        return;
      }
      formatDiagnostics(deck).forEach((line) => server.config.logger.warn(`[lectern] ${line}`));
      server.config.logger.info(`[lectern] 已更新「${speech.name}」`, { timestamp: true });
    }
    server.ws.send({ type: 'full-reload', path: '*' });
  }

  return {
    name: 'lectern',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'slides');
    },
    configureServer(server) {
      server.watcher.add(dir);
      const inDir = (file: string) => {
        const rel = relative(dir, file);
        return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
      };
      server.watcher.on('all', (_event, file) => {
        if (inDir(file)) void onSpeechChange(server, resolve(file)).catch((e) => server.config.logger.error(String(e)));
      });
      const middleware: Connect.NextHandleFunction = (req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
        handle(server, req.url)
          .then((result) => {
            if (!result) return next();
            if (result.location) {
              res.writeHead(result.status, { Location: result.location });
              return res.end();
            }
            const type = result.type ?? 'text/html; charset=utf-8';
            res.writeHead(result.status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
            res.end(result.body ?? result.html);
          })
          .catch(next);
      };
      server.middlewares.use(middleware);
      server.httpServer?.once('listening', () => {
        void decks().then((all) => {
          const address = server.httpServer?.address();
          const port = typeof address === 'object' && address ? address.port : server.config.server.port;
          const base = `http://localhost:${port}`;
          if (all.length === 0) server.config.logger.info(`[lectern] ${relative(server.config.root, dir) || dir}/ 里还没有讲话稿：放入 .txt、.md 或 .docx 文件即可。`);
          for (const d of all) server.config.logger.info(`[lectern] 幻灯片「${d.name}」：${base}/${d.name}/`);
          // What the structure detection noticed, once at start; later on each change of the file.
          return Promise.all(all.map(load)).then((loaded) => {
            for (const deck of loaded) {
              for (const line of formatDiagnostics(deck)) (deck.ok ? server.config.logger.warn : server.config.logger.error)(`[lectern] ${line}`);
            }
          });
        });
      });
    },
  };
}
