// JSON in and out for the studio's API, and request bodies read with a size limit.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Thrown by a handler for an answer other than 200: the message is Chinese, for the page. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

/** The body's bytes; more than `limit` is refused with `tooLarge` (413) without reading the rest. */
export async function readBody(req: IncomingMessage, limit: number, tooLarge: string): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw new ApiError(413, tooLarge);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) throw new ApiError(413, tooLarge);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const MAX_JSON_BYTES = 1024 * 1024;

/** A JSON object body; anything else is a 400 in Chinese. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const bytes = await readBody(req, MAX_JSON_BYTES, '请求的内容太大。');
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString('utf8') || '{}');
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Falls through to the refusal below.
  }
  throw new ApiError(400, '请求的内容不是有效的 JSON 对象。');
}
