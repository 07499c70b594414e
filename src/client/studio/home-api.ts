// The home page's calls to the studio's API: every one carries this server's token (from the
// page's meta tag) and answers JSON; a refusal or failure becomes an Error with the server's
// Chinese message.
export const API = '/__lectern/api';

const token = document.querySelector<HTMLMetaElement>('meta[name="lectern-token"]')?.content ?? '';

const OFFLINE = '连接不上预览服务器：请确认 npm run dev 还在运行，然后刷新页面。';

export async function call<T>(method: string, path: string, body?: BodyInit | object): Promise<T> {
  const raw = body instanceof Blob || body instanceof ArrayBuffer || typeof body === 'string';
  let res: Response;
  try {
    res = await fetch(`${API}${path}`, {
      method,
      headers: { 'X-Lectern-Token': token, ...(body && !raw ? { 'Content-Type': 'application/json' } : {}) },
      body: body === undefined ? undefined : raw ? (body as BodyInit) : JSON.stringify(body),
    });
  } catch {
    throw new Error(OFFLINE);
  }
  const answer = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) throw new Error(answer.message ?? `预览服务器没能完成这个请求（${res.status}）。`);
  return answer as T;
}

/** An export's progress, as the server streams it (EventSource cannot send headers: ?token=). */
export function events(path: string): EventSource {
  return new EventSource(`${path}?token=${encodeURIComponent(token)}`);
}

/** Fetches a finished export with the token and hands it to the browser as a download. */
export async function download(url: string, name: string): Promise<void> {
  const res = await fetch(url, { headers: { 'X-Lectern-Token': token } }).catch(() => null);
  if (!res?.ok) throw new Error(res ? ((await res.json().catch(() => ({}))) as { message?: string }).message ?? '下载失败。' : OFFLINE);
  const href = URL.createObjectURL(await res.blob());
  const link = Object.assign(document.createElement('a'), { href, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

export const deckPath = (name: string) => `/decks/${encodeURIComponent(name)}`;
