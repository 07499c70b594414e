// The sidecar file beside a speech (`slides/<deck>.lectern.yaml`): its settings and structure
// corrections, read and written as YAML a person can read. Reading never fails: a bad entry is
// a diagnostic naming its line in the sidecar, and the others still apply.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type YAMLMap } from 'yaml';
import { readOptions, SETTING_KEYS } from '../text/front-matter.js';
import type { Diagnostic } from '../types.js';
import { EMPTY_SIDECAR, ROLE_NAMES, type Correction, type Sidecar, type UserRole } from './types.js';

/** Said at the top of every sidecar written, for whoever opens it. */
const HEADER = [
  '# Lectern：这篇讲话稿的设置和结构调整（由“设置”和“调整结构”页面保存）。',
  '# 讲话稿原文不会被修改；删除本文件即恢复自动识别和默认设置。',
].join('\n');

/** The longest anchor kept: enough to tell sentences apart, short enough to read. */
export const MAX_ANCHOR = 40;
const MAX_LABEL = 60;

/** Role by its Chinese or English name. */
function roleOf(value: unknown): UserRole | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim();
  for (const [role, zh] of Object.entries(ROLE_NAMES)) if (name === zh || name === role) return role as UserRole;
  return undefined;
}

function warn(line: number, code: string, message: string): Diagnostic {
  return { line, code, message, severity: 'warning', source: 'sidecar' };
}

function readCorrection(item: unknown, line: number, diagnostics: Diagnostic[]): Correction | null {
  if (!isMap(item)) {
    diagnostics.push(warn(line, 'sidecar-entry-invalid', '这一条结构调整不是“text: …”加“role: …”或“label: …”的写法：已忽略。'));
    return null;
  }
  const get = (key: string) => {
    const value = item.get(key, true);
    return isScalar(value) ? value.value : value;
  };
  const raw = get('text');
  // A sentence that is a number (2024年… cut short, 100) reads as a YAML number: it is text here.
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (typeof text !== 'string' || text.trim() === '') {
    diagnostics.push(warn(line, 'sidecar-entry-invalid', '这一条结构调整缺少“text”（它所在段落或句子开头的文字）：已忽略。'));
    return null;
  }
  const correction: Correction = { text: text.trim().slice(0, MAX_ANCHOR), line };
  const nth = get('nth');
  if (nth !== undefined && nth !== null) {
    const n = Number(nth);
    if (!Number.isInteger(n) || n < 1) {
      // Applied at the first occurrence instead, it would land on the wrong sentence.
      diagnostics.push(warn(line, 'sidecar-entry-invalid', `“nth”应是 1、2、3 这样的整数（第几次出现），这里是“${String(nth)}”：这一条已忽略。`));
      return null;
    }
    if (n > 1) correction.nth = n;
  }
  const rawRole = get('role');
  if (rawRole !== undefined && rawRole !== null) {
    const role = roleOf(rawRole);
    if (role) correction.role = role;
    else diagnostics.push(warn(line, 'sidecar-role-unknown', `不认识的角色“${String(rawRole)}”，可用：${Object.values(ROLE_NAMES).join('、')}：这一条的角色已忽略。`));
  }
  const rawLabel = get('label');
  const label = typeof rawLabel === 'number' ? String(rawLabel) : rawLabel;
  if (typeof label === 'string' && label.trim()) correction.label = label.trim().slice(0, MAX_LABEL);
  return correction.role || correction.label ? correction : null;
}

/** The sidecar's settings and corrections; `diagnostics` lines are the sidecar's own. */
export function parseSidecar(text: string): { sidecar: Sidecar; diagnostics: Diagnostic[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  const diagnostics: Diagnostic[] = [];
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
    const line = doc.errors[0] ? lineOf(doc.errors[0].pos[0]) : 1;
    diagnostics.push(warn(line, 'sidecar-unreadable', '这个文件不是 Lectern 能读懂的写法：其中的设置和结构调整都没有使用。可以删除它，在“设置”和“调整结构”页面重新保存。'));
    return { sidecar: EMPTY_SIDECAR, diagnostics };
  }
  const root = doc.contents as YAMLMap<unknown, unknown> | null;
  const settingsNode = root?.get('settings', true);
  const settings = isMap(settingsNode) ? readOptions(settingsNode, lineOf) : { options: {}, diagnostics: [] };
  diagnostics.push(...settings.diagnostics.map((d): Diagnostic => ({ ...d, source: 'sidecar' })));
  const list = root?.get('corrections', true);
  const corrections: Correction[] = [];
  if (isSeq(list)) {
    for (const item of list.items) {
      const line = lineOf(isMap(item) || isScalar(item) ? item.range?.[0] : undefined);
      const correction = readCorrection(item, line, diagnostics);
      if (correction) corrections.push(correction);
    }
  }
  return { sidecar: { settings: settings.options, corrections }, diagnostics };
}

/** The sidecar as the file holds it: settings in their usual order, corrections in text order. */
export function serializeSidecar(sidecar: Sidecar): string {
  const settings: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = (sidecar.settings as Record<string, unknown>)[key];
    if (value !== undefined && value !== '') settings[key] = value;
  }
  const corrections = sidecar.corrections.map((c) => ({
    text: c.text,
    ...(c.nth && c.nth > 1 ? { nth: c.nth } : {}),
    ...(c.role ? { role: ROLE_NAMES[c.role] } : {}),
    ...(c.label ? { label: c.label } : {}),
  }));
  const body: Record<string, unknown> = {};
  if (Object.keys(settings).length > 0) body.settings = settings;
  if (corrections.length > 0) body.corrections = corrections;
  return `${HEADER}\n${Object.keys(body).length > 0 ? stringify(body, { lineWidth: 0 }) : ''}`;
}
