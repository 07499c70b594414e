// The share's live channel over Server-Sent Events (the platform's own: `text/event-stream` here,
// EventSource in the browser, which reconnects by itself when a phone wakes up).
//
// Three kinds of listener: the presenting deck hears the remote's commands; followers hear
// which slide; remotes hear the slide with its title, the next title, the notes and the time.
// Each new stream gets the current state first, so a phone that reconnects lands where the
// presenter is.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { followerState, remoteState, type Command, type SlideState } from './share-state.js';

export type Role = 'present' | 'audience' | 'remote';

/** A comment line every 15 s keeps idle connections open through NATs and finds the dead ones. */
const HEARTBEAT_MS = 15_000;
/** How soon EventSource tries again after the connection drops. */
const RETRY_MS = 2_000;

/** Streams each role may hold at once: a meeting room's phones, a few remotes and presenters. */
const MAX_STREAMS: Readonly<Record<Role, number>> = { audience: 500, remote: 20, present: 20 };

export class LiveChannel {
  private readonly streams: Record<Role, Set<ServerResponse>> = { present: new Set(), audience: new Set(), remote: new Set() };
  private state: SlideState | null = null;
  private startedAt = 0;
  private lastId = 0;
  private readonly heartbeat: NodeJS.Timeout;

  /** `notes`: false under --no-notes, which keeps them off the remote whatever a deck posts. */
  constructor(private readonly notes: boolean) {
    this.heartbeat = setInterval(() => this.each(['present', 'audience', 'remote'], () => ': \n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Turns the response into an event stream for `role` until the client goes. */
  subscribe(role: Role, req: IncomingMessage, res: ServerResponse): void {
    if (this.streams[role].size >= MAX_STREAMS[role]) {
      // Whoever has the address could open streams until the laptop runs out: a room has fewer phones.
      res.writeHead(503, { 'Retry-After': '10', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('跟随的设备太多，请稍后再试。');
      return;
    }
    req.socket.setNoDelay(true);
    req.socket.setKeepAlive(true);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // A reverse proxy must pass each event on at once.
      'X-Accel-Buffering': 'no',
    });
    res.write(`retry: ${RETRY_MS}\n\n`);
    const first = role === 'present' ? null : this.stateFor(role);
    if (first) res.write(first);
    this.streams[role].add(res);
    res.on('close', () => this.streams[role].delete(res));
  }

  /** The presenting deck moved: every follower and remote hears it. */
  publish(state: SlideState): void {
    if (!this.startedAt) this.startedAt = Date.now();
    this.state = state;
    this.each(['audience', 'remote'], (role) => this.stateFor(role as 'audience' | 'remote'));
  }

  /** A remote's command goes to the presenting decks; returns how many heard it. */
  command(action: Command): number {
    this.each(['present'], () => this.event('command', { action }));
    return this.streams.present.size;
  }

  /** How many streams of `role` are open (tests, the bench). */
  listeners(role: Role): number {
    return this.streams[role].size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const set of Object.values(this.streams)) {
      for (const res of set) res.end();
      set.clear();
    }
  }

  private stateFor(role: 'audience' | 'remote'): string | null {
    if (!this.state) return null;
    const data = role === 'audience' ? followerState(this.state) : remoteState(this.state, Date.now() - this.startedAt, this.notes);
    return this.event('state', data);
  }

  private event(name: string, data: unknown): string {
    return `id: ${++this.lastId}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
  }

  /** Writes the same message (made once per role) to every stream of the roles. */
  private each(roles: Role[], message: (role: Role) => string | null): void {
    for (const role of roles) {
      if (this.streams[role].size === 0) continue;
      const text = message(role);
      if (text) for (const res of this.streams[role]) res.write(text);
    }
  }
}
