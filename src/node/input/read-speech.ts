// bytes → text: the only place that knows about files, encodings and Word.
// Never guesses: a file is decoded by its BOM, as strict UTF-8 or as strict GB18030, or it is
// refused with a message that says what to do. Mojibake reaching the outline would be worse
// than an error, because the author may not notice it until the meeting.
import { readFile, stat } from 'node:fs/promises';
import { fileErrorMessage } from '../errors.js';
import { REJECTED_FORMATS, extensionOf } from './speech-files.js';

/**
 * 20 MB: the reference speech is about 10 KB and a long Word document with pictures a few MB;
 * anything larger is the wrong file, and reading it would stall the dev server.
 */
export const MAX_SPEECH_BYTES = 20 * 1024 * 1024;

/**
 * Above this share of control characters (tab, line ends and vertical tab aside) the bytes are
 * data, not a speech. Vertical tab is allowed because Word writes it for a manual line break.
 */
const MAX_CONTROL_RATIO = 0.1;
const CONTROL_CHAR = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/u;
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

const SAVE_AS = '请在 Word 或 WPS 中打开，选择“文件 → 另存为”，保存为 .docx 或 .txt（UTF-8）后再试。';
const RESAVE_UTF8 = '请用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后再试。';
const PASTE_TEXT = '请把讲话稿的文字复制到 .txt（UTF-8）或 Word（.docx）文件中再试。';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GBK/GB18030',
};

export type SpeechSource =
  | {
      ok: true;
      text: string;
      format: 'txt' | 'md' | 'docx';
      notes: string[];
      /** Word only: paragraphs styled 标题 1–6, a hint for the structure. */
      styledHeadings?: string[];
    }
  | { ok: false; message: string };

export type DecodedSpeech =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; message: string };

export async function readSpeech(path: string): Promise<SpeechSource> {
  const ext = extensionOf(path);
  const format = ext === '.txt' ? 'txt' : ext === '.md' ? 'md' : ext === '.docx' ? 'docx' : null;
  if (!format) return fail(unsupportedMessage(path, ext));

  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(fileErrorMessage(path, { code: 'EISDIR' }, 'read'));
    // A pipe, socket or device would block the read (or never end): only files on disk are speeches.
    if (!info.isFile()) return fail(`「${path}」不是普通文件（而是管道、设备或套接字）：请指定保存在磁盘上的 .txt、.md 或 .docx 讲话稿。`);
    if (info.size > MAX_SPEECH_BYTES) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      return fail(`「${path}」有 ${mb} MB，超过 20 MB 的上限，不像是讲话稿：请确认选对了文件，或只保留讲话正文另存为 .txt 后再试。`);
    }
    bytes = await readFile(path);
  } catch (error) {
    return fail(fileErrorMessage(path, error, 'read'));
  }

  if (format === 'docx') return readDocx(path, bytes);
  const decoded = decodeSpeechBytes(bytes, path);
  if (!decoded.ok) return decoded;
  const notes =
    decoded.encoding === 'utf-8' ? [] : [`「${path}」按 ${ENCODING_NAMES[decoded.encoding]} 编码读取。`];
  return { ok: true, text: decoded.text, format, notes };
}

/**
 * Decodes a text file: BOM (UTF-8, UTF-16LE, UTF-16BE), else strict UTF-8, else strict GB18030.
 * UTF-8 goes first because a GB18030 decoder accepts most UTF-8 bytes and garbles them.
 * The BOM is dropped; line ends are left as they are. `path` only names the file in messages.
 */
export function decodeSpeechBytes(bytes: Uint8Array, path = '讲话稿'): DecodedSpeech {
  if (bytes.length === 0) return fail(emptyMessage(path));
  const bomEncoding = sniffBom(bytes);
  if (!bomEncoding && bytes.includes(0)) return fail(notTextMessage(path, bytes));

  const attempts = bomEncoding ? [bomEncoding] : (['utf-8', 'gb18030'] as const);
  for (const encoding of attempts) {
    const text = strictDecode(bytes, encoding);
    if (text === null) continue;
    if (text.length === 0) return fail(emptyMessage(path));
    if (BLANK.test(text)) return fail(`「${path}」里只有空白，没有文字：请把讲话稿全文粘贴进去并保存。`);
    if (isMostlyControl(text)) return fail(notTextMessage(path, bytes));
    return { ok: true, text, encoding };
  }
  return fail(
    bomEncoding
      ? `「${path}」开头标明是 ${ENCODING_NAMES[bomEncoding]} 编码，但内容已损坏：${RESAVE_UTF8}`
      : `「${path}」的编码无法识别（既不是 UTF-8，也不是 GBK/GB18030），可能不是文本文件：${RESAVE_UTF8}`,
  );
}

function sniffBom(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The decoder drops a leading BOM itself; GB18030 has its own BOM form (84 31 95 33), dropped here. */
function strictDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.startsWith('\ufeff') ? text.slice(1) : text;
  } catch {
    return null;
  }
}

function isMostlyControl(text: string): boolean {
  let total = 0;
  let control = 0;
  for (const char of text) {
    total++;
    if (CONTROL_CHAR.test(char)) control++;
  }
  return control > total * MAX_CONTROL_RATIO;
}

/** Mammoth's raw text ends every paragraph with a blank line; the pipeline wants one paragraph per line. */
async function readDocx(path: string, bytes: Uint8Array): Promise<SpeechSource> {
  let raw: string;
  let styledHeadings: string[];
  try {
    // Loaded on first use: most speeches are text, and mammoth slows every start otherwise.
    const { default: mammoth } = await import('mammoth');
    const buffer = Buffer.from(bytes);
    raw = (await mammoth.extractRawText({ buffer })).value;
    styledHeadings = headingsOf((await mammoth.convertToHtml({ buffer })).value);
  } catch {
    const magic = sniffFormat(bytes);
    // A zip that mammoth rejects is a broken .docx; any other magic number names the real format.
    const hint = magic && magic !== MAGIC[0] ? `它其实是${spaced(magic.kind)}` : '文件可能已损坏，或并不是 .docx';
    return fail(`「${path}」无法作为 Word 文档打开（${hint}）：${SAVE_AS}`);
  }
  const text = raw.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').replace(/^\n+/, '');
  if (BLANK.test(text)) {
    return fail(`「${path}」里没有读到文字（图片和文本框里的字读不出来）：请把讲话稿正文作为普通段落输入，保存后再试。`);
  }
  const notes = [`「${path}」是 Word 文档：只取文字，每段一行，字体、样式和图片都不保留。`];
  return { ok: true, text, format: 'docx', notes, styledHeadings };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of mammoth's <h1>…<h6> elements (Word's 标题 styles), in document order. */
function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)]
    .map((m) => m[1].replace(/<[^>]+>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]).trim())
    .filter(Boolean);
}

/** Magic numbers of files people mistake for text, to say what the file really is. */
const MAGIC: { signature: number[]; kind: string; advice: string }[] = [
  {
    signature: [0x50, 0x4b, 0x03, 0x04],
    kind: 'Word（.docx）文档或压缩包',
    advice: '如果是 Word 文档，请把扩展名改为 .docx 后再试。',
  },
  { signature: [0xd0, 0xcf, 0x11, 0xe0], kind: '旧版 Word（.doc）或 WPS 文档', advice: SAVE_AS },
  { signature: [0x25, 0x50, 0x44, 0x46], kind: 'PDF 文件', advice: PASTE_TEXT },
  { signature: [0x89, 0x50, 0x4e, 0x47], kind: '图片', advice: PASTE_TEXT },
  { signature: [0xff, 0xd8, 0xff], kind: '图片', advice: PASTE_TEXT },
];

function sniffFormat(bytes: Uint8Array) {
  return MAGIC.find(({ signature }) => signature.every((byte, i) => bytes[i] === byte));
}

function notTextMessage(path: string, bytes: Uint8Array): string {
  const magic = sniffFormat(bytes);
  if (magic) return `「${path}」其实是${spaced(magic.kind)}，不是纯文本：${magic.advice}`;
  return `「${path}」不是文本文件（含有二进制内容）：请确认选对了文件；如果它是文本，${RESAVE_UTF8}`;
}

function unsupportedMessage(path: string, ext: string): string {
  const format = REJECTED_FORMATS[ext];
  if (format === '图片' || ext === '.pdf') return `「${path}」是${spaced(format)}，读不出其中的讲话稿文字：${PASTE_TEXT}`;
  if (format) return `「${path}」是${spaced(format)}，无法直接读取：${SAVE_AS}`;
  return `「${path}」的类型${ext ? `“${ext}”` : '（无扩展名）'}不受支持：讲话稿请保存为 .txt（UTF-8）、.md 或 .docx 后再试。`;
}

/** A space between a Chinese character and a Latin word (是 PDF 文件), as in the other messages. */
function spaced(words: string | undefined): string {
  return words && /^[A-Za-z]/.test(words) ? ` ${words}` : (words ?? '');
}

function emptyMessage(path: string): string {
  return `「${path}」是空文件：请把讲话稿全文粘贴进去并保存。`;
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
