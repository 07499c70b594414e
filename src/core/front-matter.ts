// Optional YAML front matter at the top of a speech (between `---` lines) sets the deck's
// options. Bad values never stop a deck: each gives a diagnostic naming its line and the
// allowed values, and the default is used.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { DeckOptions, Diagnostic } from './types.js';

export const THEMES = ['dangzheng', 'light'] as const;
const RATE_RANGE = [60, 400] as const;
const TEXT_KEYS = ['title', 'subtitle', 'speaker', 'unit', 'date'] as const;

export interface FrontMatter {
  options: Partial<DeckOptions>;
  /** The speech with the front matter blanked out, so line numbers stay those of the file. */
  body: string;
  diagnostics: Diagnostic[];
}

/** `---` alone on the first line opens front matter; the next `---` (or `...`) line closes it. */
const FENCE = /^(?:\uFEFF)?---[ \t]*\r?$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

function warn(line: number, message: string): Diagnostic {
  return { line, message, severity: 'warning' };
}

/** `2024-05-06` (YAML 1.2 reads it as text) is shown the Chinese way: 2024年5月6日. */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function formatDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const iso = ISO_DATE.exec(String(value).trim());
  return iso ? `${iso[1]}年${Number(iso[2])}月${Number(iso[3])}日` : String(value);
}

/** `outlineKeys`: keys another reader takes from the same block (a Markdown outline's), not warned about. */
export function splitFrontMatter(text: string, outlineKeys: readonly string[] = []): FrontMatter {
  // Most speeches have none: look at the first line before splitting a long text into lines.
  const firstEnd = text.indexOf('\n');
  if (!FENCE.test(firstEnd < 0 ? text : text.slice(0, firstEnd))) return { options: {}, body: text, diagnostics: [] };
  const lines = text.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end < 0) {
    return { options: {}, body: text, diagnostics: [warn(1, '第 1 行的“---”像是设置区的开头，但后面没有结束的“---”行：已按正文处理。如要设置标题、主题等，请在设置后另起一行写“---”。')] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  const diagnostics: Diagnostic[] = doc.errors.map((e) =>
    warn(lineOf(e.pos[0]), `设置区的写法有误（${e.code}）：每行写成“名称: 值”，例如“theme: light”。`),
  );
  const options: Partial<DeckOptions> = {};
  const blank = lines.map((line, i) => (i <= end ? '' : line)).join('\n');
  if (!isMap(doc.contents)) return { options, body: blank, diagnostics };

  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const node = pair.value;
    const value = isScalar(node) ? node.value : node?.toJSON();
    const line = lineOf((isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? undefined);
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      const text = key === 'date' ? formatDate(value) : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
      if (text && text.trim()) (options as Record<string, string>)[key] = text.trim();
      else diagnostics.push(warn(line, `“${key}”应当是一段文字，例如“${key}: 某某”：已忽略。`));
    } else if (key === 'theme') {
      if ((THEMES as readonly unknown[]).includes(value)) options.theme = value as string;
      else diagnostics.push(warn(line, `没有名为“${String(value)}”的主题，可选：${THEMES.join('、')}（dangzheng 为红金党政风，light 为简洁浅色）：已用默认主题。`));
    } else if (key === 'rate') {
      if (typeof value === 'number' && value >= RATE_RANGE[0] && value <= RATE_RANGE[1]) options.rate = value;
      else diagnostics.push(warn(line, `语速“rate”应是每分钟字数，在 ${RATE_RANGE[0]} 到 ${RATE_RANGE[1]} 之间（常用 150–180）：已用默认 180。`));
    } else if (!outlineKeys.includes(key)) {
      diagnostics.push(warn(line, `不认识的设置“${key}”，可用：${[...TEXT_KEYS, 'theme', 'rate'].join('、')}：已忽略。`));
    }
  }
  // Front matter lines are counted from the file's first line (the opening `---`).
  for (const d of diagnostics) d.line += 1;
  return { options, body: blank, diagnostics };
}
