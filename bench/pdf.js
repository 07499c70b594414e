// 4) PDF: the bin's `pdf` command as a whole process (it builds, serves, prints in Chromium).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, REFERENCE, REFERENCE_NAME, removeDir, tempDir } from './lib/env.js';
import { sample, timeProcess } from './lib/stats.js';

function pageCount(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export async function benchPdf(log) {
  const root = tempDir();
  let pages;
  try {
    const result = await sample(
      async (i) => {
        const out = join(root, `out${i}`);
        const ms = await timeProcess(process.execPath, [BIN, 'pdf', REFERENCE, '--out', out]);
        pages ??= pageCount(join(out, `${REFERENCE_NAME}.pdf`));
        removeDir(out);
        return ms;
      },
      { runs: 5, warmups: 1 },
    );
    const pagesPerS = pages / (result.median / 1e3);
    log(`pdf: median ${result.median.toFixed(0)} ms of [${result.runs.map((r) => r.toFixed(0)).join(', ')}], ${pages} pages, ${pagesPerS.toFixed(1)} pages/s`);
    return { medianMs: result.median, runsMs: result.runs, pages, pagesPerS };
  } finally {
    removeDir(root);
  }
}
