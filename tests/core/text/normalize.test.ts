import { describe, expect, it } from 'vitest';
import { compileSpeech } from '../../../src/core/compile.js';
import { normalize } from '../../../src/core/text/normalize.js';
import { firstSentence, paragraphs } from '../../../src/core/text/segment.js';

describe('normalize', () => {
  it('unifies line ends, strips BOM, zero-width characters and wide spaces, drops empty lines', () => {
    const n = normalize('\uFEFF标题\r\n\r\n\u3000\u3000第一段\u200B。\r第二\u00A0段。\n  \n');
    expect(n.text).toBe('标题\n第一段。\n第二 段。');
    expect(n.sourceLines).toEqual([1, 3, 4]);
    expect(n.diagnostics).toEqual([]);
  });

  it('removes site debris wherever it stands, keeping the text, one diagnostic per marker', () => {
    const n = normalize('开头\n##paidbegin##“实”字为要。##x##正文\n##paidend##');
    expect(n.text).toBe('开头\n“实”字为要。正文');
    expect(n.diagnostics).toEqual([
      { line: 2, code: 'web-debris-removed', severity: 'info', message: '删除了网页残留标记“##paidbegin##”。' },
      { line: 2, code: 'web-debris-removed', severity: 'info', message: '删除了网页残留标记“##x##”。' },
      { line: 3, code: 'web-debris-removed', severity: 'info', message: '删除了网页残留标记“##paidend##”。' },
    ]);
  });

  it('keeps a zero-width joiner between two emoji (one picture), removes every other zero-width character', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const coder = '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}';
    const rainbow = '\u{1F3F3}\uFE0F\u200D\u{1F308}';
    expect(normalize(`我家${family}，她是${coder}，挂起${rainbow}。`).text).toBe(`我家${family}，她是${coder}，挂起${rainbow}。`);
    expect(normalize('甲\u200D乙\u200B丙\u200C丁\u2060戊\uFEFF己\u{1F600}\u200D。\u200D\u{1F600}').text).toBe('甲乙丙丁戊己\u{1F600}。\u{1F600}');
    expect(compileSpeech(`家和万事兴\n我家${family}很幸福。`).html).toContain(`我家${family}很幸福。`);
  });

  it('names the first 20 markers removed and counts the rest in one line', () => {
    const n = normalize(Array.from({ length: 25 }, (_, i) => `##paid${i}##第${i + 1}段。`).join('\n'));
    expect(n.text.split('\n')).toHaveLength(25);
    expect(n.diagnostics).toHaveLength(21);
    expect(n.diagnostics[19]).toEqual({ line: 20, code: 'web-debris-removed', severity: 'info', message: '删除了网页残留标记“##paid19##”。' });
    expect(n.diagnostics[20]).toEqual({ line: 21, code: 'web-debris-more-removed', severity: 'info', message: '另有 5 处网页残留标记（如“##paidbegin##”）也已删除。' });
  });

  it('counts lines the way the file does, whatever ends them (CRLF, CR, LF) and whatever is removed between', () => {
    const n = normalize('甲\r\u200B\n乙\r\n\r丙##x##\n丁');
    expect(n.text).toBe('甲\n乙\n丙\n丁');
    expect(n.sourceLines).toEqual([1, 3, 5, 6]);
    expect(n.diagnostics).toEqual([{ line: 5, code: 'web-debris-removed', severity: 'info', message: '删除了网页残留标记“##x##”。' }]);
  });

  it('keeps full-width digits as typed (the rules read both widths)', () => {
    expect(normalize('１．要抓落实，完成１２项').text).toBe('１．要抓落实，完成１２项');
  });
});

describe('segment', () => {
  it('numbers paragraphs from 1', () => {
    expect(paragraphs('甲\n乙')).toEqual([
      { text: '甲', line: 1 },
      { text: '乙', line: 2 },
    ]);
    expect(paragraphs('')).toEqual([]);
  });

  it('takes the first sentence without stopping at ；', () => {
    expect(firstSentence('“忠”字为先筑根基。办公室是…')).toBe('“忠”字为先筑根基。');
    expect(firstSentence('甲；乙。丙')).toBe('甲；乙。');
    expect(firstSentence('一、总体要求')).toBe('一、总体要求');
  });
});
