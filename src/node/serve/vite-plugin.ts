// Vite plugin: serves every speech in `slides/` as a deck at /<name>/, reloads the page when a
// speech changes, and shows a broken speech in Vite's overlay without stopping the server.
// Speeches are compiled in worker threads (compile-pool.ts), so a long one never holds up the
// others; the answers are in dev-answer.ts.
import { basename, resolve, relative, isAbsolute, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { CompilePool, type PoolOptions } from './compile-pool.js';
import { answer, failure, send, type DevContext } from './dev-answer.js';
import { deckLoader } from './dev-loader.js';
import { findSpeeches } from '../input/speech-files.js';
import { SIDECAR_SUFFIX } from '../input/sidecar-file.js';
import { deckUrlPath } from '../../core/render/deck-url.js';
import { isLocalRequest, newToken } from '../studio/guard.js';
import { studioMiddleware } from '../studio/routes.js';
import type { StudioContext } from '../studio/context.js';

export { diagnosticsBanner } from './dev-pages.js';

export interface LecternPluginOptions {
  /** Folder of speeches, relative to Vite's root. */
  dir?: string;
  /** The browser entry, as Vite serves it. */
  clientEntry?: string;
  /** The worker threads that compile the speeches: how many, and when a compile is stopped. */
  compile?: PoolOptions;
  /** Where the home page's exports go, relative to Vite's root; default `dist`, as the CLI's. */
  out?: string;
}

/** The custom HMR event that tells the home page to fetch the cards again. */
export const DECKS_CHANGED = 'lectern:decks';

/**
 * A speech or its sidecar changed: its deck's page reloads (only that page: the path tells
 * Vite's client which), and the home page is told to fetch its cards again.
 */
async function onSpeechChange({ server, decks, load }: DevContext, file: string): Promise<void> {
  const sidecarOf = basename(file).endsWith(SIDECAR_SUFFIX) ? basename(file).slice(0, -SIDECAR_SUFFIX.length) : undefined;
  const speech = (await decks()).find((d) => resolve(d.path) === file || d.name === sidecarOf);
  server.ws.send({ type: 'custom', event: DECKS_CHANGED });
  if (!speech) return;
  const deck = await load(speech);
  if (!deck.ok) {
    server.config.logger.error(`[lectern] ${deck.message}`);
    server.ws.send({ type: 'error', err: { message: deck.message, stack: '', id: file, plugin: 'lectern' } });
    return;
  }
  deck.diagnostics.forEach((line) => server.config.logger.warn(`[lectern] ${line}`));
  server.config.logger.info(`[lectern] 已更新「${speech.name}」`, { timestamp: true });
  // Vite's client compares with decodeURI(location.pathname), which keeps %2C, %23… encoded.
  server.ws.send({ type: 'full-reload', path: decodeURI(`/${deckUrlPath(speech.name)}/index.html`) });
}

/** The decks' addresses, and what the structure detection noticed, once at start. */
async function announce({ server, decks, load }: DevContext, dir: string): Promise<void> {
  const { logger } = server.config;
  const all = await decks();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : server.config.server.port;
  logger.info(`[lectern] 主页：http://localhost:${port}/ （在浏览器打开：拖入讲话稿、调整结构、设置、导出）`);
  if (all.length === 0) logger.info(`[lectern] ${relative(server.config.root, dir) || dir}/ 里还没有讲话稿：在主页拖入，或放入 .txt、.md 或 .docx 文件即可。`);
  for (const d of all) logger.info(`[lectern] 幻灯片「${d.name}」：http://localhost:${port}/${d.name}/`);
  for (const deck of await Promise.all(all.map((d) => load(d)))) {
    if (deck.ok) deck.diagnostics.forEach((line) => logger.warn(`[lectern] ${line}`));
    else logger.error(`[lectern] ${deck.message}`);
  }
}

export function lectern(options: LecternPluginOptions = {}): Plugin {
  const clientEntry = options.clientEntry ?? '/src/client/main.ts';
  let dir = '';
  let pool: CompilePool | undefined;
  return {
    name: 'lectern',
    // Vite lets any localhost origin read its answers by default; Lectern's pages are all
    // same-origin, and the decks, the editor and the speeches are no other page's to read.
    config: () => ({ server: { cors: false } }),
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'slides');
    },
    configureServer(server) {
      const compiler = new CompilePool(options.compile);
      pool = compiler;
      const logError = (line: string) => server.config.logger.error(`[lectern] ${line}`);
      const context: DevContext = {
        server,
        decks: async () => (await findSpeeches(dir)).speeches,
        load: deckLoader(compiler, clientEntry, logError),
        // One token per server: the home page and the structure editor write with it.
        token: newToken(),
      };
      server.watcher.add(dir);
      // Hidden files are the studio's own (temporary files, the trash), never speeches.
      const inDir = (file: string) => {
        const rel = relative(dir, file);
        return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).some((part) => part.startsWith('.'));
      };
      server.watcher.on('all', (_event, file) => {
        if (inDir(file)) void onSpeechChange(context, resolve(file)).catch((e) => logError(String(e)));
      });
      const middleware: Connect.NextHandleFunction = (req, res, next) => {
        const url = req.url;
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !url) return next();
        answer(context, url, isLocalRequest(req))
          .catch((error: unknown) => failure(server, url, error))
          .then((result) => (result ? send(res, result) : next()))
          .catch(next);
      };
      const studio: StudioContext = {
        dir,
        out: resolve(server.config.root, options.out ?? 'dist'),
        decks: context.decks,
        load: context.load,
        changed: () => server.ws.send({ type: 'custom', event: DECKS_CHANGED }),
        log: logError,
      };
      // The home page and its API come first.
      server.middlewares.use(studioMiddleware(server, studio, context.token));
      server.middlewares.use(middleware);
      server.httpServer?.once('listening', () => void announce(context, dir).catch((e) => logError(e instanceof Error ? e.message : String(e))));
    },
    async buildEnd() {
      // Vite calls this when the dev server closes.
      await pool?.close();
      pool = undefined;
    },
  };
}
