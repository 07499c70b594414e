// Diagnostics carry a stable code for programs (the message is for people): every diagnostic the
// corpora produce has one, and each kind of message has its own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSpeech, type SpeechFormat } from '../../src/core/compile.js';
import { REFERENCE } from './helpers.js';

const TESTS = join(dirname(fileURLToPath(import.meta.url)), '..');
const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;

const BODY = '在全市工作会议上的讲话\n同志们：\n今天我们召开会议。\n一、统一思想\n要提高认识。\n二、狠抓落实\n要真抓实干。';
const many = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i + 1)).join('\n');
/** Paragraph i of a speech without structure: eight characters that look like no other paragraph. */
const unlike = (i: number) => Array.from({ length: 8 }, (_, k) => String.fromCharCode(0x4e00 + ((i * 131 + k * 977 + i * k * 31) % 20000))).join('') + '。';
const STYLED_TEXT = '关于防汛工作的讲话\n同志们：今天召开会议。\n大家心里要有数。\n各地务必高度重视。\n不能层层打折扣。\n各级领导干部要守土有责。\n谢谢大家。';

/** One input per kind of message: [code, speech, words of its message, format, styled headings]. */
const KINDS: [string, string, string, SpeechFormat?, string[]?][] = [
  ['front-matter-unclosed', `---\ntitle: 某某\n${BODY}`, '后面没有结束的'],
  ['front-matter-not-settings', `---\n- 甲\n---\n${BODY}`, '没有当作设置'],
  ['setting-not-text', `---\ntitle: [1, 2]\n---\n${BODY}`, '应当是一段文字'],
  ['theme-unknown', `---\ntheme: blue\n---\n${BODY}`, '没有名为“blue”的主题'],
  ['rate-out-of-range', `---\nrate: 9000\n---\n${BODY}`, '语速“rate”'],
  ['setting-unknown', `---\ntitle: 某某\ncolour: red\n---\n${BODY}`, '不认识的设置“colour”'],
  ['web-debris-removed', `${BODY}##paidbegin##`, '删除了网页残留标记'],
  ['web-debris-more-removed', `${BODY}\n${many(25, (i) => `第${i}句。##paid${i}##`)}`, '另有 5 处网页残留标记'],
  ['editorial-line', `【导读】本文有删节\n${BODY}`, '是编辑说明，不算讲话正文'],
  ['editorial-line-at-end', `${BODY}\n（完）`, '末尾的“（完）”'],
  ['title-missing', '同志们，今天我们开会。\n要提高认识。\n要真抓实干。', '第一段不像标题'],
  ['no-theme-found', '在全市工作会议上的讲话\n今天我们开会。\n要提高认识。\n要真抓实干。', '未识别到主题层次'],
  ['numbering-gap', '在全市工作会议上的讲话\n一、统一思想\n要提高认识。\n二、狠抓落实\n要真抓实干。\n四、加强领导\n要压实责任。', '编号跳过了'],
  ['too-many-paragraphs', many(2001, unlike), '超过 2000 段'],
  ['deck-paged', `关于学习的讲话\n${many(1999, unlike)}`, '超过 2000 页的上限'],
  ['word-headings-used', STYLED_TEXT, '按 Word 的标题样式', 'txt', ['大家心里要有数。', '不能层层打折扣。']],
  ['point-before-theme', '# 标题\n### 要点\n正文。', '“###”要点前面没有', 'md'],
  ['summary-before-theme', '# 标题\n<!-- 小结 -->\n正文。', '“<!-- 小结 -->”前面没有主题', 'md'],
  ['title-heading-missing', '## 主题\n正文。', '没有找到“# 标题”行', 'md'],
];
/** Made only when a rule throws, which no input should make happen. */
const UNREACHABLE = ['rule-failed'];

function corpus(): { name: string; text: string; format: SpeechFormat }[] {
  const dirs = readdirSync(TESTS).filter((d) => d.startsWith('fixtures')).map((d) => join(TESTS, d));
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(dir, f)));
  return [...files, REFERENCE].map((path) => ({ name: path, text: readFileSync(path, 'utf8'), format: path.endsWith('.md') ? 'md' : 'txt' }));
}

describe('diagnostic codes', () => {
  it('gives every diagnostic of the corpora a known kebab-case code', () => {
    const known = new Set([...KINDS.map(([code]) => code), ...UNREACHABLE]);
    const speeches = corpus();
    expect(speeches.length).toBeGreaterThan(80);
    const seen = new Set<string>();
    for (const { name, text, format } of speeches) {
      for (const d of compileSpeech(text, {}, { notes: true }, format).outline.diagnostics) {
        expect(d.code, `${name} 第 ${d.line} 行：${d.message}`).toMatch(KEBAB);
        expect(known.has(d.code), `${name}: ${d.code}`).toBe(true);
        seen.add(d.code);
      }
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('names each kind of message with a code of its own', () => {
    expect(new Set(KINDS.map(([code]) => code)).size).toBe(KINDS.length);
    const got = KINDS.map(([code, text, words, format = 'txt', styled = []]) => {
      const found = compileSpeech(text, {}, { notes: true }, format, styled).outline.diagnostics.find((d) => d.message.includes(words));
      return [code, found?.code];
    });
    expect(got).toEqual(KINDS.map(([code]) => [code, code]));
  });
});
