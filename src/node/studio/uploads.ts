// A file dropped on the home page or picked in its file chooser becomes a new speech in
// `slides/`, after the same checks as the command line and with its messages, naming the file:
// a speech's extension, at most 20 MB, text that decodes or a Word file that opens. A picture
// or a PDF is refused with what to do. Never over an existing speech: `讲话.txt` → `讲话-2.txt`.
import { readdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { readDocx } from '../input/read-docx.js';
import { decodeSpeechBytes, MAX_SPEECH_BYTES } from '../input/read-speech.js';
import { unsupportedMessage } from '../input/speech-messages.js';
import { extensionOf, SPEECH_EXTENSIONS } from '../input/speech-files.js';
import { createNew } from './atomic-write.js';
import { oneAtATime } from './one-at-a-time.js';
import { ApiError, readBody } from './http-json.js';
import type { StudioContext } from './context.js';

/** Characters no file name may hold on Windows (the folder may be shared with it), controls, and
 *  the bidi marks that make a name read as another (a\u202Etxt.md). */
const BAD_NAME_CHARS = /[\\/:*?"<>|\u0000-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Names Windows keeps for devices, whatever the extension. */
const RESERVED_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;
const MAX_NAME_LENGTH = 120;
/** File systems count bytes (255), and a Chinese character is 3: the name with `-NN` and the
 *  sidecar's `.lectern.yaml` must still fit. */
const MAX_NAME_BYTES = 255 - '.lectern.yaml'.length - 4;

/** The name to save under: the file's own, checked; a bad one is a 400 naming it. */
export function uploadName(raw: string | null): string {
  const name = (raw ?? '').normalize('NFC').trim();
  if (!name) throw new ApiError(400, '上传的文件没有名字：请从电脑上选择讲话稿文件。');
  const bad = BAD_NAME_CHARS.test(name) || RESERVED_NAME.test(name) || /[. ]$/.test(name) || name.startsWith('.') || name.startsWith('~$');
  if (bad || name.length > MAX_NAME_LENGTH || Buffer.byteLength(name) > MAX_NAME_BYTES) {
    throw new ApiError(400, `「${name}」这个文件名不能用（太长，或含有 \\ / : * ? " < > | 等字符）：请改一个简短的文件名后再试。`);
  }
  return name;
}

/** Null when `bytes` read as a speech named `name`; else the reader's own message. */
export async function uploadProblem(name: string, bytes: Uint8Array): Promise<string | null> {
  const ext = extensionOf(name);
  if (!(SPEECH_EXTENSIONS as readonly string[]).includes(ext)) return unsupportedMessage(name, ext);
  if (ext === '.docx') {
    const read = await readDocx(name, bytes);
    return read.ok ? null : read.message;
  }
  const decoded = decodeSpeechBytes(bytes, name);
  return decoded.ok ? null : decoded.message;
}

/** The stem of every speech in `dir`, as findSpeeches compares names (NFC, case-insensitive). */
function takenStems(dir: string): Set<string> {
  const key = (file: string) => file.slice(0, file.length - extensionOf(file).length).normalize('NFC').toLowerCase();
  return new Set(readdirSync(dir).filter((f) => (SPEECH_EXTENSIONS as readonly string[]).includes(extensionOf(f))).map(key));
}

export async function upload(context: StudioContext, req: IncomingMessage, query: URLSearchParams) {
  const name = uploadName(query.get('name'));
  const tooLarge = `「${name}」超过 20 MB 的上限，不像是讲话稿：请确认选对了文件，或只保留讲话正文另存为 .txt 后再试。`;
  // An unsupported type is said before its bytes are read: a picture needs no 20 MB upload.
  const ext = extensionOf(name);
  if (!(SPEECH_EXTENSIONS as readonly string[]).includes(ext)) throw new ApiError(415, unsupportedMessage(name, ext));
  const bytes = await readBody(req, MAX_SPEECH_BYTES, tooLarge);
  const problem = await uploadProblem(name, bytes);
  if (problem) throw new ApiError(422, problem);
  const saved = await oneAtATime(context.dir, () => {
    const stems = takenStems(context.dir);
    return createNew(context.dir, name, bytes, (candidate) => stems.has(candidate.slice(0, candidate.length - ext.length).normalize('NFC').toLowerCase()));
  });
  context.changed();
  const deck = saved.slice(0, saved.length - ext.length);
  const renamed = saved === name ? '' : `（已有同名的讲话稿，保存为「${saved}」）`;
  return { file: saved, name: deck, message: `已添加「${name}」${renamed}。` };
}
