// User text never throws and never takes long, however odd it is.
import { describe, expect, it } from 'vitest';
import { buildOutline, outlineText } from '../../../src/core/outline/outline.js';

const noSpace = (s: string) => s.replace(/\s+/g, '');

const ODD: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace only', ' \n\t\u3000\r\n  \n'],
  ['50,000 characters without punctuation', '国'.repeat(50_000)],
  ['50,000 characters on 5,000 lines', '要抓落实。\n'.repeat(5_000)],
  ['markup', '<script>alert(1)</script>\n# 标题\n**一、加粗**\n<b>粗</b>'],
  ['lone markers', '一、\n（一）\n1、\n①\n——\n要\n就是要\n一是\n首先\n最后，\n同志们：\n##paidbegin##'],
  ['numbers only', '1.\n2.\n3.\n1.2\n3.5万元\n2024年'],
  ['quotes unbalanced', '“忠”字为先。“\n“专”字为标。”\n“实\n'],
  ['surrogates and controls', '\u0000\u0007\uD800讲话\u200B稿\uFEFF\n\u2028段落'],
  // Spaces that a breadcrumb's names and its separators could both take: tried in 2^n ways once.
  ['a breadcrumb look-alike with double spaces', `${'首页  >'.repeat(16)}。\n正文。`],
  ['one huge run-in series', Array.from({ length: 300 }, (_, i) => `“${String.fromCharCode(0x4e00 + i)}”字为先。要做${i}。要做好。`).join('\n')],
];

describe('must not throw', () => {
  for (const [name, text] of ODD) {
    it(name, () => {
      const started = performance.now();
      const o = buildOutline(text);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(500);
      expect(typeof o.title).toBe('string');
      expect(Array.isArray(o.themes)).toBe(true);
      expect(o.diagnostics.every((d) => !d.message.includes('出错'))).toBe(true);
      const meta = (o.meta ?? []).join('');
      expect(noSpace(outlineText(o)).length + noSpace(meta).length).toBeLessThanOrEqual(noSpace(text).length);
    });
  }

  // Megabyte-size speeches made of the shapes the v2 readings look for: each reading stays linear.
  const BIG: Array<[string, () => string]> = [
    ['60,000 interjection parts of two —— lines each', () => '讲话\n同志们：\n开场。\n' + Array.from({ length: 60_000 }, (_, i) => `同志们！\n——要坚持党的领导，第${i}部分。\n——要坚持人民至上，第${i}部分。`).join('\n')],
    ['200,000 —— lines', () => '讲话\n' + Array.from({ length: 200_000 }, (_, i) => `——要抓好第${i}项工作。`).join('\n')],
    ['one paragraph of 100,000 第N， items', () => '讲话\n' + Array.from({ length: 100_000 }, (_, i) => `第${'一二三四五六七八九'[i % 9]}，做好工作${i}。`).join('')],
    ['50,000 要 sentences after a subject', () => '讲话\n一、甲\n' + '各单位要切实抓好落实。要压实责任。'.repeat(50_000)],
  ];
  for (const [name, make] of BIG) {
    it(`${name}: no rule fails, nothing grows past a generous guard`, () => {
      const text = make();
      const started = performance.now();
      const o = buildOutline(text);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(o.diagnostics.filter((d) => d.message.includes('出错'))).toEqual([]);
    });
  }

  it('accepts what is not a string without throwing', () => {
    expect(buildOutline(undefined as unknown as string).themes).toEqual([]);
    expect(buildOutline(42 as unknown as string).title).toBe('42');
  });
});
