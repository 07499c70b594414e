// The one mapping from system and program errors to Chinese messages (src/node/errors.ts),
// fed real errors from the file system where this machine can make them, and errors shaped
// like Node's where it cannot (permission errors when the tests run as root).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deckFailureMessage, describeError, fileErrorMessage } from '../../src/node/errors.js';
import { tempDir } from '../helpers/paths.js';

/** An error as node:fs makes it. */
function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

const caught = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('no error'), (e: unknown) => e);
const ENGLISH = /[A-Za-z]{2,} [A-Za-z]{2,}|\bE[A-Z]{3,}\b/;

describe('fileErrorMessage: the path, what went wrong, what to do', () => {
  it('a missing speech (a real ENOENT)', async () => {
    const path = join(tempDir(), '没有.txt');
    expect(fileErrorMessage(path, await caught(readFile(path)), 'read')).toBe(`「${path}」不存在：请检查路径和文件名是否写对。`);
  });

  it('an output folder inside a file (a real ENOTDIR) and one that is a file (a real EEXIST)', async () => {
    const file = join(tempDir(), 'afile');
    await writeFile(file, 'x');
    for (const error of [await caught(mkdir(join(file, 'sub'), { recursive: true })), await caught(mkdir(file, { recursive: true }))]) {
      const message = fileErrorMessage(file, error, 'write');
      expect(message).toBe(`「${file}」是一个文件，不是文件夹：请用 --out 指定一个文件夹（不存在的文件夹会自动创建）。`);
    }
  });

  it('a name too long (a real ENAMETOOLONG)', async () => {
    const path = join(tempDir(), `${'a'.repeat(300)}.html`);
    const message = describeError(await caught(writeFile(path, '')));
    expect(message).toBe(`「${path}」的名字太长，超出了系统允许的长度：请把讲话稿的文件名（或所在文件夹的路径）改短后再试。`);
  });

  it('no permission: reading names the file, writing points to --out', () => {
    expect(fileErrorMessage('稿/a.txt', systemError('EACCES', 'open', '稿/a.txt'), 'read')).toBe(
      '「稿/a.txt」没有读取权限：请检查它的权限设置，或把它复制到自己的文件夹里再试。',
    );
    expect(fileErrorMessage('dist', systemError('EPERM', 'mkdir', 'dist'), 'write')).toBe(
      '「dist」没有写入权限：请用 --out 指定一个自己有权限写入的文件夹，或请管理员开放权限。',
    );
  });

  it('a code it does not know: still Chinese, with the code for whoever helps', () => {
    expect(fileErrorMessage('a.txt', systemError('EWEIRD', 'open', 'a.txt'), 'read')).toBe('「a.txt」读取失败：请确认文件可以正常打开后再试（系统代码 EWEIRD）。');
  });
});

describe('describeError: any error, for the user', () => {
  afterEach(() => {
    delete process.env.LECTERN_DEBUG;
  });

  it('picks read or write from the system call', () => {
    expect(describeError(systemError('EACCES', 'mkdir', 'out/a'))).toContain('「out/a」没有写入权限');
    expect(describeError(systemError('EACCES', 'scandir', 'slides'))).toContain('「slides」没有读取权限');
  });

  it('a port in use or not ours, from a server that could not listen', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', syscall: 'listen', port: 8080 });
    expect(describeError(inUse)).toBe('端口 8080 已被其他程序占用：请用 --port 换一个端口（例如 --port 8081），或先关闭占用它的程序。');
    const low = Object.assign(new Error('listen EACCES'), { code: 'EACCES', syscall: 'listen', port: 80 });
    expect(describeError(low)).toContain('没有权限使用端口 80');
  });

  it("the program's own Chinese messages pass as they are", () => {
    expect(describeError(new Error('「a.txt」是空文件：请把讲话稿全文粘贴进去并保存。'))).toBe('「a.txt」是空文件：请把讲话稿全文粘贴进去并保存。');
  });

  it('an English error from inside is a fault of the program, said in Chinese; details only with LECTERN_DEBUG', () => {
    const error = new RangeError('Invalid string length');
    const message = describeError(error);
    expect(message).toContain('程序内部出错');
    expect(message).not.toMatch(ENGLISH);
    expect(message).not.toContain('Invalid');
    process.env.LECTERN_DEBUG = '1';
    expect(describeError(error)).toContain('RangeError: Invalid string length');
  });

  it('deckFailureMessage names the speech, then the cause', () => {
    expect(deckFailureMessage('s/a.txt', '幻灯片', systemError('ENOSPC', 'write', 'dist/a.html'))).toBe(
      '「s/a.txt」没能生成幻灯片。「dist/a.html」写不进去，磁盘已满：请清理磁盘，或用 --out 指定其他磁盘上的文件夹。',
    );
  });
});
