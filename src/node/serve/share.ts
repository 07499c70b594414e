// `lectern share`: serves the decks it has just built on the local network so people in the room
// can follow on their phones, and the presenter can turn pages from theirs. Three addresses, each
// with a random token of its own (the address is the key): 演示 (this machine only), 观众, 遥控;
// share-routes.ts says who may ask what, share-live.ts carries the slide changes.
//
// It builds into a fresh temporary folder of its own, serves only that, and removes it on close:
// the output folder (dist/, or wherever --out pointed) may hold other decks with their notes,
// PDFs, even the speeches themselves, and none of that is served.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderUnicodeCompact } from 'uqr';
import { deckUrlPath } from '../../core/render/deck-url.js';
import { buildDecks } from '../build/build.js';
import type { Reporter } from '../cli/reporter.js';
import { isLoopbackAddress, lanAddresses } from './addresses.js';
import { LiveChannel } from './share-live.js';
import { shareHandler, type ShareTokens } from './share-routes.js';
import { listen, type StaticServer } from './static-server.js';

export interface ShareOptions {
  notes: boolean;
  /** The interface to listen on (`--host`); default every IPv4 interface, i.e. the LAN. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface Shared {
  server: StaticServer;
  /** 观众: one URL per network address, each ending in the audience token path. */
  urls: string[];
  /** 演示: the presenting deck, on this machine. */
  present: string;
  /** 遥控: one URL per network address. */
  remotes: string[];
  channel: LiveChannel;
  /** The temporary folder this run built into and serves; removed by close(). */
  dir: string;
  close(): Promise<void>;
}

/** Listening here reaches the machine's every IPv4 address. */
const LAN_HOST = '0.0.0.0';

function isLoopback(host: string): boolean {
  return host === 'localhost' || isLoopbackAddress(host);
}

/** The addresses to print for a server listening on `host`. */
function shareUrls(host: string, port: string, path: string): string[] {
  const all = host === LAN_HOST || host === '::';
  const addresses = all ? lanAddresses() : [host];
  return (addresses.length ? addresses : ['127.0.0.1']).map((a) => `http://${a.includes(':') ? `[${a}]` : a}:${port}${path}`);
}

interface Addresses {
  present: string;
  urls: string[];
  remotes: string[];
}

const qr = (url: string) => renderUnicodeCompact(url, { border: 1 });

function printShare({ present, urls, remotes }: Addresses, host: string, notes: boolean, print: (text: string) => void): void {
  print(
    isLoopback(host)
      ? `注意：只在本机监听（--host ${host}），别的电脑和手机打不开下面的地址。`
      : '注意：同一网络中的任何人，只要拿到下面的地址，就能打开这份讲话稿。',
  );
  print(
    notes
      ? '幻灯片里包含演讲者备注（讲稿全文），观众和遥控地址都能看到；如不想让别人看到，请加 --no-notes 重新分享。'
      : '已去掉演讲者备注（--no-notes）：观众和遥控地址都看不到，只有这台电脑上的演示地址还有（按 S 看备注）；幻灯片上的标题和要点仍是讲话稿原文。',
  );
  print(`\n演示（在这台电脑上打开，用它放映；别的设备打不开）：\n  ${present}\n`);
  print(`观众（发给与会同事，手机扫码跟随观看；可以自己往前往后翻，点「跟随演讲者」回到当前页）：`);
  for (const url of urls) print(`  ${url}`);
  print(qr(urls[0]));
  print(`遥控（只给演讲者本人：能翻演示页，能看备注）：`);
  for (const url of remotes) print(`  ${url}`);
  print(qr(remotes[0]));
  print('按 Ctrl+C 停止分享。');
}

/** The remote page's script, bundled by `npm install` beside the deck client. */
const REMOTE_SCRIPT = fileURLToPath(new URL('../../../lib/remote/lectern-remote.js', import.meta.url));

async function readRemoteScript(): Promise<string> {
  try {
    return await readFile(REMOTE_SCRIPT, 'utf8');
  } catch {
    throw new Error(`找不到遥控页面的浏览器端文件（${REMOTE_SCRIPT}）。请在项目目录运行 npm install 后再试。`);
  }
}

/** 96 random bits each: nobody finds a deck, or the remote, by guessing its address. */
const newToken = () => randomBytes(12).toString('base64url');

/** An address this machine does not have is the user's mistake: say which and what to type. */
function hostError(error: NodeJS.ErrnoException, host: string): Error {
  if (!['EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_AGAIN', 'EINVAL'].includes(error.code ?? '')) return error;
  return new Error(`无法在地址「${host}」上分享：这台电脑没有这个地址。不写 --host 即在局域网内分享，写 --host 127.0.0.1 则只在本机打开。`);
}

/** The presenter's second build says nothing the first one has not said. */
const QUIET: Reporter = { step() {}, done() {}, warn() {}, error() {} };

export async function share(target: string, options: ShareOptions, report: Reporter, print: (text: string) => void): Promise<Shared | null> {
  const root = await mkdtemp(join(tmpdir(), 'lectern-share-'));
  // Ctrl+C closes the share; this covers an exit by any other path.
  const removeOnExit = () => rmSync(root, { recursive: true, force: true });
  process.once('exit', removeOnExit);
  const remove = async () => {
    process.off('exit', removeOnExit);
    await rm(root, { recursive: true, force: true });
  };
  // The audience's build, and beside it (never inside it) the presenter's: with --no-notes the
  // presenter still has the notes in the speaker view, on this machine only.
  const dir = join(root, 'audience');
  const presenterDir = options.notes ? dir : join(root, 'presenter');
  try {
    const built = await buildDecks(target, { out: dir, notes: options.notes }, report);
    if (built.built.length === 0) {
      await remove();
      return null;
    }
    if (presenterDir !== dir) await buildDecks(target, { out: presenterDir, notes: true }, QUIET);
    const remoteScript = await readRemoteScript();
    const tokens: ShareTokens = { present: newToken(), audience: newToken(), remote: newToken() };
    const host = options.host ?? LAN_HOST;
    const channel = new LiveChannel(options.notes);
    const handler = shareHandler({ dir, presenterDir, tokens, channel, notes: options.notes, remoteScript });
    const server = await listen(handler, { host, port: options.port ?? 0, path: `/${tokens.audience}/` }).catch((e) => {
      channel.close();
      throw hostError(e, host);
    });
    const port = new URL(server.url).port;
    const deckPath = built.built.length === 1 ? `${deckUrlPath(built.built[0].deck.name)}/` : '';
    const urls = shareUrls(host, port, `/${tokens.audience}/${deckPath}`);
    const remotes = shareUrls(host, port, `/${tokens.remote}/`);
    // The presenter's address is answered to this machine only: loopback, unless bound elsewhere.
    const present = shareUrls(host === LAN_HOST || host === '::' ? '127.0.0.1' : host, port, `/${tokens.present}/${deckPath}`)[0];
    printShare({ present, urls, remotes }, host, options.notes, print);
    const close = () => {
      channel.close();
      return server.close().finally(remove);
    };
    return { server, urls, present, remotes, channel, dir, close };
  } catch (error) {
    await remove();
    throw error;
  }
}
