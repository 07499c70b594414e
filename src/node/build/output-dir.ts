// The output folder (`--out`), made and checked before any speech is compiled, so a wrong
// folder is reported in a second, not after the work.
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileErrorMessage } from '../errors.js';

/** Creates `out` if needed; throws an Error with a Chinese message naming it when it cannot be written. */
export async function prepareOutDir(out: string): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
    await access(out, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR' || code === 'EEXIST') {
      const file = await fileInTheWay(out);
      const where = file === out ? '' : `无法使用输出文件夹「${out}」。`;
      throw new Error(`${where}${fileErrorMessage(file, error, 'write')}`, { cause: error });
    }
    throw new Error(fileErrorMessage(out, error, 'write'), { cause: error });
  }
}

/** The first existing path on the way to `out` that is a file, not a folder (`a` for `a/sub`). */
async function fileInTheWay(out: string): Promise<string> {
  for (let path = out; ; path = dirname(path)) {
    const info = await stat(path).catch(() => null);
    if (info && !info.isDirectory()) return path;
    if (info || dirname(path) === path) return out;
  }
}
