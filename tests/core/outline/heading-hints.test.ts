import { describe, expect, it } from 'vitest';
import { compileSpeech } from '../../../src/core/compile.js';
import { outlineText } from '../../../src/core/outline/outline.js';

const TEXT = [
  '关于做好今年防汛工作的讲话',
  '同志们：今天召开会议，部署今年的防汛工作。',
  '今年的汛情可能比往年更复杂，大家心里要有数。',
  '今年汛期来得早，降雨偏多，各地务必高度重视。',
  '责任必须落实到每一个人身上，不能层层打折扣。',
  '各级领导干部要守土有责。',
  '谢谢大家。',
].join('\n');
const STYLED = ['今年的汛情可能比往年更复杂，大家心里要有数。', '责任必须落实到每一个人身上，不能层层打折扣。'];

describe('Word heading styles as a hint', () => {
  it('divide a speech whose text shows no structure, keeping every character in order', () => {
    const plain = compileSpeech(TEXT).outline;
    expect(plain.themes).toEqual([]);
    const hinted = compileSpeech(TEXT, {}, { notes: true }, 'txt', STYLED).outline;
    expect(hinted.themes.map((t) => [t.heading, t.lead, t.line])).toEqual([
      [STYLED[0], '今年汛期来得早，降雨偏多，各地务必高度重视。', 3],
      [STYLED[1], '各级领导干部要守土有责。', 5],
    ]);
    expect(hinted.body).toBeUndefined();
    expect(outlineText(hinted).replace(/\s/g, '')).toBe(outlineText(plain).replace(/\s/g, ''));
    expect(hinted.diagnostics.at(-1)!.message).toBe('正文里没有“一、”“第一，”之类的层次标记，已按 Word 的标题样式分为 2 个部分。');
    expect(plain.diagnostics.map((d) => d.code)).toContain('no-theme-found');
    expect(hinted.diagnostics.map((d) => d.code)).not.toContain('no-theme-found');
  });

  it('are not trusted alone: one styled paragraph, or a speech whose text has themes, stay as detected', () => {
    expect(compileSpeech(TEXT, {}, { notes: true }, 'txt', [STYLED[0]]).outline.themes).toEqual([]);
    const numbered = '讲话\n一、学习\n要读书。\n二、实践\n要实干。';
    const styledWrongly = ['要读书。', '要实干。'];
    expect(compileSpeech(numbered, {}, { notes: true }, 'txt', styledWrongly).outline.themes.map((t) => t.heading)).toEqual(['一、学习', '二、实践']);
  });
});
