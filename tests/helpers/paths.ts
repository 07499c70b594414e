import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The reference speech, the default deck in slides/. */
export const REFERENCE = join(ROOT, 'slides', '办公室干部专题研讨交流发言.txt');
export const REFERENCE_NAME = '办公室干部专题研讨交流发言';
export const BIN = join(ROOT, 'bin', 'lectern.js');

export function tempDir(prefix = 'lectern-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
