import { describe, expect, it } from 'vitest';
import { renderSlide, speechHtml } from '../../../src/core/render/render.js';
import { renderPage } from '../../../src/core/render/page.js';
import { resolveOptions } from '../../../src/core/plan/options.js';

describe('render', () => {
  it('escapes speech text and emphasises quoted terms', () => {
    expect(speechHtml('<b>要</b>坚持“以学铸魂”& *x*')).toBe('&lt;b&gt;要&lt;/b&gt;坚持<em class="term">“以学铸魂”</em>&amp; *x*');
  });

  it('renders a slide with kind, timing, continuation and notes', () => {
    const html = renderSlide({
      kind: 'point',
      id: 'theme-abc-p-def',
      blocks: [
        { type: 'breadcrumb', text: '“忠”字为先' },
        { type: 'heading', text: '<script>alert(1)</script>' },
        { type: 'lines', lines: ['第一句，', '第二句。'] },
      ],
      notes: '第一句，第二句。\n<img src=x onerror=alert(1)>',
      timing: 5,
      continued: true,
    });
    expect(html).toBe(
      '<section id="theme-abc-p-def" data-kind="point" data-timing="5" data-continued><div class="slide-body">' +
        '<p class="breadcrumb"><em class="term">“忠”</em>字为先</p>' +
        '<h2 class="heading">&lt;script&gt;alert(1)&lt;/script&gt;</h2>' +
        '<div class="text"><p>第一句，</p><p>第二句。</p></div></div>' +
        '<aside class="notes"><p>第一句，第二句。</p><p>&lt;img src=x onerror=alert(1)&gt;</p></aside></section>',
    );
  });

  it('wraps the deck in a zh-CN page whose config cannot close its script', () => {
    const page = renderPage(
      { title: '</script><b>t', entries: [], options: resolveOptions(), totalSeconds: 60, diagnostics: [] },
      '',
      { styles: ['./assets/lectern.css'], scripts: ['./assets/lectern.js'] },
    );
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<title>&lt;/script&gt;&lt;b&gt;t</title>');
    expect(page).toContain('<script type="application/json" id="lectern-config">{"theme":"dangzheng","totalTime":60}</script>');
    expect(page).toContain('<script type="module" src="./assets/lectern.js"></script>');
  });
});
