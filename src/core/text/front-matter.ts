// Optional YAML front matter at the top of a speech (between `---` lines) sets the deck's
// options. Bad values never stop a deck: each gives a diagnostic naming its line and the
// allowed values, and the default is used. A `---` block that is not settings (a speech that
// opens with a rule, a block of prose or of Chinese `名称：值` lines) is speech text: kept whole.
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';
import { FRONT_CLOSE, FRONT_FENCE, ISO_DATE, SETTING_NAME } from './markers.js';
import type { DeckOptions, Diagnostic } from '../types.js';

export const THEMES = ['dangzheng', 'light'] as const;
const RATE_RANGE = [60, 400] as const;
const TEXT_KEYS = ['title', 'subtitle', 'speaker', 'unit', 'date'] as const;
export const SETTING_KEYS: readonly string[] = [...TEXT_KEYS, 'theme', 'rate'];
/** Settings are a dozen short lines: a longer block is text between two rules, and parsing it
 *  as YAML would cost seconds and gigabytes on a pasted book. */
const MAX_SETTINGS_CHARS = 10_000;

export interface FrontMatter {
  options: Partial<DeckOptions>;
  /** The speech with the front matter blanked out, so line numbers stay those of the file. */
  body: string;
  diagnostics: Diagnostic[];
  /** The settings block, when there is one: the parsed YAML (a Markdown outline takes its own
   *  keys from it) and the index of its closing line. */
  settings?: { doc: Document.Parsed; end: number };
}

function warn(line: number, code: string, message: string): Diagnostic {
  return { line, code, message, severity: 'warning' };
}

/** How the lines at the top of a speech read: no block, a block never closed, text, or settings. */
export type SettingsBlock =
  | { kind: 'none' }
  | { kind: 'unclosed' }
  /** `end`: index of the closing line; `why`: what makes the block no settings (Chinese). */
  | { kind: 'text'; end: number; why: string }
  | { kind: 'settings'; end: number; doc: Document.Parsed; counter: LineCounter };

/**
 * A block is settings only when it parses as a YAML mapping whose keys are all ASCII names and
 * at least one of them is a setting (`known`: a Markdown outline's keys count too). Anything
 * else is text: a rule, a title, a salutation and headings between two `---` lines are speech.
 */
export function readSettingsBlock(lines: readonly string[], known: readonly string[] = []): SettingsBlock {
  if (!FRONT_FENCE.test(lines[0] ?? '')) return { kind: 'none' };
  const end = lines.findIndex((line, i) => i > 0 && FRONT_CLOSE.test(line));
  if (end < 0) return { kind: 'unclosed' };
  let chars = 0;
  for (let i = 1; i < end && chars <= MAX_SETTINGS_CHARS; i++) chars += lines[i].length + 1;
  if (chars > MAX_SETTINGS_CHARS) return { kind: 'text', end, why: `超过 ${MAX_SETTINGS_CHARS} 个字符，太长` };
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter });
  // Lines of the block are counted from the file's first line (the opening `---`).
  const error = doc.errors[0];
  if (error) return { kind: 'text', end, why: `第 ${counter.linePos(error.pos[0]).line + 1} 行不是“名称: 值”的写法` };
  if (!isMap(doc.contents)) return { kind: 'text', end, why: '不是“名称: 值”的写法' };
  const keys = doc.contents.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  const odd = keys.find((key) => !SETTING_NAME.test(key));
  if (odd !== undefined) return { kind: 'text', end, why: `“${odd}”不是设置的名称` };
  if (!keys.some((key) => SETTING_KEYS.includes(key) || known.includes(key))) return { kind: 'text', end, why: '其中没有可用的设置' };
  return { kind: 'settings', end, doc, counter };
}

function formatDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const iso = ISO_DATE.exec(String(value).trim());
  return iso ? `${iso[1]}年${Number(iso[2])}月${Number(iso[3])}日` : String(value);
}

/** `outlineKeys`: keys another reader takes from the same block (a Markdown outline's), not warned about. */
export function splitFrontMatter(text: string, outlineKeys: readonly string[] = []): FrontMatter {
  // Most speeches have none: look at the first line before splitting a long text into lines.
  const firstEnd = text.indexOf('\n');
  if (!FRONT_FENCE.test(firstEnd < 0 ? text : text.slice(0, firstEnd))) return { options: {}, body: text, diagnostics: [] };
  const lines = text.split('\n');
  const block = readSettingsBlock(lines, outlineKeys);
  if (block.kind === 'none') return { options: {}, body: text, diagnostics: [] };
  if (block.kind === 'unclosed') {
    return { options: {}, body: text, diagnostics: [warn(1, 'front-matter-unclosed', '第 1 行的“---”像是设置区的开头，但后面没有结束的“---”行：已按正文处理。如要设置标题、主题等，请在设置后另起一行写“---”。')] };
  }
  if (block.kind === 'text') {
    const close = lines[block.end].trim();
    const message = `“---”与第 ${block.end + 1} 行的“${close}”之间的内容没有当作设置（${block.why}），已作为讲话正文保留。设置区每行写成“名称: 值”，可用：${SETTING_KEYS.join('、')}。`;
    return { options: {}, body: text, diagnostics: [warn(1, 'front-matter-not-settings', message)] };
  }
  // Lines of the block are counted from the file's first line (the opening `---`).
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : block.counter.linePos(offset).line) + 1;
  const { options, diagnostics } = isMap(block.doc.contents) ? readOptions(block.doc.contents, lineOf, outlineKeys) : { options: {}, diagnostics: [] };
  const body = lines.map((line, i) => (i <= block.end ? '' : line)).join('\n');
  return { options, body, diagnostics, settings: { doc: block.doc, end: block.end } };
}

/** The settings of a parsed mapping, each bad value a diagnostic (also read from a deck's sidecar). */
export function readOptions(
  map: YAMLMap<unknown, unknown>,
  /** The file's 1-based line of a character offset of the parsed text. */
  lineOf: (offset: number | undefined) => number,
  outlineKeys: readonly string[] = [],
): { options: Partial<DeckOptions>; diagnostics: Diagnostic[] } {
  const options: Partial<DeckOptions> = {};
  const diagnostics: Diagnostic[] = [];
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const node = pair.value;
    const value = isScalar(node) ? node.value : isNode(node) ? node.toJSON() : node;
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      const text = key === 'date' ? formatDate(value) : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
      if (text && text.trim()) (options as Record<string, string>)[key] = text.trim();
      else diagnostics.push(warn(line, 'setting-not-text', `“${key}”应当是一段文字，例如“${key}: 某某”：已忽略。`));
    } else if (key === 'theme') {
      if ((THEMES as readonly unknown[]).includes(value)) options.theme = value as string;
      else diagnostics.push(warn(line, 'theme-unknown', `没有名为“${String(value)}”的主题，可选：${THEMES.join('、')}（dangzheng 为红金党政风，light 为简洁浅色）：已用默认主题。`));
    } else if (key === 'rate') {
      if (typeof value === 'number' && value >= RATE_RANGE[0] && value <= RATE_RANGE[1]) options.rate = value;
      else diagnostics.push(warn(line, 'rate-out-of-range', `语速“rate”应是每分钟字数，在 ${RATE_RANGE[0]} 到 ${RATE_RANGE[1]} 之间（常用 150–180）：已用默认 180。`));
    } else if (!outlineKeys.includes(key)) {
      diagnostics.push(warn(line, 'setting-unknown', `不认识的设置“${key}”，可用：${SETTING_KEYS.join('、')}：已忽略。`));
    }
  }
  return { options, diagnostics };
}
