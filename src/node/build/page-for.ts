// The one place a deck's page is assembled from its slides, its fonts and the client, for each
// way the deck is delivered: the built folder, the single file, the dev server.
import { renderPage, type PageAssets } from '../../core/render/page.js';
import type { Deck } from '../../core/types.js';
import type { DeckFonts } from '../assets/fonts.js';
import { CLIENT_FILES } from '../assets/client-assets.js';
import { diagnosticsBanner } from '../serve/dev-pages.js';

export type PageMode = 'folder' | 'single' | 'dev';

/** The client's code, written into the single file. */
export interface ClientCode {
  css: string;
  js: string;
}

/** What each mode needs besides the deck. */
export interface PageParts {
  folder: { slides: string; fonts: DeckFonts };
  single: { slides: string; fonts: DeckFonts; client: ClientCode };
  /**
   * The dev page goes through Vite's transformIndexHtml, so its slides are a mark filled in
   * afterwards and its fonts are added after Vite too (dev-answer.ts), untouched by its CSS pipeline.
   */
  dev: { slides: string; clientEntry: string; diagnostics: string[] };
}

interface Assembly {
  assets: PageAssets;
  extraBody?: string;
}

/**
 * Folder: asset URLs relative to the deck's folder, so the deck works under any sub-path; the
 * client is a classic script so that the unzipped folder also starts by double-click (file://).
 * Single: everything inline, the fonts as data: URLs. Dev: the client as Vite's modules.
 */
const ASSEMBLE: { [M in PageMode]: (parts: PageParts[M]) => Assembly } = {
  folder: ({ fonts }) => ({
    assets: { styles: [`./assets/${CLIENT_FILES.style}`], scripts: [], classicScripts: [`./assets/${CLIENT_FILES.script}`], inlineStyles: [fonts.css] },
  }),
  single: ({ fonts, client }) => ({
    assets: { styles: [], scripts: [], inlineStyles: [client.css, inlineFontCss(fonts)], inlineScripts: [client.js] },
  }),
  dev: ({ clientEntry, diagnostics }) => ({
    assets: { styles: [], scripts: [clientEntry] },
    extraBody: diagnosticsBanner(diagnostics),
  }),
};

export function pageFor<M extends PageMode>(deck: Deck, mode: M, parts: PageParts[M]): string {
  const { assets, extraBody } = ASSEMBLE[mode](parts);
  return renderPage(deck, parts.slides, assets, extraBody);
}

/** The single file carries its fonts as data: URLs instead of ./fonts/ files. */
export function inlineFontCss(fonts: DeckFonts): string {
  let css = fonts.css;
  for (const f of fonts.fonts) {
    css = css.replace(`url('./fonts/${f.file}')`, `url('data:font/woff;base64,${Buffer.from(f.data).toString('base64')}')`);
  }
  return css;
}
