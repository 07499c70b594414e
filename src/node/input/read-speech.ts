// bytes → text: the only place that knows about files, encodings and Word.
// Never guesses: a file is decoded by its BOM, as strict UTF-8 or as strict GB18030, or it is
// refused with a message that says what to do. Mojibake reaching the outline would be worse
// than an error, because the author may not notice it until the meeting.
import { readFile, stat } from 'node:fs/promises';
import { fileErrorMessage } from '../errors.js';
import { extensionOf } from './speech-files.js';
import { readDocx } from './read-docx.js';
import { BLANK, RESAVE_UTF8, emptyMessage, fail, notTextMessage, unsupportedMessage } from './speech-messages.js';

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
