// Shared paths, temp folders and child processes, with one cleanup that runs on every exit path
// (normal end, thrown error, Ctrl-C), so a benchmark never leaves servers or folders behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'lectern.js');
export const REFERENCE_NAME = '办公室干部专题研讨交流发言';
export const REFERENCE = join(ROOT, 'slides', `${REFERENCE_NAME}.txt`);
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

const dirs = new Set();
const groups = new Set();

/** A fresh folder under the OS temp dir, removed by cleanup() if the caller does not. */
export function tempDir(prefix = 'lectern-bench-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.add(dir);
  return dir;
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** Children spawned with `detached: true` lead their own process group: kill the whole group. */
export function trackGroup(pid) {
  groups.add(pid);
}

export function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  groups.delete(pid);
}

export function cleanup() {
  for (const pid of [...groups]) killGroup(pid);
  for (const dir of [...dirs]) removeDir(dir);
}

process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanup();
    process.exit(130);
  });
}
