// What the readers of speech files tell a user when a file cannot be read as a speech: the
// real format of a file mistaken for text, and what to do about it, in one place.
import { REJECTED_FORMATS } from './speech-files.js';

export const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

export const SAVE_AS = '请在 Word 或 WPS 中打开，选择“文件 → 另存为”，保存为 .docx 或 .txt（UTF-8）后再试。';
export const RESAVE_UTF8 = '请用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后再试。';
const PASTE_TEXT = '请把讲话稿的文字复制到 .txt（UTF-8）或 Word（.docx）文件中再试。';

/** Magic numbers of files people mistake for text, to say what the file really is. */
export const MAGIC: { signature: number[]; kind: string; advice: string }[] = [
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

export function sniffFormat(bytes: Uint8Array) {
  return MAGIC.find(({ signature }) => signature.every((byte, i) => bytes[i] === byte));
}

export function notTextMessage(path: string, bytes: Uint8Array): string {
  const magic = sniffFormat(bytes);
  if (magic) return `「${path}」其实是${spaced(magic.kind)}，不是纯文本：${magic.advice}`;
  return `「${path}」不是文本文件（含有二进制内容）：请确认选对了文件；如果它是文本，${RESAVE_UTF8}`;
}

export function unsupportedMessage(path: string, ext: string): string {
  const format = REJECTED_FORMATS[ext];
  if (format === '图片' || ext === '.pdf') return `「${path}」是${spaced(format)}，读不出其中的讲话稿文字：${PASTE_TEXT}`;
  if (format) return `「${path}」是${spaced(format)}，无法直接读取：${SAVE_AS}`;
  return `「${path}」的类型${ext ? `“${ext}”` : '（无扩展名）'}不受支持：讲话稿请保存为 .txt（UTF-8）、.md 或 .docx 后再试。`;
}

/** A space between a Chinese character and a Latin word (是 PDF 文件), as in the other messages. */
export function spaced(words: string | undefined): string {
  return words && /^[A-Za-z]/.test(words) ? ` ${words}` : (words ?? '');
}

export function emptyMessage(path: string): string {
  return `「${path}」是空文件：请把讲话稿全文粘贴进去并保存。`;
}

export function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
