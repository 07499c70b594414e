// A finished export as a download: its type, and a Content-Disposition whose filename* (RFC
// 5987) carries the Chinese name, with an ASCII fallback for browsers that want one.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ServerResponse } from 'node:http';
import { extensionOf } from '../input/speech-files.js';
import { ApiError } from './http-json.js';

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.html': 'text/html; charset=utf-8',
  '.zip': 'application/zip',
};

/** `attachment; filename="__.pdf"; filename*=UTF-8''%E8%AE%B2%E8%AF%9D.pdf` */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function sendFile(res: ServerResponse, path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new ApiError(404, `找不到导出的文件「${basename(path)}」：它可能已被移走，请重新导出。`);
  res.writeHead(200, {
    'Content-Type': TYPES[extensionOf(path)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Content-Disposition': contentDisposition(basename(path)),
    'Cache-Control': 'no-store',
  });
  await new Promise<void>((resolve, reject) => createReadStream(path).on('error', reject).on('end', resolve).pipe(res));
}
