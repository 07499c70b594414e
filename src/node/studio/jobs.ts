// Exports run as jobs, one at a time (they share the output folder and the browser), each with
// a stream of progress for the page: the CLI's own step messages through a Reporter, then the
// file to download or a Chinese error. Events are kept, so a page that connects late sees all.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Reporter } from '../cli/reporter.js';
import { describeError } from '../errors.js';
import { displayPath } from '../input/load-deck.js';

export type JobEvent =
  | { type: 'step'; message: string }
  | { type: 'done'; message: string; file: string; url: string }
  | { type: 'failed'; message: string };

export interface Job {
  id: string;
  events: JobEvent[];
  /** The file made, once done. */
  file?: string;
  listeners: Set<(event: JobEvent) => void>;
}

/** Jobs are forgotten beyond this many (their files stay in the output folder). */
const KEEP = 50;
const FAILED = '导出没有完成。';

/** A Reporter whose lines become the job's progress; errors are kept for the final message. */
function jobReporter(emit: (event: JobEvent) => void, errors: string[]): Reporter {
  const step = (message: string) => emit({ type: 'step', message });
  return { step, done: step, warn: step, error: (message) => errors.push(message) };
}

export class JobQueue {
  private readonly jobs = new Map<string, Job>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly downloadUrl: (id: string) => string) {}

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  /** Queues `run`, which makes one file and returns its path (or null, having reported why). */
  start(run: (report: Reporter) => Promise<string | null>, queued: string): Job {
    const job: Job = { id: randomBytes(9).toString('base64url'), events: [], listeners: new Set() };
    this.jobs.set(job.id, job);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEEP))) this.jobs.delete(old);
    const emit = (event: JobEvent) => {
      job.events.push(event);
      job.listeners.forEach((listener) => listener(event));
    };
    emit({ type: 'step', message: queued });
    const errors: string[] = [];
    this.tail = this.tail.then(async () => {
      try {
        const file = await run(jobReporter(emit, errors));
        if (!file) return emit({ type: 'failed', message: errors.join('\n') || FAILED });
        job.file = file;
        emit({ type: 'done', message: `已完成，文件也保存在 ${displayPath(file)}`, file, url: this.downloadUrl(job.id) });
      } catch (error) {
        emit({ type: 'failed', message: [...errors, describeError(error)].join('\n') });
      }
    });
    return job;
  }
}

function sseLine(event: JobEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** The job's events as a text/event-stream, the past ones first; ends after done or failed. */
export function streamJob(job: Job, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  const write = (event: JobEvent) => {
    res.write(sseLine(event));
    if (event.type !== 'step') {
      job.listeners.delete(write);
      res.end();
    }
  };
  for (const event of job.events) {
    write(event);
    if (event.type !== 'step') return;
  }
  job.listeners.add(write);
  res.on('close', () => job.listeners.delete(write));
}
