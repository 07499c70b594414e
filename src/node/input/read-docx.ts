// Word (.docx) speeches: the text of every paragraph, one a line, and the paragraphs styled as
// headings (标题 1–6) as a hint for the structure. mammoth is loaded on first use.
import { BLANK, MAGIC, SAVE_AS, fail, sniffFormat, spaced } from './speech-messages.js';
import type { SpeechSource } from './read-speech.js';

export async function readDocx(path: string, bytes: Uint8Array): Promise<SpeechSource> {
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
  // Mammoth's raw text ends every paragraph with a blank line; the pipeline wants one paragraph per line.
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

