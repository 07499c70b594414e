// The exports of the home page, as a table: each kind runs the same function as the command
// line (`lectern pdf`, `pdf --notes`, `pdf --handout`, `pptx`, `build`) on the deck's speech, into the same
// output folder (`dist/`), and names the file it made. The folder build is zipped as it is.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Reporter } from '../cli/reporter.js';
import { writeAtomic } from './atomic-write.js';

export interface ExportKind {
  /** What the page's button says. */
  label: string;
  /** Makes the file for the speech at `speech` in `out`; null when it failed (reported). */
  run(speech: string, out: string, report: Reporter): Promise<string | null>;
}

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** The built folder of a deck, zipped under its own name (unzipping gives the folder back). */
async function zipFolder(dir: string, name: string, file: string): Promise<string> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const path of await filesUnder(dir)) zip.file(`${name}/${path}`, await readFile(join(dir, path)));
  await writeAtomic(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return file;
}

/** The CLI's build, loaded on first use: the dev server starts without it (and its fonts code). */
async function build(speech: string, out: string, report: Reporter) {
  const { buildDecks } = await import('../build/build.js');
  return (await buildDecks(speech, { out }, report)).built[0];
}

export const EXPORTS: Record<string, ExportKind> = {
  pdf: {
    label: 'PDF',
    run: async (speech, out, report) => {
      const { exportPdfs } = await import('../export/pdf/export-pdf.js');
      return (await exportPdfs(speech, { out, notes: false }, report)).written.find((f) => f.endsWith('.pdf')) ?? null;
    },
  },
  'notes-pdf': {
    label: '讲稿备注 PDF',
    run: async (speech, out, report) => {
      const { exportPdfs } = await import('../export/pdf/export-pdf.js');
      return (await exportPdfs(speech, { out, notes: true }, report)).written.find((f) => f.endsWith('-notes.pdf')) ?? null;
    },
  },
  handout: {
    label: '讲稿版 PDF',
    run: async (speech, out, report) => {
      const { exportHandouts } = await import('../export/pdf/handout-pdf.js');
      return (await exportHandouts(speech, { out }, report)).written.find((f) => f.endsWith('-handout.pdf')) ?? null;
    },
  },
  pptx: {
    label: 'PPTX',
    run: async (speech, out, report) => {
      const { writePptx } = await import('../export/pptx/pptx.js');
      return (await writePptx(speech, { out }, report)).written[0] ?? null;
    },
  },
  html: {
    label: '单个 HTML 文件',
    run: async (speech, out, report) => {
      const built = await build(speech, out, report);
      return built ? join(out, `${built.deck.name}.html`) : null;
    },
  },
  zip: {
    label: '静态文件夹 .zip',
    run: async (speech, out, report) => {
      const built = await build(speech, out, report);
      if (!built) return null;
      report.step(`正在压缩「${built.deck.name}」的文件夹…`);
      return zipFolder(built.dir, built.deck.name, join(out, `${built.deck.name}.zip`));
    },
  },
};
