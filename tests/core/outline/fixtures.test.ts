// Every fixture speech against its expected outline (tests/fixtures/NAME.expected.json), plus the
// nothing-lost check and the scores the issue asks for.
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../src/core/outline/outline.js';
import { scoreSpeech, totals } from '../../../src/core/outline/score.js';
import { fixtures, outlineSpeech, speechWithoutMeta } from '../helpers.js';

/** Outlines take milliseconds (npm run bench says how many); the guard catches a rule gone
 *  quadratic or worse (those took seconds), not a loaded machine's noise. */
const GUARD_MS = 1000;

const all = fixtures();

describe('fixtures', () => {
  it('has at least 12 speeches', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
  });

  for (const { name, text, expected } of all) {
    describe(name, () => {
      const o = buildOutline(text);
      const themes = expected.themes ?? [];

      it('finds the title and the headings verbatim', () => {
        expect(o.title).toBe(expected.title);
        expect(o.themes.map((t) => t.heading)).toEqual(themes.map((t) => t.heading));
        if (themes.length === 0) expect(o.body?.length).toBeGreaterThan(0);
      });

      it('cuts the marked points at their markers', () => {
        themes.forEach((theme, i) => {
          if (theme.points_marked === false) return;
          expect(o.themes[i].points.map((p) => p.text.slice(0, 12))).toEqual(theme.points);
        });
      });

      it('loses nothing', () => {
        expect(outlineSpeech(o)).toBe(speechWithoutMeta(text, o));
      });
    });
  }

  it('builds every outline in under the blow-up guard', () => {
    buildOutline(all[0].text); // warm-up: the first call pays for compiling the regexes
    for (const { name, text } of all) {
      const started = performance.now();
      buildOutline(text);
      expect([name, performance.now() - started < GUARD_MS]).toEqual([name, true]);
    }
  });

  it('reaches the issue targets', () => {
    const t = totals(all.map(({ text, expected }) => scoreSpeech(expected, buildOutline(text))));
    expect(t.title).toBe(1);
    expect(t.headingRecall).toBeGreaterThanOrEqual(0.95);
    expect(t.headingPrecision).toBeGreaterThanOrEqual(0.95);
    expect(t.themeCount).toBeGreaterThanOrEqual(0.9);
    expect(t.pointRecall).toBeGreaterThanOrEqual(0.95);
    expect(t.pointPrecision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('fixture details', () => {
  const byName = new Map(all.map((f) => [f.name, buildOutline(f.text)]));

  it('splits the title block of a viewpoint title', () => {
    const o = byName.get('f10-title-block-editorial')!;
    expect(o.subtitle).toBe('——在团市委机关青年干部座谈会上的发言');
    expect(o.meta?.slice(1, 3)).toEqual(['李晓东', '2024年5月4日']);
    expect(o.meta?.[0].startsWith('【导读】')).toBe(true);
    expect(o.meta?.slice(3)).toEqual(['（此处省略部分内容）', '…………', '（来源：青年干部学习网）']);
    expect(o.closing).toEqual(['以上发言，不妥之处请批评指正。']);
  });

  it('keeps interjections in the opening and the closing', () => {
    const o = byName.get('f06-interjection-yishi')!;
    expect(o.salutation).toBe('同志们、朋友们：');
    expect(o.opening[1]).toBe('同志们、朋友们！');
    expect(o.closing[0]).toBe('同志们、朋友们！');
  });

  it('reads agendas and keywords', () => {
    expect(byName.get('f04-keychar-yao')!.agenda).toEqual(['学', '干', '严', '廉']);
    expect(byName.get('f12-school-agenda')!.themes.map((t) => t.keyword)).toEqual(['立志', '勤学', '修身']);
  });

  it('keeps deeper levels inside their point', () => {
    const o = byName.get('f08-three-level')!;
    expect(o.themes[0].points[0].text).toContain('二是有的班子成员');
    expect(o.themes[0].points.map((p) => p.headline)).toEqual(['责任落实有温差', '组织生活不够严']);
  });

  it('ends with the last point when 最后 closes a series', () => {
    const o = byName.get('f03-di-seq-zuihou')!;
    expect(o.themes[1].points[2].text.startsWith('最后，抓队伍建设。')).toBe(true);
    expect(o.closing[0].startsWith('总之，')).toBe(true);
  });

  it('opens heading-less parts at interjection lines, the last one opening the closing', () => {
    const o = byName.get('f19-interjection-parts')!;
    expect(o.themes.map((t) => t.lead.split('\n')[0])).toEqual(['同志们、朋友们！', '同志们、朋友们！', '同志们、朋友们！']);
    expect(o.closing[0]).toBe('同志们、朋友们！');
  });

  it('keeps digits as typed and moves applause and editor’s notes to meta', () => {
    expect(byName.get('f22-company-arabic-mixed')!.themes[2].heading).toBe('３、从严从实抓管理');
    expect(byName.get('f24-editorial-midspeech')!.meta).toEqual(['县委副书记 赵国强', '（根据录音整理，有删节）', '（掌声）', '【编者按】以下内容有删节。', '（完）']);
  });

  it('takes 最后 as the last theme of a 首先…其次…再次 series', () => {
    const o = byName.get('f23-letterspaced-shouxian')!;
    expect(o.themes[3].heading).toBe('最后，做人要有朝气。');
    expect(o.closing[0].startsWith('同学们，新的学期')).toBe(true);
  });
});
