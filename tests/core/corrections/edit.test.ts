// The editor's operations on the list of corrections: one per place, in the speech's order.
import { describe, expect, it } from 'vitest';
import { withLabel, withoutParagraph, withoutPlace, withRole } from '../../../src/core/corrections/edit.js';

const paragraphs = [
  { text: '作风建设永远在路上。我们必须坚持问题导向。', line: 4 },
  { text: '服务群众是根本。我们把群众的事放在心上。', line: 5 },
];

describe('editing corrections', () => {
  it('keeps one correction per place, in the speech’s order, named by its first words', () => {
    let list = withRole([], paragraphs, { para: 1, at: 0 }, 'theme');
    list = withRole(list, paragraphs, { para: 0, at: 10 }, 'point');
    list = withRole(list, paragraphs, { para: 1, at: 0 }, 'point');
    list = withLabel(list, paragraphs, { para: 1, at: 0 }, ' 服务群众 ');
    expect(list).toEqual([
      { text: '我们必须坚持问题', role: 'point' },
      { text: '服务群众是根本。', role: 'point', label: '服务群众' },
    ]);
  });

  it('an empty label removes the label, and a correction left with nothing goes', () => {
    const labelled = withLabel([], paragraphs, { para: 0, at: 0 }, '作风');
    expect(labelled).toEqual([{ text: '作风建设永远在路', label: '作风' }]);
    expect(withLabel(labelled, paragraphs, { para: 0, at: 0 }, '  ')).toEqual([]);
  });

  it('restores automatic detection for one place or a whole paragraph', () => {
    let list = withRole([], paragraphs, { para: 0, at: 0 }, 'theme');
    list = withRole(list, paragraphs, { para: 0, at: 10 }, 'point');
    list = withRole(list, paragraphs, { para: 1, at: 0 }, 'theme');
    expect(withoutPlace(list, paragraphs, { para: 0, at: 10 }).map((c) => c.text)).toEqual(['作风建设永远在路', '服务群众是根本。']);
    expect(withoutParagraph(list, paragraphs, 0).map((c) => c.text)).toEqual(['服务群众是根本。']);
  });

  it('keeps corrections whose words are gone, after the others, and drops their sidecar line', () => {
    const list = withRole([{ text: '已经删掉的一句话', role: 'theme', line: 7 }], paragraphs, { para: 0, at: 0 }, 'theme');
    expect(list).toEqual([{ text: '作风建设永远在路', role: 'theme' }, { text: '已经删掉的一句话', role: 'theme' }]);
  });
});
