// The user's corrections as the last rule: made-up speeches (regression tests, not estimates).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSpeech } from '../../../src/core/compile.js';
import { anchorFor, findAnchor } from '../../../src/core/corrections/anchors.js';
import { pieceText } from '../../../src/core/corrections/pieces.js';
import { outlineFromPieces } from '../../../src/core/corrections/rebuild.js';
import { parseSidecar, serializeSidecar } from '../../../src/core/corrections/sidecar.js';
import type { Correction, Sidecar } from '../../../src/core/corrections/types.js';
import { outlineText } from '../../../src/core/outline/outline.js';
import type { Outline } from '../../../src/core/types.js';
import { fixtures } from '../helpers.js';
import { WRONGLY_DETECTED } from '../../helpers/speeches.js';

const SPEECH = WRONGLY_DETECTED;

const FIX: Correction[] = [
  { text: '作风建设永远在路上', role: 'theme' },
  { text: '我们必须坚持问题导向', role: 'point' },
  { text: '服务群众是根本', role: 'theme', label: '服务群众' },
  { text: '我们把群众的事', role: 'point' },
  { text: '窗口单位还需', role: 'point' },
];

const compile = (text: string, corrections: Correction[] = [], settings: Sidecar['settings'] = {}) =>
  compileSpeech(text, {}, { notes: true }, 'txt', [], { settings, corrections }, true);

/** The speech's characters in order, whitespace aside: what no correction may change. */
const chars = (o: Outline) => outlineText(o).replace(/\s+/g, '');

describe('corrections over a speech whose detection is wrong', () => {
  it('finds no themes without corrections', () => {
    const auto = compile(SPEECH).outline;
    expect(auto.themes).toEqual([]);
    expect(auto.body).toHaveLength(2);
  });

  it('makes two paragraphs themes, three sentences points, and shows the edited label', () => {
    const { outline, deck } = compile(SPEECH, FIX);
    expect(outline.themes.map((t) => [t.heading, t.label, t.lead, t.line])).toEqual([
      ['作风建设永远在路上。', undefined, '', 4],
      ['服务群众是根本。', '服务群众', '', 5],
    ]);
    expect(outline.themes.map((t) => t.points.map((p) => p.text))).toEqual([
      ['我们必须坚持问题导向，把解决突出问题作为切入点。机关干部要带头转变作风，做到表里如一。'],
      ['我们把群众的事放在心上，是机关的本分。', '窗口单位还需提高办事效率，少让群众跑腿。'],
    ]);
    expect(outline.opening).toEqual(['今天我结合自己的工作，谈几点体会，不当之处请大家批评指正。']);
    expect(outline.closing).toEqual(['以上是我的几点体会，请大家批评指正。']);
    expect(outline.body).toBeUndefined();
    expect(outline.diagnostics.map((d) => d.code)).not.toContain('no-theme-found');
    // The label is the slide's heading; the heading's own words stay on the slide and in the notes.
    const second = deck.entries.filter((e) => e.type === 'stack')[1];
    expect(second.type === 'stack' && second.slides[0].blocks.find((b) => b.type === 'heading')).toEqual({ type: 'heading', text: '服务群众' });
    expect(chars(outline)).toBe(SPEECH.replace(/\s+/g, ''));
  });

  it('keeps its place when the speech is edited elsewhere', () => {
    const edited = SPEECH.replace('今天我结合', '新加的一段开场白。\n今天我结合').replace('请大家批评指正。\n', '请大家多提意见。\n');
    const { outline } = compile(edited, FIX);
    expect(outline.themes.map((t) => [t.heading, t.points.length])).toEqual([
      ['作风建设永远在路上。', 1],
      ['服务群众是根本。', 2],
    ]);
  });

  it('drops a correction whose words are gone, naming it, and applies the others', () => {
    const { outline } = compile(SPEECH, [...FIX, { text: '这句话讲话稿里没有', role: 'theme', line: 14 }]);
    expect(outline.themes).toHaveLength(2);
    const missing = outline.diagnostics.filter((d) => d.code === 'correction-anchor-missing');
    expect(missing).toEqual([expect.objectContaining({ line: 14, source: 'sidecar', severity: 'warning' })]);
    expect(missing[0].message).toContain('这句话讲话稿里没有');
  });

  it('refuses a correction that would put the parts out of order', () => {
    const { outline } = compile(SPEECH, [{ text: '作风建设永远在路上', role: 'closing' }, { text: '服务群众是根本', role: 'theme' }]);
    expect(outline.diagnostics.map((d) => d.code)).toContain('correction-out-of-order');
    expect(outline.themes).toEqual([]);
    expect(outline.closing[0]).toBe('作风建设永远在路上。我们必须坚持问题导向，把解决突出问题作为切入点。机关干部要带头转变作风，做到表里如一。');
    expect(outline.closing).toHaveLength(3);
  });

  it('says when a label is given to what is no theme or point', () => {
    const { outline } = compile(SPEECH, [{ text: '今天我结合自己', label: '开场' }]);
    expect(outline.diagnostics.map((d) => d.code)).toContain('correction-label-misplaced');
  });
});

describe('corrections over structure the rules found', () => {
  const text = fixtures('tests/fixtures').find((f) => f.name === 'f01-yi-own-line')!.text;
  const auto = compile(text).outline;

  it('merges a point back into the one before it (正文) and undoes a theme', () => {
    const firstPoint = auto.themes[0].points[1];
    const merged = compile(text, [{ text: firstPoint.text.slice(0, 12), role: 'body' }]).outline;
    expect(merged.themes[0].points).toHaveLength(auto.themes[0].points.length - 1);
    expect(merged.themes[0].points[0].text).toBe(`${auto.themes[0].points[0].text}\n${firstPoint.text}`);
    const second = auto.themes[1].heading!;
    const fewer = compile(text, [{ text: second.slice(0, 10), role: 'body' }]).outline;
    expect(fewer.themes).toHaveLength(auto.themes.length - 1);
    expect(chars(fewer)).toBe(chars(auto));
  });

  it('moves the closing up: the paragraphs after it join it', () => {
    const last = auto.themes[auto.themes.length - 1];
    const closing = compile(text, [{ text: last.heading!.slice(0, 10), role: 'closing' }]).outline;
    expect(closing.themes).toHaveLength(auto.themes.length - 1);
    expect(closing.closing[0].startsWith(last.heading!)).toBe(true);
    expect(chars(closing)).toBe(chars(auto));
  });

  it('without corrections is exactly the rules’ outline', () => {
    expect(compile(text, []).outline).toEqual(auto);
  });
});

describe('the pieces are the outline', () => {
  const all = ['tests/fixtures', 'tests/fixtures-blind', 'tests/fixtures-blind2', 'tests/fixtures-blind3', 'tests/fixtures-blind4', 'tests/fixtures-blind5'].flatMap((d) => fixtures(d));
  /** Fields the rules set after the pieces (key characters and the agenda) and the messages aside. */
  const fields = (o: Outline & { metaLines?: unknown }) => {
    const { diagnostics: _d, meta: _m, agenda: _a, metaLines: _l, ...rest } = o;
    return JSON.parse(JSON.stringify({ ...rest, themes: rest.themes.map(({ keyword: _k, ...t }) => t) }));
  };

  it('rebuilds every fixture speech from its pieces exactly', () => {
    expect(all.length).toBeGreaterThan(60);
    for (const { name, text } of all) {
      const { outline, structure } = compile(text);
      expect([name, !!structure]).toEqual([name, true]);
      expect([name, fields(outlineFromPieces(structure!.paragraphs, structure!.pieces))]).toEqual([name, fields(outline)]);
    }
  });

  it('loses nothing and never throws, whatever roles random corrections give', () => {
    const roles = ['title', 'subtitle', 'meta', 'salutation', 'opening', 'theme', 'point', 'body', 'closing'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...roles), fc.boolean()), { maxLength: 8 }),
        (which, picks) => {
          const { text } = all[which];
          const { structure, outline: auto } = compile(text);
          const paragraphs = structure!.paragraphs;
          const corrections = picks.map(([p, s, role, label]): Correction => {
            const para = p % paragraphs.length;
            const starts = [0, ...[...paragraphs[para].text.matchAll(/[。！？；，]/g)].map((m) => m.index! + 1).filter((i) => i < paragraphs[para].text.length)];
            const at = starts[s % starts.length];
            return { ...anchorFor(paragraphs, { para, at }), role, ...(label ? { label: '短标题' } : {}) };
          });
          const { outline, structure: fixed } = compile(text, corrections);
          // Every character once, in the file's order: the fields read as the pieces do, editorial lines aside.
          const speech = fixed!.pieces.flatMap((p, i) => (p.role === 'meta' ? [] : [pieceText(fixed!.paragraphs, fixed!.pieces, i)])).join('').replace(/\s+/g, '');
          expect(chars(outline)).toBe(speech);
          const meta = (o: Outline) => (o.meta ?? []).join('').replace(/\s+/g, '');
          expect((chars(outline) + meta(outline)).length).toBe((chars(auto) + meta(auto)).length);
        },
      ),
      { numRuns: Number(process.env.LECTERN_FUZZ_RUNS ?? 300) },
    );
  }, 600_000);
});

describe('anchors', () => {
  const paragraphs = [{ text: '要坚持学习。要坚持学习，也要坚持实践。', line: 1 }, { text: '要坚持学习。', line: 2 }];

  it('are the fewest first words that tell a place apart, with nth when words repeat', () => {
    expect(anchorFor(paragraphs, { para: 0, at: 6 })).toEqual({ text: '要坚持学习，也要' });
    expect(anchorFor(paragraphs, { para: 1, at: 0 })).toEqual({ text: '要坚持学习。', nth: 2 });
    expect(findAnchor(paragraphs, '要坚持学习。', 2)).toEqual({ para: 1, at: 0 });
    expect(findAnchor(paragraphs, '要坚持学习。', 3)).toBeNull();
  });
});

describe('the sidecar file', () => {
  it('round-trips settings and corrections, with Chinese role names in the file', () => {
    const sidecar: Sidecar = { settings: { speaker: '张三', theme: 'light', rate: 170 }, corrections: [{ text: '一、坚持', role: 'theme' }, { text: '要: 注意', nth: 2, label: '短' }] };
    const text = serializeSidecar(sidecar);
    expect(text).toContain('role: 主题');
    expect(text.startsWith('# Lectern')).toBe(true);
    const read = parseSidecar(text);
    expect(read.diagnostics).toEqual([]);
    expect(read.sidecar.settings).toEqual(sidecar.settings);
    expect(read.sidecar.corrections.map(({ line: _line, ...c }) => c)).toEqual(sidecar.corrections);
  });

  it('names the sidecar line of each bad entry and keeps the good ones', () => {
    const read = parseSidecar('settings:\n  theme: red\ncorrections:\n  - text: 你好\n    role: 大标题\n  - 3\n  - text: 好的\n    role: 要点\n');
    expect(read.diagnostics.map((d) => [d.line, d.code, d.source])).toEqual([
      [2, 'theme-unknown', 'sidecar'],
      [4, 'sidecar-role-unknown', 'sidecar'],
      [6, 'sidecar-entry-invalid', 'sidecar'],
    ]);
    expect(read.sidecar.corrections.map((c) => [c.text, c.role, c.line])).toEqual([['好的', 'point', 7]]);
    expect(parseSidecar('corrections: [').diagnostics.map((d) => d.code)).toEqual(['sidecar-unreadable']);
    const numbers = parseSidecar('corrections:\n  - text: 2024\n    nth: "2"\n    label: 100\n  - text: 好的\n    nth: 0\n    role: 主题\n');
    expect(numbers.sidecar.corrections.map(({ line: _l, ...c }) => c)).toEqual([{ text: '2024', nth: 2, label: '100' }]);
    expect(numbers.diagnostics.map((d) => [d.line, d.code])).toEqual([[5, 'sidecar-entry-invalid']]);
  });

  it('overrides the front matter’s settings', () => {
    const { deck } = compile(`---\nspeaker: 李四\ntheme: dangzheng\n---\n${SPEECH}`, [], { speaker: '张三' });
    expect([deck.options.speaker, deck.options.theme]).toEqual(['张三', 'dangzheng']);
  });
});
