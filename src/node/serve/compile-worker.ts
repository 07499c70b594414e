// A worker thread of the dev server's compile pool (compile-pool.ts): prepares one deck per
// message and answers with it, the slides' bytes transferred rather than copied.
import { parentPort } from 'node:worker_threads';
import { prepareDevDeck, type DevJob } from './dev-deck.js';

export type WorkerAnswer = { ok: true; deck: Awaited<ReturnType<typeof prepareDevDeck>> } | { ok: false; error: string };

parentPort!.on('message', (job: DevJob) => {
  prepareDevDeck(job).then(
    (deck) => parentPort!.postMessage({ ok: true, deck } satisfies WorkerAnswer, deck.ok ? [deck.slides.buffer as ArrayBuffer] : []),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerAnswer),
  );
});
