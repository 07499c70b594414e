// The dev server compiles speeches in worker threads, off the request path: a 10 MB speech takes
// seconds, and on the server's own thread it held up every request for every other deck. Each
// job takes a free worker, a new one up to `size`, so a slow deck leaves the others their own;
// waiting jobs go smallest file first. Idle workers beyond one are let go after a while.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerAnswer } from './compile-worker.js';
import type { DevDeck, DevJob } from './dev-deck.js';

/** The compiled worker in lib/node/serve/, whether this module runs from src/node (tests) or lib/node. */
const WORKER_FILE = fileURLToPath(new URL('../../../lib/node/serve/compile-worker.js', import.meta.url));

export interface PoolOptions {
  /** Workers at most; default 4. */
  size?: number;
  /** A compile still running after this many ms is stopped; default 120 000 (2 minutes). */
  timeoutMs?: number;
  /** Heap limit of each worker in MB (a runaway compile stops there); default Node's own. */
  memoryMb?: number;
}

const DEFAULTS = { size: 4, timeoutMs: 120_000 };
const IDLE_MS = 30_000;

/** Why a compile gave no deck: stopped after `timeoutMs`, out of memory, or any other failure. */
export class CompileFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'memory' | 'crash',
    detail: string,
  ) {
    super(detail);
  }
}

interface Task {
  job: DevJob;
  weight: number;
  resolve(deck: DevDeck): void;
  reject(error: CompileFailure): void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
}

export class CompilePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly size: number;
  private readonly timeoutMs: number;
  private closed = false;

  constructor(private readonly options: PoolOptions = {}) {
    if (!existsSync(WORKER_FILE)) {
      throw new Error(`找不到预览服务器的编译程序（${WORKER_FILE}）。请在项目目录运行 npm install 后再试。`);
    }
    this.size = Math.max(1, options.size ?? DEFAULTS.size);
    this.timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  }

  /** Compiles one speech; `weight` (its size in bytes) orders the waiting jobs, smallest first. */
  run(job: DevJob, weight = 0): Promise<DevDeck> {
    if (this.closed) return Promise.reject(new CompileFailure('crash', 'the compile pool is closed'));
    return new Promise((resolve, reject) => {
      const at = this.queue.findIndex((t) => t.weight > weight);
      this.queue.splice(at < 0 ? this.queue.length : at, 0, { job, weight, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const failure = new CompileFailure('crash', 'the compile pool is closed');
    for (const task of this.queue.splice(0)) task.reject(failure);
    const slots = this.slots.splice(0);
    for (const slot of slots) this.release(slot, failure);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.task) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const limits = this.options.memoryMb ? { maxOldGenerationSizeMb: this.options.memoryMb } : undefined;
    const slot: Slot = { worker: new Worker(WORKER_FILE, { resourceLimits: limits }) };
    slot.worker.on('message', (answer: WorkerAnswer) => this.finish(slot, answer));
    slot.worker.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash';
      this.drop(slot, new CompileFailure(reason, error.stack ?? error.message));
    });
    slot.worker.on('exit', (code) => this.drop(slot, new CompileFailure('crash', `the compile worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    clearTimeout(slot.timer);
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.drop(slot, new CompileFailure('timeout', `stopped after ${this.timeoutMs} ms`));
      void slot.worker.terminate();
    }, this.timeoutMs);
    slot.worker.postMessage(task.job);
  }

  private finish(slot: Slot, answer: WorkerAnswer): void {
    const task = slot.task;
    if (!task) return;
    this.release(slot);
    if (answer.ok) task.resolve(answer.deck);
    else task.reject(new CompileFailure('crash', answer.error));
    // An idle worker holds no job and keeps no process alive; beyond the first, it is let go.
    slot.worker.unref();
    if (this.slots.filter((s) => !s.task).length > 1) {
      slot.timer = setTimeout(() => {
        this.drop(slot, new CompileFailure('crash', 'idle'));
        void slot.worker.terminate();
      }, IDLE_MS).unref();
    }
    this.dispatch();
  }

  /** Frees a slot of its task (failing it with `failure`, if given) and its timer. */
  private release(slot: Slot, failure?: CompileFailure): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    if (task && failure) task.reject(failure);
  }

  /** The worker is gone or going: fail its task and forget it. */
  private drop(slot: Slot, failure: CompileFailure): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    this.release(slot, failure);
    this.dispatch();
  }
}
