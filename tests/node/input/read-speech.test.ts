import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_SPEECH_BYTES, decodeSpeechBytes, readSpeech } from '../../../src/node/input/read-speech.js';

const fixtures = fileURLToPath(new URL('../../fixtures-encoding/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);
// What the normalize stage will do later; reading leaves line ends alone.
const lf = (text: string) => text.replace(/\r\n?/g, '\n');

const TITLE = '在青年干部读书班结业式上的讲话';
const LAST = '　　谢谢大家！';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBytes(name: string, bytes: Uint8Array | string) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return readSpeech(path);
}

describe('readSpeech: encodings', () => {
  let expected: string;
  beforeAll(async () => {
    expected = await readFile(fixture('speech.txt'), 'utf8');
  });

  it('reads the canonical UTF-8 fixture as it is', async () => {
    const result = await readSpeech(fixture('speech.txt'));
    expect(result).toEqual({ ok: true, text: expected, format: 'txt', notes: [] });
    expect(expected.split('\n')[0]).toBe(TITLE);
    expect(expected.split('\n')[2]).toBe('同志们：');
  });

  it.each([
    ['speech.utf8-bom.txt', 'utf-8'],
    ['speech.utf16le.txt', 'utf-16le'],
    ['speech.utf16be.txt', 'utf-16be'],
    ['speech.gbk.txt', 'gb18030'],
    ['speech.gbk-crlf.txt', 'gb18030'],
    ['speech.crlf.txt', 'utf-8'],
    ['speech.cr.txt', 'utf-8'],
  ])('%s decodes as %s to the same text', async (name, encoding) => {
    const result = await readSpeech(fixture(name));
    if (!result.ok) throw new Error(result.message);
    const decoded = decodeSpeechBytes(await readFile(fixture(name)));
    expect(decoded.ok && decoded.encoding).toBe(encoding);
    expect(result.text.startsWith(TITLE)).toBe(true); // BOM stripped
    expect(lf(result.text)).toBe(expected);
  });

  it('leaves CRLF and CR line ends for the normalizer', async () => {
    const crlf = await readSpeech(fixture('speech.crlf.txt'));
    const cr = await readSpeech(fixture('speech.cr.txt'));
    expect(crlf.ok && crlf.text.slice(TITLE.length, TITLE.length + 2)).toBe('\r\n');
    expect(cr.ok && cr.text.slice(TITLE.length, TITLE.length + 2)).toBe('\r（');
  });

  it('notes a GBK or UTF-16 file, naming it', async () => {
    const gbk = await readSpeech(fixture('speech.gbk.txt'));
    expect(gbk.ok && gbk.notes).toEqual([`「${fixture('speech.gbk.txt')}」按 GBK/GB18030 编码读取。`]);
    const utf16 = await readSpeech(fixture('speech.utf16le.txt'));
    expect(utf16.ok && utf16.notes).toEqual([`「${fixture('speech.utf16le.txt')}」按 UTF-16LE 编码读取。`]);
  });

  it('reads .md as UTF-8 with format md', async () => {
    const result = await readSpeech(fixture('speech.md'));
    expect(result).toEqual({ ok: true, text: expected, format: 'md', notes: [] });
  });

  it('accepts an upper-case extension', async () => {
    const result = await readBytes('讲话.TXT', '同志们：\n');
    expect(result).toEqual({ ok: true, text: '同志们：\n', format: 'txt', notes: [] });
  });
});

describe('readSpeech: docx', () => {
  it('gives one paragraph per line, the same paragraphs as the text fixture', async () => {
    const expected = await readFile(fixture('speech.txt'), 'utf8');
    const path = fixture('speech.docx');
    // The fixture has an empty paragraph after the title and runs split mid-paragraph.
    expect(await readSpeech(path)).toEqual({
      ok: true,
      text: expected,
      format: 'docx',
      notes: [`「${path}」是 Word 文档：只取文字，每段一行，字体、样式和图片都不保留。`],
      styledHeadings: [],
    });
  });

  it('lists the paragraphs Word styles as headings, as a hint for the structure', async () => {
    const source = await readSpeech(fixture('styled-headings.docx'));
    expect(source.ok && source.styledHeadings).toEqual([
      '今年的汛情可能比往年更复杂，大家心里要有数。',
      '责任必须落实到每一个人身上，不能层层打折扣。',
      '各项保障工作都要提前准备，宁可备而不用。',
    ]);
  });

  it('refuses a .docx that is not a Word document', async () => {
    const path = join(dir, '坏的.docx');
    await writeFile(path, '这不是 Word 文档');
    expect(await readSpeech(path)).toEqual({
      ok: false,
      message: `「${path}」无法作为 Word 文档打开（文件可能已损坏，或并不是 .docx）：请在 Word 或 WPS 中打开，选择“文件 → 另存为”，保存为 .docx 或 .txt（UTF-8）后再试。`,
    });
  });

  it('says when a .docx is really an old .doc', async () => {
    const path = join(dir, '改了扩展名.docx');
    await writeFile(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    const result = await readSpeech(path);
    expect(result.ok || result.message).toBe(
      `「${path}」无法作为 Word 文档打开（它其实是旧版 Word（.doc）或 WPS 文档）：请在 Word 或 WPS 中打开，选择“文件 → 另存为”，保存为 .docx 或 .txt（UTF-8）后再试。`,
    );
  });
});

describe('readSpeech: errors name the file and say what to do', () => {
  it('empty file', async () => {
    const result = await readBytes('空.txt', '');
    expect(result).toEqual({ ok: false, message: `「${join(dir, '空.txt')}」是空文件：请把讲话稿全文粘贴进去并保存。` });
  });

  it('a BOM and nothing else is empty too', async () => {
    const result = await readBytes('bom.txt', Buffer.from([0xef, 0xbb, 0xbf]));
    expect(result).toEqual({ ok: false, message: `「${join(dir, 'bom.txt')}」是空文件：请把讲话稿全文粘贴进去并保存。` });
  });

  it('whitespace only, full-width spaces included', async () => {
    const result = await readBytes('空白.md', ' \n\u3000\u3000\r\n\t\u00a0\n');
    expect(result).toEqual({
      ok: false,
      message: `「${join(dir, '空白.md')}」里只有空白，没有文字：请把讲话稿全文粘贴进去并保存。`,
    });
  });

  it('binary with NUL bytes and no UTF-16 BOM', async () => {
    const result = await readBytes('data.txt', Buffer.from([0x01, 0x02, 0x00, 0x41, 0x42, 0x00]));
    expect(result).toEqual({
      ok: false,
      message: `「${join(dir, 'data.txt')}」不是文本文件（含有二进制内容）：请确认选对了文件；如果它是文本，请用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后再试。`,
    });
  });

  it('UTF-16 without a BOM is refused, not garbled', async () => {
    const result = await readBytes('utf16-nobom.txt', Buffer.from('同志们：\n', 'utf16le'));
    expect(result.ok).toBe(false);
  });

  it('a .docx renamed to .txt says so', async () => {
    const bytes = await readFile(fixture('speech.docx'));
    const result = await readBytes('其实是word.txt', bytes);
    expect(result).toEqual({
      ok: false,
      message: `「${join(dir, '其实是word.txt')}」其实是 Word（.docx）文档或压缩包，不是纯文本：如果是 Word 文档，请把扩展名改为 .docx 后再试。`,
    });
  });

  it('invalid in every decoder', async () => {
    // 0xFF is never valid in UTF-8 or GB18030; 0x81 0x7F is not a GB18030 pair.
    const result = await readBytes('乱码.txt', Buffer.from([0xe4, 0xbd, 0xa0, 0xff, 0x81, 0x7f]));
    expect(result).toEqual({
      ok: false,
      message: `「${join(dir, '乱码.txt')}」的编码无法识别（既不是 UTF-8，也不是 GBK/GB18030），可能不是文本文件：请用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后再试。`,
    });
  });

  it('control characters that decode cleanly are still not text', async () => {
    const result = await readBytes('ctl.txt', Buffer.from('\x01\x02\x03\x04讲话\x05\x06\x07\x08'));
    expect(result.ok || result.message).toMatch(/^「.*ctl\.txt」不是文本文件/);
  });

  it('a corrupt UTF-16 file (odd length) is refused', async () => {
    const result = await readBytes('odd.txt', Buffer.from([0xff, 0xfe, 0x0c, 0x54, 0x7f]));
    expect(result).toEqual({
      ok: false,
      message: `「${join(dir, 'odd.txt')}」开头标明是 UTF-16LE 编码，但内容已损坏：请用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后再试。`,
    });
  });

  it('over the size limit, without reading it', async () => {
    const path = join(dir, '太大.txt');
    const handle = await open(path, 'w');
    await handle.truncate(MAX_SPEECH_BYTES + 1); // sparse: no disk space used
    await handle.close();
    expect(MAX_SPEECH_BYTES).toBe(20 * 1024 * 1024);
    expect(await readSpeech(path)).toEqual({
      ok: false,
      message: `「${path}」有 20.0 MB，超过 20 MB 的上限，不像是讲话稿：请确认选对了文件，或只保留讲话正文另存为 .txt 后再试。`,
    });
  });

  it('exactly at the limit is still read', async () => {
    const bytes = Buffer.alloc(MAX_SPEECH_BYTES, '讲');
    const result = await readBytes('刚好.txt', bytes.subarray(0, MAX_SPEECH_BYTES - (MAX_SPEECH_BYTES % 3)));
    expect(result.ok).toBe(true);
  });

  it('missing file', async () => {
    expect(await readSpeech('slides/没有这个文件.txt')).toEqual({
      ok: false,
      message: '「slides/没有这个文件.txt」不存在：请检查路径和文件名是否写对。',
    });
  });

  it('a folder', async () => {
    const path = join(dir, 'folder.txt');
    await mkdir(path);
    expect(await readSpeech(path)).toEqual({
      ok: false,
      message: `「${path}」是文件夹，不是讲话稿：请指定其中的 .txt、.md 或 .docx 文件。`,
    });
  });

  const SAVE_AS = '请在 Word 或 WPS 中打开，选择“文件 → 另存为”，保存为 .docx 或 .txt（UTF-8）后再试。';
  const PASTE = '请把讲话稿的文字复制到 .txt（UTF-8）或 Word（.docx）文件中再试。';
  it.each([
    ['slides/a.doc', '「slides/a.doc」是旧版 Word 文档（.doc），无法直接读取：' + SAVE_AS],
    ['slides/a.wps', '「slides/a.wps」是 WPS 文字文档（.wps），无法直接读取：' + SAVE_AS],
    ['slides/a.pptx', '「slides/a.pptx」是 PowerPoint 演示文稿，无法直接读取：' + SAVE_AS],
    ['slides/a.PPT', '「slides/a.PPT」是 PowerPoint 演示文稿，无法直接读取：' + SAVE_AS],
    ['slides/a.pdf', '「slides/a.pdf」是 PDF 文件，读不出其中的讲话稿文字：' + PASTE],
    ['slides/a.png', '「slides/a.png」是图片，读不出其中的讲话稿文字：' + PASTE],
    ['slides/a.jpeg', '「slides/a.jpeg」是图片，读不出其中的讲话稿文字：' + PASTE],
    ['slides/a.rtf', '「slides/a.rtf」的类型“.rtf”不受支持：讲话稿请保存为 .txt（UTF-8）、.md 或 .docx 后再试。'],
    ['slides/README', '「slides/README」的类型（无扩展名）不受支持：讲话稿请保存为 .txt（UTF-8）、.md 或 .docx 后再试。'],
  ])('refuses %s without opening it', async (path, message) => {
    // These paths do not exist: the extension alone decides.
    expect(await readSpeech(path)).toEqual({ ok: false, message });
  });
});

describe('decodeSpeechBytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('prefers UTF-8: GB18030 would also accept these bytes, garbled', () => {
    expect(decodeSpeechBytes(utf8('同志们：'))).toEqual({ ok: true, text: '同志们：', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    // 「你好」 in GBK: C4 E3 BA C3
    expect(decodeSpeechBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toEqual({
      ok: true,
      text: '你好',
      encoding: 'gb18030',
    });
  });

  it('strips a BOM', () => {
    expect(decodeSpeechBytes(new Uint8Array([0xfe, 0xff, 0x4f, 0x60, 0x00, 0x0a]))).toEqual({
      ok: true,
      text: '你\n',
      encoding: 'utf-16be',
    });
  });

  it('keeps a vertical tab (Word manual line break) and an odd control character', () => {
    const result = decodeSpeechBytes(utf8('标题\v副标题\n正文。\x1a'));
    expect(result).toEqual({ ok: true, text: '标题\v副标题\n正文。\x1a', encoding: 'utf-8' });
  });

  it('names a default label when no path is given', () => {
    expect(decodeSpeechBytes(new Uint8Array())).toEqual({
      ok: false,
      message: '「讲话稿」是空文件：请把讲话稿全文粘贴进去并保存。',
    });
  });
});
