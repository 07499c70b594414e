// Vite plugin: serves every speech in `slides/` as a deck at /<name>/, reloads the page when a
// speech changes, and shows a broken speech in Vite's overlay without stopping the server.
// Speeches are compiled in worker threads (compile-pool.ts), so a long one never holds up the
// others; the answers are in dev-answer.ts.
import { randomBytes } from 'node:crypto';
import { basename, resolve, relative, isAbsolute } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { CompilePool, type PoolOptions } from './compile-pool.js';
import { answer, failure, send, type DevContext } from './dev-answer.js';
import { deckLoader } from './dev-loader.js';
import { findSpeeches } from '../input/speech-files.js';
import { SIDECAR_SUFFIX } from '../input/sidecar-file.js';
import { deckUrlPath } from '../../core/render/deck-url.js';

export { diagnosticsBanner } from './dev-pages.js';

export interface LecternPluginOptions {
  /** Folder of speeches, relative to Vite's root. */
  dir?: string;
  /** The browser entry, as Vite serves it. */
  clientEntry?: string;
  /** The worker threads that compile the speeches: how many, and when a compile is stopped. */
  compile?: PoolOptions;
}

async function onSpeechChange({ server, decks, load }: DevContext, file: string): Promise<void> {
  if (file.endsWith(SIDECAR_SUFFIX)) {
    // Corrections saved by the editor: that deck's page shows them; the editor itself stays.
    const name = basename(file).slice(0, -SIDECAR_SUFFIX.length);
    // Vite's client compares with decodeURI(location.pathname), which keeps %2C, %23… encoded.
    server.ws.send({ type: 'full-reload', path: decodeURI(`/${deckUrlPath(name)}/index.html`) });
    return;
  }
  const speech = (await decks()).find((d) => resolve(d.path) === file);
  if (speech) {
    const deck = await load(speech);
    if (!deck.ok) {
      server.config.logger.error(`[lectern] ${deck.message}`);
      server.ws.send({ type: 'error', err: { message: deck.message, stack: '', id: file, plugin: 'lectern' } });
      return;
    }
    deck.diagnostics.forEach((line) => server.config.logger.warn(`[lectern] ${line}`));
    server.config.logger.info(`[lectern] 已更新「${speech.name}」`, { timestamp: true });
  }
  server.ws.send({ type: 'full-reload', path: '*' });
}

/** The decks' addresses, and what the structure detection noticed, once at start. */
async function announce({ server, decks, load }: DevContext, dir: string): Promise<void> {
  const { logger } = server.config;
  const all = await decks();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : server.config.server.port;
  if (all.length === 0) logger.info(`[lectern] ${relative(server.config.root, dir) || dir}/ 里还没有讲话稿：放入 .txt、.md 或 .docx 文件即可。`);
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
        token: randomBytes(16).toString('base64url'),
      };
      server.watcher.add(dir);
      const inDir = (file: string) => {
        const rel = relative(dir, file);
        return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
      };
      server.watcher.on('all', (_event, file) => {
        if (inDir(file)) void onSpeechChange(context, resolve(file)).catch((e) => logError(String(e)));
      });
      const middleware: Connect.NextHandleFunction = (req, res, next) => {
        const url = req.url;
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !url) return next();
        answer(context, url)
          .catch((error: unknown) => failure(server, url, error))
          .then((result) => (result ? send(res, result) : next()))
          .catch(next);
      };
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
