// 2) build: the bin as a whole process, fresh output folder each run. 5) size of what it wrote.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BIN, REFERENCE, REFERENCE_NAME, removeDir, tempDir } from './lib/env.js';
import { sample, timeProcess } from './lib/stats.js';

/** Bytes and gzip bytes, file by file, as a web server would send them (gzip -6, the common default). */
function measure(path) {
  const st = statSync(path);
  if (st.isFile()) {
    const data = readFileSync(path);
    return { files: 1, bytes: data.length, gzipBytes: gzipSync(data, { level: 6 }).length };
  }
  const total = { files: 0, bytes: 0, gzipBytes: 0 };
  for (const name of readdirSync(path)) {
    const m = measure(join(path, name));
    total.files += m.files;
    total.bytes += m.bytes;
    total.gzipBytes += m.gzipBytes;
  }
  return total;
}

export async function benchBuild(log) {
  const root = tempDir();
  let size;
  try {
    const result = await sample(
      async (i) => {
        const out = join(root, `out${i}`);
        const ms = await timeProcess(process.execPath, [BIN, 'build', REFERENCE, '--out', out]);
        if (!size) size = { folder: measure(join(out, REFERENCE_NAME)), single: measure(join(out, `${REFERENCE_NAME}.html`)) };
        removeDir(out);
        return ms;
      },
      { runs: 5, warmups: 1 },
    );
    log(`build: median ${result.median.toFixed(0)} ms of [${result.runs.map((r) => r.toFixed(0)).join(', ')}]`);
    log(`size: folder ${size.folder.bytes} B (gzip ${size.folder.gzipBytes}), single file ${size.single.bytes} B (gzip ${size.single.gzipBytes})`);
    return { build: { medianMs: result.median, runsMs: result.runs }, size };
  } finally {
    removeDir(root);
  }
}
