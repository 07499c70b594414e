// The HTML page around a deck. Shared by the dev server and the static build so both serve
// the same document; only the assets differ, and node/build/page-for.ts picks them per mode.
import { escapeHtml } from './render.js';
import type { Deck } from '../types.js';

/** What the client reads at start (see src/client/config.ts). */
export interface ClientConfig {
  theme: string;
  /** Seconds of the whole speech, for the speaker view's pacing timer. */
  totalTime: number;
}

export interface PageAssets {
  /** Stylesheet URLs, in order. */
  styles: string[];
  /** Module script URLs, in order (the dev server, where Vite serves the client as modules). */
  scripts: string[];
  /**
   * Classic script URLs, in order, run deferred like modules: the built folder, which must start
   * from file:// too, where Chromium refuses module scripts.
   */
  classicScripts?: string[];
  /** CSS and JS written into the page itself: the single file that opens from file://. */
  inlineStyles?: string[];
  inlineScripts?: string[];
}

/** Inline code must not end its own element early: `</style` / `</script` are escaped. */
export function inlineCode(code: string, tag: 'style' | 'script'): string {
  return code.replace(new RegExp(`</${tag}`, 'gi'), tag === 'script' ? '<\\/script' : '<\\/style');
}

/** JSON that is safe inside a <script> element: no `</script>` can close it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** What sets one of Lectern's pages apart; the frame (language, charset, no favicon request) is shared. */
export interface DocumentParts {
  /** Plain text: escaped here. */
  title: string;
  /** Markup for <head> after the title (styles, meta tags, scripts). */
  head?: string;
  body: string;
  /** Markup of the <body> tag's attributes, e.g. ` class="no-notes"`. */
  bodyAttributes?: string;
  viewport?: string;
}

/** Every HTML page Lectern serves or writes: decks, the studio's pages, the share remote. */
export function htmlDocument({ title, head = '', body, bodyAttributes = '', viewport = 'width=device-width, initial-scale=1' }: DocumentParts): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="${viewport}">
<meta name="generator" content="Lectern">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body${bodyAttributes}>
${body}
</body>
</html>
`;
}

export function renderPage(deck: Deck, slidesHtml: string, assets: PageAssets, extraBody = ''): string {
  const config: ClientConfig = { theme: deck.options.theme, totalTime: deck.totalSeconds };
  const head = `${assets.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
${(assets.inlineStyles ?? []).map((css) => `<style>${inlineCode(css, 'style')}</style>`).join('\n')}`;
  return htmlDocument({
    title: deck.title || '讲话稿',
    head,
    body: `<div class="reveal" data-theme="${escapeHtml(deck.options.theme)}">
<div class="slides">
${slidesHtml}
</div>
</div>
<script type="application/json" id="lectern-config">${scriptJson(config)}</script>
${extraBody}
${assets.scripts.map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`).join('\n')}
${(assets.classicScripts ?? []).map((src) => `<script defer src="${escapeHtml(src)}"></script>`).join('\n')}
${(assets.inlineScripts ?? []).map((js) => `<script type="module">${inlineCode(js, 'script')}</script>`).join('\n')}`,
  });
}
