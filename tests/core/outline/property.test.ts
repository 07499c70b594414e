// Property tests over generated speeches: whatever mix of numbering, point markers,
// punctuation, quotes, markup, web debris, odd whitespace, emoji, `---` blocks and long runs a
// speech holds, compiling it never throws, loses nothing (every paragraph is whole and in order
// in the speaker notes), and its markup holds only the renderer's elements.
// `npm run fuzz` runs the same properties on many more speeches (LECTERN_FUZZ_RUNS).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument } from 'yaml';
import { compileSpeech, type Compiled } from '../../../src/core/compile.js';
import { normalize } from '../../../src/core/text/normalize.js';
import { outlineText } from '../../../src/core/outline/outline.js';
import type { Outline, Slide } from '../../../src/core/types.js';

const noSpace = (s: string) => s.replace(/\s+/g, '');

// ── the generator ───────────────────────────────────────────────────────────────────────────

const HEADING_MARKERS = ['一、', '二、', '三、', '十二、', '（一）', '（二）', '(三)', '第一，', '第二，', '第三部分', '1.', '2.', '10.', '1、', '2、', '１．', '①', '首先，', '其次，', '最后，', '——'];
const POINT_MARKERS = ['一是', '二是', '三是', '要', '就是要', '二要', '必须', '坚持'];
const PUNCTUATION = ['。', '，', '；', '：', '！', '？', '、', '…', '.', ',', '!', '?', ';', ':'];
const QUOTES = ['“', '”', '「', '」', '‘', '’', '《', '》', '“忠”字为先', '“以学铸魂”', '「实」', '"'];
const MARKUP = [
  '<', '>', '&', '*', '#', '[', ']', '(', ')', '`', '"', "'", '=', '/',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">点我</a>',
  '<b>粗体</b>', '<p>', '</section>', '<!--', '-->', '&amp;', '&lt;', '&#60;',
  '**加粗**', '# 井号', '## 标题', '[x](y)', '![图](z.png)', '`代码`', '```', '> 引用', '- 列表', '| 表 |',
  '{{x}}', '${x}', 'javascript:', 'onerror=',
];
const SITE = ['##paidbegin##', '##paidend##', '##site_x##', '##A-1##'];
const SPACES = [' ', '\u3000', '\t', '\u00A0', '\u200B', '\uFEFF', '  '];
const WORDS = ['同志们：', '学习', '坚持', '讲话', '发展', '党建', '落实', '我们', '抓好', '工作', '同志们，', '谢谢大家', '2024年', '3.5万元', 'ABC', '各位领导'];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \u3000\n'];
/** Emoji joined by U+200D (one picture each), and stray joiners. */
const EMOJI = ['\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}', '\u{1F3F3}\uFE0F\u200D\u{1F308}', '\u2764\uFE0F\u200D\u{1F525}', '\u{1F600}', '\u200D', '\u{1F600}\u200D'];

const pick = (xs: string[]) => fc.constantFrom(...xs);
/** A long run: one character repeated, or a long random stretch of CJK. */
const longRun = fc.oneof(
  fc.tuple(fc.constantFrom('我们要坚持发展，', '抓落实；', '国'), fc.integer({ min: 20, max: 80 })).map(([w, n]) => w.repeat(n)),
  fc.tuple(fc.constantFrom('国', '要', '一', '<', '。', '“', 'a', '\u3000'), fc.integer({ min: 40, max: 600 })).map(([c, n]) => c.repeat(n)),
  fc.array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 40, maxLength: 400 }).map((cs) => String.fromCharCode(...cs)),
);
const fragment = fc.oneof(
  { weight: 6, arbitrary: pick(WORDS) },
  { weight: 4, arbitrary: pick(PUNCTUATION) },
  { weight: 2, arbitrary: pick(POINT_MARKERS) },
  { weight: 2, arbitrary: pick(QUOTES) },
  { weight: 3, arbitrary: pick(MARKUP) },
  { weight: 1, arbitrary: pick(SITE) },
  { weight: 2, arbitrary: pick(SPACES) },
  { weight: 1, arbitrary: pick(HEADING_MARKERS) },
  { weight: 1, arbitrary: pick(EMOJI) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: longRun },
);
const line = fc.tuple(
  fc.option(pick(SPACES), { freq: 4 }),
  fc.option(fc.oneof(pick(HEADING_MARKERS), pick(POINT_MARKERS)), { freq: 2 }),
  fc.array(fragment, { maxLength: 14 }),
).map(([space, marker, parts]) => (space ?? '') + (marker ?? '') + parts.join(''));
const speech = fc
  .array(fc.tuple(line, pick(LINE_ENDS)), { maxLength: 30 })
  .map((lines) => lines.map(([l, end]) => l + end).join(''));

// `---` blocks: settings, and blocks that are text (rules used as separators, prose, lists,
// Chinese keys, broken YAML), at the start and elsewhere.
const SETTING_KEYS = ['title', 'subtitle', 'speaker', 'unit', 'date', 'theme', 'rate'];
/** A YAML value that always parses: double-quoted JSON. */
const yamlValue = fc.array(fc.oneof(pick(WORDS), pick(MARKUP), pick(QUOTES), pick(EMOJI)), { maxLength: 4 }).map((v) => JSON.stringify(v.join('')));
const yamlPair = (keys: string[]) => fc.tuple(fc.constantFrom(...keys), yamlValue).map(([k, v]) => `${k}: ${v}`);
const settingsLines = fc
  .tuple(yamlPair(SETTING_KEYS), fc.array(yamlPair([...SETTING_KEYS, 'colour', 'x_1']), { maxLength: 4 }))
  .map(([first, more]) => [first, ...more]);
const chineseKeyLines = fc.array(yamlPair(['时间', '地点', '主持人', '标题', '一、学习']), { minLength: 1, maxLength: 4 });
const listLines = fc.array(yamlValue, { minLength: 1, maxLength: 4 }).map((vs) => vs.map((v) => `- ${v}`));
const brokenYaml = fc.constantFrom(['title: 学思践悟', '一、加强学习：要读原著'], ['theme: [light', 'rate: 1'], ['title: "未闭合'], ['title: a', 'title: b'], ['  - a', 'b: c'], [': x', 'unit: 某局']);
const blockLines = fc.oneof(settingsLines, chineseKeyLines, listLines, brokenYaml, fc.array(line, { maxLength: 6 }), fc.constant([]));
const fenced = fc.tuple(blockLines, pick(['---', '...', '--- ', '---\t'])).map(([lines, close]) => ['---', ...lines, close].join('\n'));
const withBlocks = fc
  .tuple(fc.option(fc.oneof(fenced, fc.constant('---'))), fc.array(fc.tuple(speech, fc.option(fenced)), { minLength: 1, maxLength: 3 }))
  .map(([start, parts]) => [start, ...parts.flat()].filter((p) => p !== null).join('\n'));

/**
 * The speech a text holds, by the rule the README gives: everything, except a block on its first
 * lines between `---` and `---` (or `...`) that is settings: a YAML mapping, under 10,000
 * characters, of ASCII names at least one of which is a setting. Settings are blanked line by line.
 */
function speechOf(text: string): string {
  const lines = text.split('\n');
  if (!/^\uFEFF?---[ \t]*\r?$/.test(lines[0])) return text;
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(l));
  if (end < 0) return text;
  const yaml = lines.slice(1, end).join('\n');
  const doc = parseDocument(yaml);
  const keys = isMap(doc.contents) ? doc.contents.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : [];
  const settings =
    yaml.length < 10_000 && doc.errors.length === 0 && isMap(doc.contents) && keys.every((k) => /^[A-Za-z_][\w-]*$/.test(k)) && keys.some((k) => SETTING_KEYS.includes(k));
  return settings ? lines.map((l, i) => (i <= end ? '' : l)).join('\n') : text;
}

/** Runs of the main property; the four focused ones take a third each (about 6,000 speeches in
 *  all). `npm run fuzz` sets LECTERN_FUZZ_RUNS. */
const RUNS = Number(process.env.LECTERN_FUZZ_RUNS ?? process.env.LECTERN_PROPERTY_RUNS ?? 2500);
/** A generous guard per property: a fuzz run of tens of thousands of speeches takes minutes. */
const TIMEOUT = Math.max(60_000, RUNS * 40);

// ── reading the markup back ─────────────────────────────────────────────────────────────────

/** The elements render.ts writes; anything else came from the speech. */
const RENDERER_TAGS = new Set(['section', 'div', 'p', 'h2', 'ol', 'li', 'a', 'span', 'em', 'aside', 'footer']);
/** data-* attributes (data-kind, data-timing, data-continued, data-state…) are the renderer's own. */
const RENDERER_ATTRIBUTES = new Set(['id', 'class', 'href', 'aria-hidden']);
const isRendererAttribute = (a: string) => RENDERER_ATTRIBUTES.has(a) || /^data-[a-z-]+$/.test(a);
/** A tag as the renderer writes it: double-quoted attribute values (escaped), or bare boolean ones. */
const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/g;
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/g;
const ENTITY = /&(amp|lt|gt|quot);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const decode = (s: string) => s.replace(ENTITY, (_, e: string) => ENTITIES[e]);

interface Markup {
  tags: Set<string>;
  attributes: Set<string>;
  hrefs: string[];
  /** What is left once the renderer's tags are taken out: must be text, with every < > & escaped. */
  text: string;
}

function readMarkup(html: string): Markup {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const hrefs: string[] = [];
  const text = html.replace(TAG, (_, _close: string, name: string, attrs: string) => {
    tags.add(name.toLowerCase());
    for (const [, attr, value] of attrs.matchAll(ATTRIBUTE)) {
      attributes.add(attr);
      if (attr === 'href') hrefs.push(decode(value ?? ''));
    }
    return '\n';
  });
  return { tags, attributes, hrefs, text };
}

/** Every slide with the speaker notes the plan gave it and the notes its markup holds (escaped). */
function notesBySlide(compiled: Compiled): { planned: string; rendered: string }[] {
  const slides = compiled.deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
  const rendered = [...compiled.html.matchAll(/<section [^>]*data-kind="\w+"[^>]*>.*?<aside class="notes">(.*?)<\/aside><\/section>/gs)];
  expect(rendered.length).toBe(slides.length);
  return slides.map((s, i) => ({ planned: s.notes, rendered: rendered[i][1] }));
}

/** The outline in the order the deck speaks it: meta stands with the title. */
function deckOrder(o: Outline): string {
  const withoutTitle = outlineText({ ...o, title: '', subtitle: undefined });
  return [o.title, o.subtitle ?? '', ...(o.meta ?? []), withoutTitle].join('\n');
}

/** `part` appears in `whole` in order, perhaps with other characters between (agenda, recap). */
function isSubsequence(part: string, whole: string): boolean {
  const wanted = [...part];
  let i = 0;
  for (const c of whole) if (i < wanted.length && c === wanted[i]) i++;
  return i === wanted.length;
}

/**
 * The normalized speech with its meta lines taken out where they stood. A meta line may occur
 * more than once in the text (a lone `（二）`), so every placement in order is tried.
 */
function speechOutsideMeta(body: string, o: Outline): string[] {
  const lines = normalize(body).text.split('\n');
  const meta = o.meta ?? [];
  const results: string[] = [];
  const place = (m: number, from: number, removed: Set<number>) => {
    if (results.length > 50) return;
    if (m === meta.length) {
      results.push(noSpace(lines.filter((_, i) => !removed.has(i)).join('')));
      return;
    }
    for (let i = from; i < lines.length; i++) {
      if (lines[i] === meta[m]) place(m + 1, i + 1, new Set([...removed, i]));
    }
  };
  place(0, 0, new Set());
  return results;
}

/** Slides whose notes are the deck's own words: the agenda, the recap closing a speech that has no
 *  closing of its own, a page that only continues a list of points (its notes name the points). */
function decksOwnWords(slide: Slide): boolean {
  const speaks = slide.blocks.some((b) => b.type === 'lines');
  return slide.kind === 'agenda' || (!speaks && (slide.continued === true || slide.kind === 'closing'));
}

/**
 * Whether `paragraphs` are found whole in `all`, each after the one before it, except that an
 * editorial line moved to meta may instead stand in `title` (the title slide's notes), where it
 * is out of order when it stood elsewhere. A meta line may also occur as speech (a lone `（二）`
 * early on, and again at the end where it is a note): both readings are tried.
 */
function inOrder(paragraphs: string[], all: string, title: string, meta: string[]): boolean {
  const failed = new Set<string>();
  const from = (k: number, at: number, left: string[]): boolean => {
    const key = `${k}:${at}:${left.join('\u0000')}`;
    if (failed.has(key)) return false;
    for (let i = k; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      const m = left.indexOf(p);
      if (m >= 0 && title.includes(p) && from(i + 1, at, left.filter((_, j) => j !== m))) return true;
      const found = all.indexOf(p, at);
      if (found < 0) {
        failed.add(key);
        return false;
      }
      at = found + p.length;
    }
    return true;
  };
  return from(0, 0, [...meta].sort());
}

/**
 * Every paragraph of the speech, normalized (markers removed) and without whitespace, is found
 * whole in the rendered notes of the deck, after the one before it (editorial lines may stand
 * with the title instead), and every emoji the speech joins stays joined.
 */
function notesHoldEveryParagraph(speech: string, compiled: Compiled, notes: { rendered: string }[]): void {
  const slides = compiled.deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
  const spoken = notes.map((n) => noSpace(decode(readMarkup(n.rendered).text)));
  const all = spoken.filter((_, i) => !decksOwnWords(slides[i])).join('');
  const paragraphs = normalize(speech).text.split('\n').map(noSpace).filter((p) => p !== '');
  const meta = (compiled.outline.meta ?? []).map(noSpace);
  expect(inOrder(paragraphs, all, spoken[0], meta), `paragraphs ${JSON.stringify(paragraphs).slice(0, 300)} in notes ${JSON.stringify(all).slice(0, 300)}`).toBe(true);
  // Normalizing removes stray zero-width characters but keeps the joiner that makes two emoji
  // one picture: every such joiner the speech has is in the notes too.
  const joiners = (s: string) => s.match(EMOJI_JOINER)?.length ?? 0;
  expect(joiners(spoken.join(''))).toBeGreaterThanOrEqual(joiners(speech));
}

/** A joiner between two emoji (the first may carry a skin tone or U+FE0F). */
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]?)\u200D(?=\p{Extended_Pictographic})/gu;

// ── the properties ──────────────────────────────────────────────────────────────────────────

/** What the generated speeches reached, so a generator that stops reaching structure is noticed. */
const reached = { runs: 0, themes: 0, points: 0, meta: 0, continued: 0, salutation: 0, closing: 0, settings: 0, blockAsText: 0, emoji: 0 };

function check(text: string): void {
  const compiled = compileSpeech(text);
  const { outline, html } = compiled;
  reached.runs++;
  if (outline.themes.some((t) => t.heading)) reached.themes++;
  if (outline.themes.some((t) => t.points.length > 0)) reached.points++;
  if (outline.meta?.length) reached.meta++;
  if (html.includes('data-continued')) reached.continued++;
  if (outline.salutation) reached.salutation++;
  if (outline.closing.length) reached.closing++;
  const speech = speechOf(text);
  if (speech !== text) reached.settings++;
  else if (/^---/.test(text) && outline.diagnostics[0]?.message.includes('之间的内容没有当作设置')) reached.blockAsText++;
  if (/\p{Extended_Pictographic}\u200D\p{Extended_Pictographic}/u.test(html)) reached.emoji++;

  // Nothing lost, nothing repeated, nothing reordered (meta lines are taken out where they stood;
  // front matter, when the speech opens with settings, is no speech).
  expect(speechOutsideMeta(speech, outline)).toContain(noSpace(outlineText(outline)));

  // Every slide and stack has its own id, so each deep link goes to one place.
  const ids = [...html.matchAll(/<section id="([^"]*)"/g)].map((m) => m[1]);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);

  // Only the renderer's elements and attributes; links stay inside the deck.
  const markup = readMarkup(html);
  expect([...markup.tags].filter((t) => !RENDERER_TAGS.has(t))).toEqual([]);
  expect([...markup.attributes].filter((a) => !isRendererAttribute(a))).toEqual([]);
  expect(markup.hrefs.filter((h) => !/^#\/[\w-]+$/.test(h))).toEqual([]);
  // Every < > left is speech text, so it must be escaped; & only starts an entity.
  expect(markup.text).not.toMatch(/[<>]/);
  expect(markup.text.replace(ENTITY, '')).not.toContain('&');

  // The speech is in the markup as typed: each slide's notes, unescaped, are its planned notes,
  // and all notes together speak the whole outline in order.
  const notes = notesBySlide(compiled);
  for (const { planned, rendered } of notes) expect(noSpace(decode(readMarkup(rendered).text))).toBe(noSpace(planned));
  expect(isSubsequence(noSpace(deckOrder(outline)), noSpace(notes.map((n) => n.planned).join('')))).toBe(true);
  // And from the speech itself to what the speaker reads: every paragraph, whole and in order.
  notesHoldEveryParagraph(speech, compiled, notes);
}

describe('generated speeches', () => {
  it('the markup reader notices what the renderer would never write', () => {
    const bad = readMarkup('<section id="a" data-kind="point"><p><img src=x onerror="x()"></p><p>&lt;b&gt; & <b></p></section>');
    expect([...bad.tags].filter((t) => !RENDERER_TAGS.has(t))).toEqual(['b']);
    expect(bad.text).toMatch(/<img/);
    expect(bad.text.replace(ENTITY, '')).toContain('&');
    const evil = readMarkup('<a href="javascript:x()" onclick="y">z</a>');
    expect([...evil.attributes].filter((a) => !isRendererAttribute(a))).toEqual(['onclick']);
    expect(evil.hrefs).toEqual(['javascript:x()']);
  });

  it('the notes check notices a paragraph lost, reordered, or an emoji broken apart', () => {
    const compiled = compileSpeech('关于学习的讲话\n甲乙丙丁。\n戊己庚辛\u{1F468}\u200D\u{1F469}。');
    const notes = notesBySlide(compiled);
    expect(() => notesHoldEveryParagraph('关于学习的讲话\n甲乙丙丁。\n戊己庚辛\u{1F468}\u200D\u{1F469}。', compiled, notes)).not.toThrow();
    expect(() => notesHoldEveryParagraph('关于学习的讲话\n甲乙丙丁。\n壬癸。', compiled, notes)).toThrow();
    expect(() => notesHoldEveryParagraph('关于学习的讲话\n戊己庚辛\u{1F468}\u200D\u{1F469}。\n甲乙丙丁。', compiled, notes)).toThrow();
    const broken = compileSpeech('关于学习的讲话\n甲乙丙丁。\n戊己庚辛\u{1F468}\u{1F469}。');
    expect(() => notesHoldEveryParagraph('关于学习的讲话\n甲乙丙丁。\n戊己庚辛\u{1F468}\u200D\u{1F469}。', broken, notesBySlide(broken))).toThrow();
  });

  it(`compile without throwing, lose nothing and render only the renderer's markup (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(speech, (text) => check(text)),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('hold for speeches that are mostly markup', () => {
    const markupSpeech = fc
      .array(fc.tuple(fc.array(pick(MARKUP), { minLength: 1, maxLength: 10 }), pick(LINE_ENDS)), { minLength: 1, maxLength: 12 })
      .map((lines) => lines.map(([parts, end]) => parts.join('') + end).join(''));
    fc.assert(
      fc.property(markupSpeech, (text) => check(text)),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, TIMEOUT);

  it('hold for speeches that open with settings (front matter) full of markup', () => {
    const value = fc.array(fc.oneof(pick(WORDS), pick(MARKUP), pick(QUOTES), pick(SPACES)), { maxLength: 6 }).map((v) => v.join(''));
    const setting = fc.tuple(fc.constantFrom('title', 'subtitle', 'speaker', 'unit', 'date', 'theme', 'rate', 'x<b>'), value).map(([k, v]) => `${k}: ${v}`);
    const withSettings = fc
      .tuple(fc.array(setting, { maxLength: 6 }), fc.constantFrom('---', '...'), speech)
      .map(([settings, close, body]) => ['---', ...settings, close, body].join('\n'));
    fc.assert(
      fc.property(withSettings, (text) => check(text)),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, TIMEOUT);

  it('hold for a speech built like an official one: title, salutation, numbered themes with points, closing', () => {
    const point = fc
      .tuple(pick(POINT_MARKERS), fc.array(fc.oneof(pick(WORDS), pick(MARKUP), pick(QUOTES), pick(PUNCTUATION)), { maxLength: 12 }), pick(['。', '；', '！', '']))
      .map(([m, parts, end]) => m + parts.join('') + end);
    const theme = fc
      .tuple(
        fc.constantFrom('一、', '二、', '三、', '（一）', '第一，', '1.', '1、'),
        fc.array(fc.oneof(pick(WORDS), pick(QUOTES), pick(MARKUP)), { minLength: 1, maxLength: 6 }),
        fc.array(point, { maxLength: 5 }),
        fc.boolean(),
      )
      .map(([m, words, points, inline]) => m + words.join('') + (inline ? points.join('') : `\n${points.join('\n')}`));
    const official = fc
      .tuple(
        fc.array(fc.oneof(pick(WORDS), pick(MARKUP)), { minLength: 1, maxLength: 6 }),
        fc.option(pick(SITE)),
        fc.array(theme, { maxLength: 6 }),
        fc.array(fc.oneof(pick(WORDS), pick(PUNCTUATION)), { maxLength: 10 }),
        pick(LINE_ENDS),
      )
      .map(([title, site, themes, closing, end]) =>
        [title.join(''), site ?? '', '同志们：', '今天我讲几点意见。', ...themes, closing.join('')].join(end),
      );
    fc.assert(
      fc.property(official, (text) => check(text)),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, TIMEOUT);

  it('hold for speeches with --- blocks (settings, rules, prose, lists, Chinese keys, broken YAML) at the start and elsewhere', () => {
    fc.assert(
      fc.property(withBlocks, (text) => check(text)),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, TIMEOUT);

  it('hold for a speech too long to present slide by slide: more than 2,000 paragraphs, paged', () => {
    // Generated lines repeated past the cap: the text has no structure to find, only pages.
    const long = fc
      .tuple(fc.array(line, { minLength: 1, maxLength: 30 }), pick(LINE_ENDS))
      .map(([lines, end]) => {
        const kept = lines.filter((l) => normalize(l).text !== '');
        const paragraphs = kept.length > 0 ? kept : ['要抓落实。'];
        return Array.from({ length: Math.ceil(2001 / paragraphs.length) }, () => paragraphs.join(end)).join(end);
      });
    fc.assert(
      fc.property(long, (text) => {
        check(text);
        const { deck } = compileSpeech(text);
        expect(deck.entries.length).toBeLessThanOrEqual(2000);
        expect(deck.diagnostics.some((d) => d.message.includes('超过 2000 页的上限'))).toBe(true);
      }),
      { numRuns: Math.max(5, Math.ceil(RUNS / 250)) },
    );
  }, TIMEOUT);

  it('reached every kind of structure in a fair share of the runs', () => {
    for (const [kind, count] of Object.entries(reached)) expect(count, kind).toBeGreaterThan(reached.runs / 100);
  });
});
