// `lectern share`: serves the built decks on the local network so people in the room can
// follow on their phones. The path carries a random token: the address is the key.
import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';
import { buildDecks } from './build.js';
import type { Reporter } from './reporter.js';
import { serveStatic, type StaticServer } from './static-server.js';

export interface ShareOptions {
  out: string;
  notes: boolean;
  host?: string;
  port?: number;
}

export interface Shared {
  server: StaticServer;
  /** One URL per network address, each ending in the token path. */
  urls: string[];
  close(): Promise<void>;
}

/** IPv4 addresses of this machine that others on the network can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

export async function share(target: string, options: ShareOptions, report: Reporter, print: (text: string) => void): Promise<Shared | null> {
  const built = await buildDecks(target, { out: options.out, notes: options.notes }, report);
  if (built.built.length === 0) return null;
  // 96 random bits: nobody finds the decks by guessing the address.
  const token = randomBytes(12).toString('base64url');
  const host = options.host ?? '0.0.0.0';
  const server = await serveStatic(options.out, { prefix: `/${token}/`, host, port: options.port ?? 0 });
  const port = new URL(server.url).port;
  const addresses = host === '0.0.0.0' ? lanAddresses() : [host];
  const deckPath = built.built.length === 1 ? `${encodeURIComponent(built.built[0].deck.name)}/` : '';
  const urls = (addresses.length ? addresses : ['127.0.0.1']).map((a) => `http://${a}:${port}/${token}/${deckPath}`);

  print('注意：同一网络中的任何人，只要拿到下面的地址，就能打开这份讲话稿。');
  print(options.notes ? '幻灯片里包含演讲者备注（讲稿全文）；如不想让别人看到，请加 --no-notes 重新分享。' : '已去掉演讲者备注（--no-notes）。');
  for (const url of urls) print(`\n  ${url}\n`);
  print(renderUnicodeCompact(urls[0], { border: 1 }));
  print('用手机扫描二维码即可跟随观看。按 Ctrl+C 停止分享。');
  return { server, urls, close: () => server.close() };
}
