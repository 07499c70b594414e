// The handout alone (讲稿版): for callers that want only `<out>/<name>-handout.pdf`, such as the
// home page's button. `lectern pdf --handout` prints it beside the slides PDF in the same run.
import type { Reporter } from '../../cli/reporter.js';
import type { BrowserRunResult } from './browse-decks.js';
import { exportPdfs } from './export-pdf.js';

export interface HandoutOptions {
  /** The folder the decks are built into and the handouts written to. */
  out: string;
}

/** Builds the speeches at `target` and writes each one's handout; returns the files written. */
export function exportHandouts(target: string, options: HandoutOptions, report: Reporter): Promise<BrowserRunResult> {
  return exportPdfs(target, { out: options.out, notes: false, slides: false, handout: true }, report);
}
