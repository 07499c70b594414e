// How theme series and point series are told apart, on small texts: each case is one general
// reading of speech structure (the blind fixtures showed them; these texts are made up).
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/core/outline.js';

const outline = (lines: string[]) => buildOutline(lines.join('\n'));

describe('theme series', () => {
  it('keeps the line before a 第一… series in the opening: a series numbered through is not a restart', () => {
    const o = outline([
      '讲话', '同志们：', '开头一段。', '我讲两个方面。',
      '第一个方面，讲形势。', '形势很好。', '第二个方面，讲任务。', '任务很重。', '（1）要抓早。', '（2）要抓实。',
      '第三个方面，讲希望。', '（1）要团结。', '（2）要奋斗。',
    ]);
    expect(o.opening).toEqual(['开头一段。', '我讲两个方面。']);
    expect(o.themes.map((t) => t.heading)).toEqual(['第一个方面，讲形势。', '第二个方面，讲任务。', '第三个方面，讲希望。']);
  });

  it('orders 首先/其次/再次 paragraphs by their words, not by their look, past a greeting 首先', () => {
    const o = outline([
      '致辞', '各位同事：', '首先，我代表公司向大家表示感谢！', '首先，我想说感谢。', '过去一年很不容易。',
      '其次，我想和大家说说清醒。', '差距还很大。', '再次，我想说说方向。', '方向要明确。', '谢谢大家！',
    ]);
    expect(o.opening).toEqual(['首先，我代表公司向大家表示感谢！']);
    expect(o.themes.map((t) => t.heading)).toEqual(['首先，我想说感谢。', '其次，我想和大家说说清醒。', '再次，我想说说方向。']);
  });

  it('does not continue 一是…三是 paragraphs with 最后, nor take 最后，祝… as a theme', () => {
    const o = outline([
      '讲话', '同学们：', '开头。', '一是要勤学，做求索者。', '勤学要思考。', '二是要笃行，做行动者。', '笃行要坚持。',
      '三是要担当，做奋斗者。', '担当在日常。', '最后，祝同学们学业进步！', '谢谢大家！',
    ]);
    expect(o.themes).toHaveLength(3);
    expect(o.closing).toEqual(['最后，祝同学们学业进步！', '谢谢大家！']);
  });

  it('seeks no theme after the interjection line that opens the closing', () => {
    const o = outline([
      '讲话', '同志们：', '今天我们在这里集会。', '同志们！', '九十年前，先辈们在这里点燃了星火。', '根据地创建之初，条件极其艰苦。',
      '同志们！', '斗争历史孕育了伟大的精神。', '青山精神的核心是信念。核心说明。', '青山精神的根基是群众。根基说明。', '青山精神的品格是奋斗。品格说明。',
      '同志们！', '青山的绿水依旧，英名永存。', '让我们团结奋斗！',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual([null, null]);
    expect(o.themes[1].points.map((p) => p.text.slice(0, 9))).toEqual(['青山精神的核心是信', '青山精神的根基是群', '青山精神的品格是奋']);
    expect(o.closing[0]).toBe('同志们！');
  });
});

describe('point series', () => {
  it('takes parallel paragraphs as the points and the 要 sentences in them as their text', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '一、聚焦重点', '抓重点是关键。',
      '突出工业不动摇。要建平台。要引项目。', '突出项目不松劲。要抓开工。要抓投产。', '突出改革不止步。要优环境。要强创新。',
      '二、守牢底线', '安全是底线。要抓排查。要抓整改。',
    ]);
    expect(o.themes[0].lead).toBe('抓重点是关键。');
    expect(o.themes[0].points.map((p) => p.text.slice(0, 8))).toEqual(['突出工业不动摇。', '突出项目不松劲。', '突出改革不止步。']);
    expect(o.themes[1].points.map((p) => p.text)).toEqual(['要抓排查。', '要抓整改。']);
  });
});
