// "Build, serve, open a browser, close": the scaffold `lectern pdf` and `lectern shots` share.
// The decks are built into a folder and served over HTTP, each deck's tasks run against its URL
// in one browser, and the browser and the server close in `finally`, whatever fails.
import { buildDecks, type BuildResult } from '../../build/build.js';
import { deckFailureMessage } from '../../errors.js';
import type { Reporter } from '../../cli/reporter.js';
import type { ReadyDeck } from '../../input/load-deck.js';
import { serveStatic, type StaticServer } from '../../serve/static-server.js';
import { findBrowser, MISSING_BROWSER_MESSAGE } from './browser.js';
import { deckUrlPath } from '../../../core/render/deck-url.js';

/** A started browser (and whatever the tasks need of it) that can be closed. */
export interface BrowserSession {
  close(): Promise<void>;
}

/** One thing made from one deck in the browser: a PDF, a set of screenshots. */
export interface DeckTask<S> {
  /** Reported before the task runs. */
  step: string;
  /** What the task makes, for the failure message (`deckFailureMessage`). */
  what: string;
  /** Makes the files from the deck served at `url`; returns their paths. */
  run(session: S, url: string): Promise<string[]>;
  /** Reported once the files are written. */
  done(files: string[]): string;
}

export interface BrowserRun<S extends BrowserSession> {
  target: string;
  /** The folder the decks are built into and served from. */
  site: string;
  launch(executablePath: string): Promise<S>;
  tasks(deck: ReadyDeck): DeckTask<S>[];
}

export interface BrowserRunResult {
  written: string[];
  failed: number;
}

export async function browseBuiltDecks<S extends BrowserSession>(run: BrowserRun<S>, report: Reporter): Promise<BrowserRunResult> {
  const executablePath = findBrowser();
  if (!executablePath) {
    report.error(MISSING_BROWSER_MESSAGE);
    return { written: [], failed: 1 };
  }
  // The browser starts while the decks build: both take a few hundred milliseconds.
  const launching = run.launch(executablePath);
  // A failed launch surfaces where it is awaited; until then it must not be an unhandled rejection.
  launching.catch(() => undefined);
  let server: StaticServer | undefined;
  try {
    const built = await buildDecks(run.target, { out: run.site }, report);
    if (built.built.length === 0) return { written: [], failed: built.failed };
    server = await serveStatic(run.site);
    return await runTasks(await launching, server.url, built, run.tasks, report);
  } finally {
    await (await launching.catch(() => undefined))?.close();
    await server?.close();
  }
}

async function runTasks<S>(session: S, site: string, built: BuildResult, tasks: (deck: ReadyDeck) => DeckTask<S>[], report: Reporter): Promise<BrowserRunResult> {
  const result: BrowserRunResult = { written: [], failed: built.failed };
  for (const { deck } of built.built) {
    for (const task of tasks(deck)) {
      report.step(task.step);
      try {
        const files = await task.run(session, `${site}${deckUrlPath(deck.name)}/`);
        result.written.push(...files);
        report.done(task.done(files));
      } catch (error) {
        // One deck that cannot be made or written must not stop the others.
        report.error(deckFailureMessage(deck.path, task.what, error));
        result.failed++;
      }
    }
  }
  return result;
}
