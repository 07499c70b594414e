// Bad input through the `lectern` bin as a user runs it (compiled by scripts/prepare.js, which
// `npm test` runs first): every broken speech is named with what to do, in Chinese; the other
// speeches are still handled; errors exit non-zero, warnings do not.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSpeech } from '../../../src/core/compile.js';
import { CONTENT_HEIGHT, headHeight, LINE_HEIGHT, BODY_CHARS_PER_LINE } from '../../../src/core/plan/layout.js';
import { outlineText } from '../../../src/core/outline/outline.js';
import { visualLines } from '../../../src/core/plan/paginate.js';
import type { Slide } from '../../../src/core/types.js';
import { MAX_SPEECH_BYTES } from '../../../src/node/input/read-speech.js';
import { describeBrowser } from '../../helpers/browser.js';
import { BIN, ROOT, tempDir } from '../../helpers/paths.js';

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
const noSpace = (s: string) => s.replace(/\s+/g, '');

const GOOD = '关于加强作风建设的讲话\n同志们：\n今天讲两点意见。\n一、提高认识\n要读书。要思考。\n二、狠抓落实\n要实干。要担当。\n谢谢大家！\n';
const GOOD_TITLE = '关于加强作风建设的讲话';

const RESAVE_UTF8 = '请用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后再试。';
const MESSAGES = {
  empty: (path: string) => `「${path}」是空文件：请把讲话稿全文粘贴进去并保存。`,
  blank: (path: string) => `「${path}」里只有空白，没有文字：请把讲话稿全文粘贴进去并保存。`,
  binary: (path: string) => `「${path}」不是文本文件（含有二进制内容）：请确认选对了文件；如果它是文本，${RESAVE_UTF8}`,
  image: (path: string) => `「${path}」其实是图片，不是纯文本：请把讲话稿的文字复制到 .txt（UTF-8）或 Word（.docx）文件中再试。`,
  tooBig: (path: string, mb: string) => `「${path}」有 ${mb} MB，超过 20 MB 的上限，不像是讲话稿：请确认选对了文件，或只保留讲话正文另存为 .txt 后再试。`,
};

/** A folder holding `files`, plus an output folder. */
function folder(files: Record<string, string | Uint8Array>): { dir: string; out: string } {
  const dir = tempDir('lectern-bad-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, out: tempDir('lectern-out-') };
}

/** A file of `size` bytes that takes no disk space. */
function sparseFile(path: string, size: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
}

/** Every byte value, NULs included: what a mis-picked data file looks like. */
const BINARY = Uint8Array.from({ length: 1024 }, (_, i) => (i * 37) % 256);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('a speech that is not a speech: named, with what to do, exit 1', () => {
  const cases: { name: string; file: string; content: string | Uint8Array; message: (path: string) => string }[] = [
    { name: 'empty file', file: '空的讲话.txt', content: '', message: MESSAGES.empty },
    { name: 'whitespace only (spaces, U+3000, tabs, CRLF)', file: '空白.txt', content: '  \r\n\u3000\u3000\t\r\n\n \u00a0\n', message: MESSAGES.blank },
    { name: 'binary file', file: 'data.txt', content: BINARY, message: MESSAGES.binary },
    { name: 'a picture saved as .txt', file: '扫描件.txt', content: PNG, message: MESSAGES.image },
  ];
  for (const c of cases) {
    it(`${c.name}: outline and build name the file`, () => {
      const { dir, out } = folder({ [c.file]: c.content });
      const path = join(dir, c.file);
      const outline = run('outline', path);
      expect(outline.status).toBe(1);
      expect(outline.stderr).toBe(`错误：${c.message(path)}\n`);
      expect(outline.stdout).toBe('');
      const build = run('build', path, '--out', out);
      expect(build.status).toBe(1);
      expect(build.stderr).toContain(`错误：${c.message(path)}\n`);
      expect(existsSync(join(out, 'index.html'))).toBe(false);
    });
  }

  it('over the size limit (a sparse 25 MB file): refused without reading it', () => {
    const { dir, out } = folder({});
    const path = join(dir, '全年材料汇编.txt');
    sparseFile(path, 25 * 1024 * 1024);
    expect(MAX_SPEECH_BYTES).toBe(20 * 1024 * 1024);
    const outline = run('outline', path);
    expect(outline.status).toBe(1);
    expect(outline.stderr).toBe(`错误：${MESSAGES.tooBig(path, '25.0')}\n`);
    const build = run('build', path, '--out', out);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(MESSAGES.tooBig(path, '25.0'));
  });
});

describe('a folder without speeches', () => {
  it('outline and build say there is none and exit 1 (a stray .rtf is not a speech)', () => {
    const { dir, out } = folder({ '说明.rtf': '{\\rtf1 讲话}' });
    for (const args of [['outline', dir], ['build', dir, '--out', out]]) {
      const { status, stderr, stdout } = run(...args);
      expect(status, args[0]).toBe(1);
      expect(stderr, args[0]).toBe(`错误：「${dir}」里没有讲话稿（.txt、.md 或 .docx）。\n`);
      expect(stdout, args[0]).toBe('');
    }
  });

  it('a missing file or folder is named', () => {
    const missing = join(tempDir('lectern-bad-'), '没有这个文件.txt');
    const { status, stderr } = run('outline', missing);
    expect(status).toBe(1);
    expect(stderr).toBe(`错误：「${missing}」不存在：请检查路径和文件名是否写对。\n`);
  });
});

describe('a folder with one broken and one good speech', () => {
  it('outline names the broken file, says what to do, prints the good one and exits 1', () => {
    const { dir } = folder({ '坏的.txt': '', '好的.txt': GOOD });
    const { status, stdout, stderr } = run('outline', dir);
    expect(status).toBe(1);
    expect(stderr).toContain(`错误：${MESSAGES.empty(join(dir, '坏的.txt'))}`);
    expect(stdout).toContain(`标题：${GOOD_TITLE}`);
  });

  it('build names the broken file, says what to do, builds the good one and exits 1', () => {
    const { dir, out } = folder({ '坏的.txt': BINARY, '好的.txt': GOOD });
    const { status, stderr } = run('build', dir, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toContain(`错误：${MESSAGES.binary(join(dir, '坏的.txt'))}`);
    expect(stderr).toContain(`✓ 已生成 ${join(out, '好的', 'index.html')}`);
    expect(readFileSync(join(out, '好的', 'index.html'), 'utf8')).toContain(`<title>${GOOD_TITLE}</title>`);
    expect(existsSync(join(out, '好的.html'))).toBe(true);
    expect(existsSync(join(out, '坏的'))).toBe(false);
    // The index lists the one deck that was built.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(`url=./${encodeURIComponent('好的')}/`);
  });

  describeBrowser('pdf (needs a browser)', () => {
    it('names the broken file, says what to do, prints the good one and exits 1', () => {
      const { dir, out } = folder({ '坏的.txt': '\u3000\r\n', '好的.txt': GOOD });
      const { status, stderr } = run('pdf', dir, '--out', out);
      expect(status).toBe(1);
      expect(stderr).toContain(`错误：${MESSAGES.blank(join(dir, '坏的.txt'))}`);
      expect(stderr).toContain(`✓ 已写出 ${join(out, '好的.pdf')}`);
      expect(readFileSync(join(out, '好的.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      expect(existsSync(join(out, '坏的.pdf'))).toBe(false);
    });
  });

  it('an old Word file beside a good speech: says how to save it as .docx, still builds the good one', () => {
    const { dir, out } = folder({ '通知.doc': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '好的.txt': GOOD });
    const { status, stderr } = run('build', dir, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `错误：「${join(dir, '通知.doc')}」是旧版 Word 文档（.doc），无法直接读取：请在 Word 或 WPS 中打开，选择“文件 → 另存为”，保存为 .docx 或 .txt（UTF-8）后再试。`,
    );
    expect(existsSync(join(out, '好的', 'index.html'))).toBe(true);
  });
});

describe('warnings are not errors', () => {
  it('a speech whose only problems are diagnostics (site markers removed) builds and exits 0', () => {
    const { dir, out } = folder({ '讲话.txt': GOOD.replace('同志们：', '##paidbegin##同志们：##paidend##') });
    const path = join(dir, '讲话.txt');
    const build = run('build', path, '--out', out);
    expect(build.status).toBe(0);
    expect(build.stderr).toContain(`提示：${path} 第 2 行：删除了网页残留标记“##paidbegin##”。`);
    expect(build.stderr).toContain(`提示：${path} 第 2 行：删除了网页残留标记“##paidend##”。`);
    expect(build.stderr).not.toContain('错误：');
    const page = readFileSync(join(out, '讲话', 'index.html'), 'utf8');
    expect(page).not.toContain('##paid');
    const outline = run('outline', path);
    expect(outline.status).toBe(0);
    expect(outline.stderr).toContain('删除了网页残留标记“##paidbegin##”');
  });
});

describe('odd but valid speeches become decks', () => {
  it('a speech with only a title: title slide and a closing, exit 0', () => {
    const { dir, out } = folder({ '只有标题.txt': '关于加强机关作风建设的讲话\n' });
    const path = join(dir, '只有标题.txt');
    const outline = run('outline', path, '--json');
    expect(outline.status).toBe(0);
    const o = JSON.parse(outline.stdout);
    expect(o.title).toBe('关于加强机关作风建设的讲话');
    expect([o.opening, o.themes, o.closing]).toEqual([[], [], []]);
    const build = run('build', path, '--out', out);
    expect(build.status).toBe(0);
    const page = readFileSync(join(out, '只有标题', 'index.html'), 'utf8');
    expect(page).toContain('<title>关于加强机关作风建设的讲话</title>');
    expect([...page.matchAll(/data-kind="(\w+)"/g)].map((m) => m[1])).toEqual(['title', 'closing']);
  });

  it('one 50,000-character paragraph without punctuation: built, nothing lost, split into slides that fit', () => {
    const words = '坚持以人民为中心的发展思想推动高质量发展';
    const paragraph = words.repeat(Math.ceil(50_000 / words.length)).slice(0, 50_000);
    expect([...paragraph].length).toBe(50_000);

    const { dir, out } = folder({ '长段落.txt': paragraph });
    const build = run('build', join(dir, '长段落.txt'), '--out', out);
    expect(build.status).toBe(0);
    expect(existsSync(join(out, '长段落', 'index.html'))).toBe(true);

    const { outline, deck } = compileSpeech(paragraph);
    expect(noSpace(outlineText(outline) + (outline.meta ?? []).join(''))).toBe(paragraph);
    const slides: Slide[] = deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
    // Continuation slides carry it: about 50,000 / (34 × 10) of them, each marked as continued.
    const continued = slides.filter((s) => s.continued);
    expect(continued.length).toBeGreaterThan(100);
    // Every slide fits in plan terms: its head and its lines within the content height.
    for (const slide of slides) {
      const lines = slide.blocks.flatMap((b) => (b.type === 'lines' ? b.lines : []));
      const head = slide.blocks.filter((b) => b.type !== 'lines');
      expect(headHeight(head) + visualLines(lines, BODY_CHARS_PER_LINE) * LINE_HEIGHT, slide.id).toBeLessThanOrEqual(CONTENT_HEIGHT);
    }
    // The slides show the whole paragraph, in order.
    const shown = slides.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'lines' ? b.lines : []))).join('');
    expect(shown).toBe(paragraph);
  });
});

describe('file names', () => {
  it('spaces and Chinese characters: the deck keeps the name, links are URL-encoded', () => {
    const names = ['2024年 全市 工作会议讲话', '党课 讲稿（定稿）'];
    const { dir, out } = folder(Object.fromEntries(names.map((n) => [`${n}.txt`, GOOD])));
    const build = run('build', dir, '--out', out);
    expect(build.status).toBe(0);
    for (const name of names) {
      expect(existsSync(join(out, name, 'index.html'))).toBe(true);
      expect(existsSync(join(out, `${name}.html`))).toBe(true);
    }
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="./2024%E5%B9%B4%20%E5%85%A8%E5%B8%82%20%E5%B7%A5%E4%BD%9C%E4%BC%9A%E8%AE%AE%E8%AE%B2%E8%AF%9D/"');
    expect(index).toContain(`href="./${encodeURIComponent('党课 讲稿（定稿）')}/"`);
    expect(encodeURIComponent('党课 讲稿（定稿）')).toBe('%E5%85%9A%E8%AF%BE%20%E8%AE%B2%E7%A8%BF%EF%BC%88%E5%AE%9A%E7%A8%BF%EF%BC%89');
  });

  it('two speeches with the same stem (a.txt, a.docx): the second deck is a-2', () => {
    const { dir, out } = folder({ 'a.txt': GOOD });
    copyFileSync(join(ROOT, 'tests', 'fixtures-encoding', 'speech.docx'), join(dir, 'a.docx'));
    const build = run('build', dir, '--out', out);
    expect(build.status).toBe(0);
    // Sorted by file name: a.docx is first and keeps `a`, a.txt becomes `a-2`.
    expect(readFileSync(join(out, 'a', 'index.html'), 'utf8')).toContain('<title>在青年干部读书班结业式上的讲话</title>');
    expect(readFileSync(join(out, 'a-2', 'index.html'), 'utf8')).toContain(`<title>${GOOD_TITLE}</title>`);
    expect(existsSync(join(out, 'a-2.html'))).toBe(true);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="./a/"');
    expect(index).toContain('href="./a-2/"');
  });
});
