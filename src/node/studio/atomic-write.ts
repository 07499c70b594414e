// How the studio writes: never a half-written file (write a temporary file in the same folder,
// then rename it into place, which the file system does in one step) and, for new files, never
// over an existing one (a hard link fails when the name is taken; then `-2`, `-3`…).
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';

/** Hidden, so the speeches folder never lists it (speech-files.ts skips dot files). */
function tempName(dir: string): string {
  return join(dir, `.lectern-tmp-${randomBytes(6).toString('hex')}`);
}

/** Writes `bytes` to `path` whole or not at all (the old content stays until the rename). */
export async function writeAtomic(path: string, bytes: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = tempName(dir);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** `讲话.txt`, `讲话-2.txt`, `讲话-3.txt`… */
export function numbered(name: string, n: number): string {
  if (n < 2) return name;
  const ext = extname(name);
  return `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
}

const MAX_TRIES = 1000;

/** File systems without hard links (FAT on a USB stick) say so with one of these. */
const NO_LINKS = ['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'];

/**
 * Moves `from` to `to` unless `to` exists (then false): a hard link never replaces a file.
 * Without hard links, an exclusive copy does the same, though not in one step.
 */
export async function moveNew(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_LINKS.includes(code)) throw error;
    try {
      await copyFile(from, to, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw copyError;
    }
  }
  await unlink(from);
  return true;
}

/**
 * Moves `from` to a new name in `dir`, never over an existing file: `name`, else `name-2`…
 * `taken` may refuse a free name too (a speech whose name differs only in its extension).
 * Returns the name used.
 */
export async function linkNew(from: string, dir: string, name: string, taken: (name: string) => boolean = () => false): Promise<string> {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const candidate = numbered(name, n);
    if (!taken(candidate) && (await moveNew(from, join(dir, candidate)))) return candidate;
  }
  throw new Error(`「${name}」的同名文件太多，请先清理 slides 文件夹。`);
}

/** A new file `name` (or `name-2`…) in `dir` holding `bytes`, written whole; returns the name used. */
export async function createNew(dir: string, name: string, bytes: Uint8Array, taken?: (name: string) => boolean): Promise<string> {
  const temp = tempName(dir);
  await writeFile(temp, bytes, { flag: 'wx' });
  try {
    return await linkNew(temp, dir, name, taken);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
