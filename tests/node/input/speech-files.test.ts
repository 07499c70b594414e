import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  REJECTED_FORMATS,
  SPEECH_EXTENSIONS,
  findSpeeches,
} from '../../../src/node/input/speech-files.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lectern-files-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function folder(name: string, files: string[]): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir);
  for (const file of files) await writeFile(join(dir, file), '同志们：\n');
  return dir;
}

describe('findSpeeches in a folder', () => {
  it('lists speeches sorted by file name, names unchanged, formats it cannot read apart', async () => {
    const dir = await folder('slides', [
      '讲话 稿.txt',
      'b.md',
      '学习 体会.docx',
      'README.md',
      '.hidden.txt',
      '~$学习 体会.docx',
      'old.doc',
      'scan.PNG',
      'notes.json',
    ]);
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'c.txt'), '不递归');
    await mkdir(join(dir, 'folder.txt'));

    expect(await findSpeeches(dir)).toEqual({
      speeches: [
        { path: join(dir, 'README.md'), name: 'README' },
        { path: join(dir, 'b.md'), name: 'b' },
        { path: join(dir, '学习 体会.docx'), name: '学习 体会' },
        { path: join(dir, '讲话 稿.txt'), name: '讲话 稿' },
      ],
      rejected: [
        { path: join(dir, 'old.doc') },
        { path: join(dir, 'scan.PNG') },
      ],
    });
  });

  it('a second file with the same stem gets -2, in sorted order', async () => {
    const dir = await folder('dupes', ['a.txt', 'a.docx']);
    expect((await findSpeeches(dir)).speeches).toEqual([
      { path: join(dir, 'a.docx'), name: 'a' },
      { path: join(dir, 'a.txt'), name: 'a-2', note: `「${join(dir, 'a.txt')}」的幻灯片命名为「a-2」，因为已有同名的讲话稿（文件名只差扩展名或大小写）。` },
    ]);
  });

  it('a suffix never takes the name of a real file', async () => {
    const dir = await folder('chain', ['x.txt', 'x.md', 'x-2.txt', 'x.docx']);
    expect((await findSpeeches(dir)).speeches).toEqual([
      { path: join(dir, 'x-2.txt'), name: 'x-2' },
      { path: join(dir, 'x.docx'), name: 'x' },
      { path: join(dir, 'x.md'), name: 'x-3', note: expect.stringContaining('「x-3」') },
      { path: join(dir, 'x.txt'), name: 'x-4', note: expect.stringContaining('「x-4」') },
    ]);
  });

  it('stems differing only in case collide: they would share a folder on Windows and macOS', async () => {
    const dir = await folder('case', ['a.md', 'A.txt']);
    expect((await findSpeeches(dir)).speeches).toEqual([
      { path: join(dir, 'A.txt'), name: 'A' },
      { path: join(dir, 'a.md'), name: 'a-2', note: expect.stringContaining('「a-2」') },
    ]);
  });

  it('no deck is called index: <out>/index.html is the list of decks (any case, after index-2.txt)', async () => {
    const dir = await folder('index', ['index.txt', 'Index.md', 'index-2.txt']);
    expect((await findSpeeches(dir)).speeches).toEqual([
      { path: join(dir, 'Index.md'), name: 'Index-2', note: `「${join(dir, 'Index.md')}」的幻灯片命名为「Index-2」，因为 Index.html 是幻灯片目录页的名字。` },
      { path: join(dir, 'index-2.txt'), name: 'index-2-2', note: expect.stringContaining('同名') },
      { path: join(dir, 'index.txt'), name: 'index-3', note: expect.stringContaining('因为 index.html 是幻灯片目录页的名字') },
    ]);
  });

  it('follows a symlink to a file and ignores a dangling one', async () => {
    const dir = await folder('links', ['target.md']);
    await symlink(join(dir, 'target.md'), join(dir, 'link.txt'));
    await symlink(join(dir, 'missing.md'), join(dir, 'dangling.txt'));
    expect((await findSpeeches(dir)).speeches).toEqual([
      { path: join(dir, 'link.txt'), name: 'link' },
      { path: join(dir, 'target.md'), name: 'target' },
    ]);
  });

  it('an empty folder has no speeches', async () => {
    expect(await findSpeeches(await folder('empty', []))).toEqual({ speeches: [], rejected: [] });
  });
});

describe('findSpeeches on one file', () => {
  it('returns the path as given', async () => {
    const dir = await folder('single', ['讲话 稿.TXT', 'old.pdf', 'notes.json']);
    const path = join(dir, '讲话 稿.TXT');
    expect(await findSpeeches(path)).toEqual({ speeches: [{ path, name: '讲话 稿' }], rejected: [] });
  });

  it('reports a named file of any other type', async () => {
    const dir = join(root, 'single');
    expect(await findSpeeches(join(dir, 'old.pdf'))).toEqual({
      speeches: [],
      rejected: [{ path: join(dir, 'old.pdf') }],
    });
    expect(await findSpeeches(join(dir, 'notes.json'))).toEqual({
      speeches: [],
      rejected: [{ path: join(dir, 'notes.json') }],
    });
  });

  it('throws a Chinese message for a missing target', async () => {
    await expect(findSpeeches('slides/没有.txt')).rejects.toThrow(
      '「slides/没有.txt」不存在：请检查路径和文件名是否写对。',
    );
  });
});

describe('extensions', () => {
  it('reads .txt, .md and .docx; refuses the formats people try instead', () => {
    expect(SPEECH_EXTENSIONS).toEqual(['.txt', '.md', '.docx']);
    expect(Object.keys(REJECTED_FORMATS)).toEqual([
      '.doc', '.wps', '.pdf', '.pptx', '.ppt', '.png', '.jpg', '.jpeg', '.gif', '.bmp', '.webp',
    ]);
  });
});
