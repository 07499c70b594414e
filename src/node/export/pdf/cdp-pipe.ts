// A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe`. `lectern pdf`
// needs five commands; loading playwright-core for them took 0.4–0.7 s, a third of the time
// budget of a whole PDF export. Tests still drive the browser through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

type Pending = { resolve: (value: any) => void; reject: (error: Error) => void; method: string };

export class CdpBrowser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters: { method: string; sessionId?: string; resolve: (params: any) => void }[] = [];
  private buffer = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const output = child.stdio[4] as Readable;
    output.setEncoding('utf8');
    // Messages are JSON, each ended by a NUL character.
    output.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        this.receive(JSON.parse(this.buffer.slice(0, end)));
        this.buffer = this.buffer.slice(end + 1);
      }
    });
    child.once('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error(`浏览器意外退出（${p.method}）。`));
      this.pending.clear();
    });
  }

  static async launch(executablePath: string, args: string[]): Promise<CdpBrowser> {
    const profile = await mkdtemp(join(tmpdir(), 'lectern-browser-'));
    // Its own process group, so closing ends the renderer and GPU processes too.
    const child = spawn(executablePath, ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...args, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    return new CdpBrowser(child, profile);
  }

  private receive(message: { id?: number; method?: string; params?: unknown; sessionId?: string; result?: unknown; error?: { message: string } }): void {
    if (message.id === undefined) {
      const i = this.waiters.findIndex((w) => w.method === message.method && w.sessionId === message.sessionId);
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(message.params);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
    else pending.resolve(message.result);
  }

  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = any>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    const input = this.child.stdio[3] as Writable;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  /** Resolves at the next event `method` (of the page `sessionId`, if given). */
  once<T = any>(method: string, sessionId?: string): Promise<T> {
    return new Promise<T>((resolve) => this.waiters.push({ method, sessionId, resolve }));
  }

  /** Opens a tab and returns the session to send page commands to. */
  async newPage(): Promise<string> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    return sessionId;
  }

  /** Ends the browser on every path; the profile folder goes with it. */
  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      try {
        if (process.platform === 'win32') this.child.kill();
        else process.kill(-this.child.pid!, 'SIGKILL');
      } catch {
        this.child.kill('SIGKILL');
      }
      await exited;
    }
    await rm(this.profile, { recursive: true, force: true });
  }
}
