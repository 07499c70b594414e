import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../../src/core/outline/headline.js';

describe('headlineOf', () => {
  it('strips the marker and takes the first clause', () => {
    expect(headlineOf('要坚持“从干中学”，聚焦推进中国式现代化。')).toBe('坚持“从干中学”');
    expect(headlineOf('就是要严守党的纪律规矩，坚持…')).toBe('严守党的纪律规矩');
    expect(headlineOf('一是坚持原原本本学，每天…')).toBe('坚持原原本本学');
    expect(headlineOf('（一）提高站位。要认识到…')).toBe('提高站位');
    expect(headlineOf('1、着力破除依赖思想。这种…')).toBe('着力破除依赖思想');
    expect(headlineOf('首先，要看到行业发展的新机遇。')).toBe('看到行业发展的新机遇');
    expect(headlineOf('第二，组织生活不够严。')).toBe('组织生活不够严');
  });

  it('caps long clauses at a boundary', () => {
    expect(headlineOf('要把思想大解放、行动大担当的鲜明导向树起来。')).toBe('把思想大解放、行动大担当的鲜明导向树起来');
    expect(headlineOf('要树立和践行正确政绩观的同时加强学习提高能力增强本领改进作风')).toHaveLength(20);
  });

  it('never returns an empty headline for a non-empty point', () => {
    expect(headlineOf('要')).toBe('要');
    expect(headlineOf('1、')).toBe('1、');
  });
});
