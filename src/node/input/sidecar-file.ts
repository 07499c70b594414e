// Where a deck's sidecar lives and how it is read: beside the speech, named after the deck (not
// the file's stem), so `讲话.txt` and `讲话.md` (decks 讲话 and 讲话-2) never share one.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseSidecar } from '../../core/corrections/sidecar.js';
import { EMPTY_SIDECAR, type Sidecar } from '../../core/corrections/types.js';
import type { Diagnostic } from '../../core/types.js';
import { fileErrorMessage } from '../errors.js';

export const SIDECAR_SUFFIX = '.lectern.yaml';

export function sidecarPath(speechPath: string, deckName: string): string {
  return join(dirname(speechPath), `${deckName}${SIDECAR_SUFFIX}`);
}

export interface SidecarFile {
  path: string;
  sidecar: Sidecar;
  /** Lines are the sidecar's own. */
  diagnostics: Diagnostic[];
  /** Whether the file is there at all. */
  exists: boolean;
}

/** A missing sidecar is the usual case (automatic detection); an unreadable one is a diagnostic. */
export async function readSidecarFile(speechPath: string, deckName: string): Promise<SidecarFile> {
  const path = sidecarPath(speechPath, deckName);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, sidecar: EMPTY_SIDECAR, diagnostics: [], exists: false };
    const message = `${fileErrorMessage(path, error, 'read')}其中的设置和结构调整这次没有使用。`;
    return { path, sidecar: EMPTY_SIDECAR, diagnostics: [{ line: 1, code: 'sidecar-unreadable', severity: 'warning', message, source: 'sidecar' }], exists: true };
  }
  return { path, exists: true, ...parseSidecar(text) };
}
