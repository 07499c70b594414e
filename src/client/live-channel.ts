// The browser's end of `lectern share`'s live channel (src/node/serve/share-live.ts): which role
// this page plays, an EventSource that comes back after a phone sleeps, and posts to the server.

// The wire's shapes are the server's own (types only: nothing of Node reaches the browser).
import type { LiveConfig } from '../node/serve/share-pages.js';

export type { LiveConfig };

export function readLiveConfig(doc: Document): LiveConfig | null {
  const raw = doc.getElementById('lectern-live')?.textContent;
  if (!raw) return null;
  try {
    const config = JSON.parse(raw) as LiveConfig;
    return typeof config.base === 'string' && ['present', 'audience', 'remote'].includes(config.role) ? config : null;
  } catch {
    return null;
  }
}

/** How long to wait before building a new EventSource once the browser has given up on one. */
const REOPEN_MS = 3_000;

export interface Listeners {
  [event: string]: (data: any) => void;
}

/**
 * Opens `${base}events` and keeps it open: EventSource retries by itself after a dropped
 * connection; when it gives up (the server answered with an error while restarting, a phone
 * that slept long), a new one is opened, and at once when the page is shown again.
 * `onLink(true|false)` says whether the channel is up.
 */
export function openEvents(config: LiveConfig, listeners: Listeners, onLink: (up: boolean) => void = () => {}): void {
  let source: EventSource | null = null;
  let timer = 0;
  const open = () => {
    clearTimeout(timer);
    source?.close();
    source = new EventSource(`${config.base}events`);
    source.onopen = () => onLink(true);
    source.onerror = () => {
      onLink(false);
      if (source?.readyState === EventSource.CLOSED) timer = window.setTimeout(open, REOPEN_MS);
    };
    for (const [name, listener] of Object.entries(listeners)) {
      source.addEventListener(name, (event) => listener(JSON.parse((event as MessageEvent<string>).data)));
    }
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && source?.readyState === EventSource.CLOSED) open();
  });
  open();
}

/** POSTs JSON to `${base}${path}`; the answer's JSON, or null when there is none or it failed. */
export async function post(config: LiveConfig, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${config.base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    // A slide change posted as the page closes should still arrive.
    keepalive: JSON.stringify(body).length < 60_000,
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.status === 204 ? null : res.json();
}
