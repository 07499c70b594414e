// Which files are speeches, and what each deck is called.
// Every .txt/.md/.docx in the target folder is a speech (README.md included): the folder is
// for speeches only. Formats we cannot read are listed too, so the caller can tell the author
// how to convert them instead of skipping them silently.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileErrorMessage } from '../errors.js';

export const SPEECH_EXTENSIONS = ['.txt', '.md', '.docx'] as const;
export type SpeechExtension = (typeof SPEECH_EXTENSIONS)[number];

/** Formats people save speeches in that we cannot read, with the name an author knows them by. */
export const REJECTED_FORMATS: Readonly<Record<string, string>> = {
  '.doc': '旧版 Word 文档（.doc）',
  '.wps': 'WPS 文字文档（.wps）',
  '.pdf': 'PDF 文件',
  '.pptx': 'PowerPoint 演示文稿',
  '.ppt': 'PowerPoint 演示文稿',
  '.png': '图片',
  '.jpg': '图片',
  '.jpeg': '图片',
  '.gif': '图片',
  '.bmp': '图片',
  '.webp': '图片',
};

/** `note`: why the deck is not called after the file (`a-2`, `index-2`), to tell the user. */
export type SpeechFile = { path: string; name: string; note?: string };
export type RejectedFile = { path: string };
export type SpeechList = { speeches: SpeechFile[]; rejected: RejectedFile[] };

/** Lower-cased, so `讲话.TXT` from a Windows share is still a speech. */
export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

function isSpeechExtension(ext: string): ext is SpeechExtension {
  return (SPEECH_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * Lists the speeches at `target`: the file itself, or the files directly inside a folder
 * (not its sub-folders). Skips hidden files and Word's `~$` lock files. Sorted by file name in
 * code-unit order, so the order (and the `-2` suffixes) never depend on the machine's locale.
 * Throws an Error with a Chinese message when `target` cannot be read.
 */
export async function findSpeeches(target: string): Promise<SpeechList> {
  const info = await orThrow(target, () => stat(target));
  const files = info.isDirectory()
    ? await orThrow(target, () => listFiles(target))
    : [{ path: target, file: basename(target) }];
  files.sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.path, b.path));

  const speeches: SpeechFile[] = [];
  const rejected: RejectedFile[] = [];
  const taken = new Set<string>(RESERVED_NAMES);
  for (const { path, file } of files) {
    const ext = extensionOf(file);
    if (isSpeechExtension(ext)) {
      const stem = file.slice(0, file.length - ext.length);
      const name = uniqueName(stem, taken);
      speeches.push(name === stem ? { path, name } : { path, name, note: renameNote(path, stem, name) });
    } else if (ext in REJECTED_FORMATS || !info.isDirectory()) {
      // A file named on the command line is always reported, whatever its type.
      rejected.push({ path });
    }
  }
  return { speeches, rejected };
}

function isSkipped(file: string): boolean {
  // `.DS_Store`, editor swap files; `~$讲话.docx` is the lock file Word keeps while a document is open.
  return file.startsWith('.') || file.startsWith('~$');
}

async function listFiles(dir: string): Promise<{ path: string; file: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: { path: string; file: string }[] = [];
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = join(dir, entry.name);
    // A symlink counts as what it points to; a dangling one is not a file.
    const isFile = entry.isSymbolicLink()
      ? await stat(path).then((s) => s.isFile(), () => false)
      : entry.isFile();
    if (isFile) files.push({ path, file: entry.name });
  }
  return files;
}

/**
 * Names no deck may take: `<out>/index.html` is the list of decks, so a speech `index.txt` would
 * have its single-file deck `<out>/index.html` overwritten by the list. Keys as in uniqueName.
 */
const RESERVED_NAMES = ['index'];

function renameNote(path: string, stem: string, name: string): string {
  const why = RESERVED_NAMES.includes(stem.normalize('NFC').toLowerCase())
    ? `因为 ${stem}.html 是幻灯片目录页的名字`
    : '因为已有同名的讲话稿（文件名只差扩展名或大小写）';
  return `「${path}」的幻灯片命名为「${name}」，${why}。`;
}

/**
 * `a`, then `a-2`, `a-3`… Names are compared case-insensitively and NFC-normalized because
 * the deck becomes a folder, and `A/` and `a/` are one folder on Windows and macOS.
 */
function uniqueName(stem: string, taken: Set<string>): string {
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  let name = stem;
  for (let n = 2; taken.has(key(name)); n++) name = `${stem}-${n}`;
  taken.add(key(name));
  return name;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs `read`; a failure becomes an Error with a Chinese message naming `target`. */
async function orThrow<T>(target: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new Error(fileErrorMessage(target, error, 'read'), { cause: error });
  }
}
