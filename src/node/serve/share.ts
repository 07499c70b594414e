// `lectern share`: serves the decks it has just built on the local network so people in the room
// can follow on their phones. The path carries a random token: the address is the key.
//
// It builds into a fresh temporary folder of its own, serves only that, and removes it on close:
// the output folder (dist/, or wherever --out pointed) may hold other decks with their notes,
// PDFs, even the speeches themselves, and none of that is served.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { deckUrlPath } from '../../core/render/deck-url.js';
import { buildDecks } from '../build/build.js';
import type { Reporter } from '../cli/reporter.js';
import { serveStatic, type StaticServer } from './static-server.js';

export interface ShareOptions {
  notes: boolean;
  /** The interface to listen on (`--host`); default every IPv4 interface, i.e. the LAN. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface Shared {
  server: StaticServer;
  /** One URL per network address, each ending in the token path. */
  urls: string[];
  /** The temporary folder this run built into and serves; removed by close(). */
  dir: string;
  close(): Promise<void>;
}

/** Listening here reaches the machine's every IPv4 address. */
const LAN_HOST = '0.0.0.0';

/** IPv4 addresses of this machine that others on the network can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The addresses to print for a server listening on `host`. */
function shareUrls(host: string, port: string, path: string): string[] {
  const all = host === LAN_HOST || host === '::';
  const addresses = all ? lanAddresses() : [host];
  return (addresses.length ? addresses : ['127.0.0.1']).map((a) => `http://${a.includes(':') ? `[${a}]` : a}:${port}${path}`);
}

function printShare(urls: string[], host: string, notes: boolean, print: (text: string) => void): void {
  print(
    isLoopback(host)
      ? `注意：只在本机监听（--host ${host}），别的电脑和手机打不开下面的地址。`
      : '注意：同一网络中的任何人，只要拿到下面的地址，就能打开这份讲话稿。',
  );
  print(
    notes
      ? '幻灯片里包含演讲者备注（讲稿全文）；如不想让别人看到，请加 --no-notes 重新分享。'
      : '已去掉演讲者备注（--no-notes）；幻灯片上的标题和要点仍是讲话稿原文。',
  );
  for (const url of urls) print(`\n  ${url}\n`);
  print(renderUnicodeCompact(urls[0], { border: 1 }));
  print('用手机扫描二维码即可跟随观看。按 Ctrl+C 停止分享。');
}

/** An address this machine does not have is the user's mistake: say which and what to type. */
function hostError(error: NodeJS.ErrnoException, host: string): Error {
  if (!['EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_AGAIN', 'EINVAL'].includes(error.code ?? '')) return error;
  return new Error(`无法在地址「${host}」上分享：这台电脑没有这个地址。不写 --host 即在局域网内分享，写 --host 127.0.0.1 则只在本机打开。`);
}

export async function share(target: string, options: ShareOptions, report: Reporter, print: (text: string) => void): Promise<Shared | null> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-share-'));
  // Ctrl+C closes the share; this covers an exit by any other path.
  const removeOnExit = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeOnExit);
  const remove = async () => {
    process.off('exit', removeOnExit);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const built = await buildDecks(target, { out: dir, notes: options.notes }, report);
    if (built.built.length === 0) {
      await remove();
      return null;
    }
    // 96 random bits: nobody finds the decks by guessing the address.
    const token = randomBytes(12).toString('base64url');
    const host = options.host ?? LAN_HOST;
    const server = await serveStatic(dir, { prefix: `/${token}/`, host, port: options.port ?? 0 }).catch((e) => {
      throw hostError(e, host);
    });
    const deckPath = built.built.length === 1 ? `${deckUrlPath(built.built[0].deck.name)}/` : '';
    const urls = shareUrls(host, new URL(server.url).port, `/${token}/${deckPath}`);
    printShare(urls, host, options.notes, print);
    return { server, urls, dir, close: () => server.close().finally(remove) };
  } catch (error) {
    await remove();
    throw error;
  }
}
