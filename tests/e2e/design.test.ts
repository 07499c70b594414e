// Design checks in Chromium: every fixture deck fits its slides, text sizes hold, the deck
// makes no outside request, and it renders with its own fonts on a machine with no fonts.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildDecks } from '../../src/node/build/build.js';
import { serveStatic, type StaticServer } from '../../src/node/serve/static-server.js';
import { describeBrowser, launchBrowser, overflowingSlides, waitForDeck } from '../helpers/browser.js';
import { REFERENCE, REFERENCE_NAME, ROOT, tempDir } from '../helpers/paths.js';

/** A Latin-only system font (DejaVu or Liberation come with Chromium's dependencies). */
function findLatinFont(): string {
  for (const dir of ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation']) {
    const file = existsSync(dir) && readdirSync(dir).find((f) => f.endsWith('.ttf'));
    if (file) return join(dir, file);
  }
  throw new Error('no DejaVu or Liberation font found for the no-CJK-font test');
}

const silent = { step() {}, done() {}, warn() {}, error() {} };
/** Every speech corpus of the repository: the fixtures and the blind sets. */
const CORPORA = ['fixtures', 'fixtures-blind', 'fixtures-blind2', 'fixtures-blind3', 'fixtures-blind4', 'fixtures-blind5'].map((d) => join(ROOT, 'tests', d));

/** A speech written to break layouts: very long leads and points, a theme with nine points. */
function stressSpeech(): string {
  const clause = '坚持把学习成果转化为推动工作的实际成效，';
  const long = (n: number) => clause.repeat(n) + '切实做到知行合一。';
  const lines = ['---', `title: ${'关于进一步加强和改进机关作风建设'.repeat(8)}`, '---', '关于进一步加强和改进机关作风建设的若干意见和具体措施的说明发言（征求意见稿）', '同志们：', long(12)];
  lines.push('一、以极大的政治热情和高度的责任感使命感全面加强理论武装，不断提高政治判断力政治领悟力政治执行力', long(20));
  for (let i = 1; i <= 9; i++) lines.push(`${i}、${'要'}${long(i === 3 ? 60 : 4)}`);
  lines.push('二、一个非常非常长的标题用来检验标题过长时幻灯片是否仍然放得下而不会溢出到幻灯片之外的情况发生', long(3));
  lines.push('三、第三部分', `一是${long(30)}二是${long(2)}`);
  lines.push(`四、${'坚持以人民为中心的发展思想推动高质量发展'.repeat(15)}`, '要抓落实。', '要见实效。');
  lines.push('总之，' + long(40));
  return lines.join('\n');
}

/** A text too long to present slide by slide (2,001 paragraphs): paged, most pages cut short. */
function pagedSpeech(): string {
  const clause = '坚持把学习成果转化为推动工作的实际成效，';
  return Array.from({ length: 2001 }, (_, i) => `${clause.repeat(i % 7)}第${i + 1}段切实做到知行合一。`).join('\n');
}

/** The fonts Chromium really drew a node's text with: name, and whether it is a web font. */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  // Regular and bold faces share a family name: report each name once.
  return [...new Set(fonts.map((f: { familyName: string; isCustomFont: boolean }) => `${f.familyName}${f.isCustomFont ? ' (web font)' : ''}`))];
}

describeBrowser('deck design', () => {
  let browser: Browser;
  let server: StaticServer;
  let names: string[] = [];
  const out = tempDir();

  beforeAll(async () => {
    const speeches = tempDir('lectern-design-');
    for (const corpus of CORPORA) {
      for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) copyFileSync(join(corpus, file), join(speeches, file));
    }
    copyFileSync(REFERENCE, join(speeches, `${REFERENCE_NAME}.txt`));
    writeFileSync(join(speeches, 'stress.txt'), stressSpeech());
    writeFileSync(join(speeches, 'paged.txt'), pagedSpeech());
    const result = await buildDecks(speeches, { out }, silent);
    expect(result.failed).toBe(0);
    names = result.built.map((b) => b.deck.name);
    server = await serveStatic(out);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fits every slide of every fixture deck (all corpora), the stress deck and a paged deck in 1280×720', async () => {
    expect(names.length).toBeGreaterThanOrEqual(50);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const overflow: Record<string, unknown> = {};
    for (const name of names) {
      await page.goto(`${server.url}${encodeURIComponent(name)}/`);
      await waitForDeck(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const over = await overflowingSlides(page);
      if (over.length) overflow[name] = over;
    }
    await page.close();
    expect(overflow).toEqual({});
  }, 180_000);

  it('keeps body text at 28 px or more and all text at 18 px or more', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const small: Record<string, string[]> = {};
    for (const name of [REFERENCE_NAME, 'stress']) {
      await page.goto(`${server.url}${encodeURIComponent(name)}/`);
      await waitForDeck(page);
      small[name] = await page.evaluate(() => {
        const found: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('.slides section[data-kind] *')) {
          if (el.closest('aside.notes')) continue;
          const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
          if (!hasText) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          const body = el.matches('.slide-body p:not(.breadcrumb):not(.subheading), .slide-body li, .slide-body li *, .text p *');
          if (size < (body && !el.closest('.meta, .tiles') ? 28 : 18)) found.push(`${el.tagName}.${el.className} ${size}px`);
        }
        const number = document.querySelector<HTMLElement>('.slide-number');
        if (number && parseFloat(getComputedStyle(number).fontSize) < 18) found.push('slide-number');
        return found;
      });
    }
    await page.close();
    expect(small).toEqual({ [REFERENCE_NAME]: [], stress: [] });
  });

  it('makes no request outside its own origin', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const outside: string[] = [];
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${encodeURIComponent(REFERENCE_NAME)}/`);
    await waitForDeck(page);
    await page.evaluate(() => (window as any).Reveal.slide(3, 1));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await context.close();
    expect(outside).toEqual([]);
  });

  it('draws headings and body with the bundled fonts on a machine without any CJK font', async () => {
    // A fontconfig with no font at all makes Chromium reject every web font (status "error"),
    // so the machine gets one Latin font, as a real machine without Chinese fonts has.
    const dir = tempDir('lectern-nofonts-');
    mkdirSync(join(dir, 'fonts'));
    mkdirSync(join(dir, 'cache'));
    const latin = findLatinFont();
    copyFileSync(latin, join(dir, 'fonts', basename(latin)));
    const conf = join(dir, 'fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?>\n<fontconfig><dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`);
    const bare = await launchBrowser({ ...process.env, FONTCONFIG_FILE: conf });
    try {
      const page = await bare.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${server.url}${encodeURIComponent(REFERENCE_NAME)}/#/3/1`);
      await waitForDeck(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The machine really has no Chinese font: a probe in the system serif font draws 忠 with none.
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="probe" style="font-family: serif">忠</p>'));
      expect((await fontsOf(page, '#probe')).filter((f) => !f.includes('DejaVu') && !f.includes('Liberation'))).toEqual([]);
      // The subset files keep the fonts' own names; "web font" means drawn from the deck's files.
      expect(await fontsOf(page, 'section[data-kind].present .heading')).toEqual(['Noto Serif SC (web font)']);
      expect(await fontsOf(page, 'section[data-kind].present .text p')).toEqual(['Noto Sans SC (web font)']);
      const family = await page.$eval('section[data-kind].present .heading', (e) => getComputedStyle(e).fontFamily);
      expect(family.startsWith('"Lectern Serif"')).toBe(true);
    } finally {
      await bare.close();
    }
  });
});
