// The structure editor's page (/<deck>/edit): the speech, its sidecar and the token the editor
// saves with, put in the page for the browser to compile with the pure core. Dev server only.
import type { EditorData } from '../../core/corrections/editor-data.js';
import { deckUrlPath } from '../../core/render/deck-url.js';
import { escapeHtml } from '../../core/render/render.js';
import { htmlDocument, scriptJson } from '../../core/render/page.js';
import { TOKEN_META } from './guard.js';
import { displayPath } from '../input/load-deck.js';
import { speechSource } from './decks-api.js';
import { API } from './routes.js';

export interface EditorPageInput {
  path: string;
  name: string;
  token: string;
  /** The browser entry of the editor, as Vite serves it. */
  clientEntry: string;
  /** The deck's @font-face rules (its fonts are served beside the deck, at ./fonts/). */
  fontsCss: string;
}

/** The page, or null when the speech cannot be read (the deck's own page says why). */
export async function editorPage(input: EditorPageInput): Promise<string | null> {
  const source = await speechSource(input.path, input.name);
  if (!source.ok) return null;
  const side = source.sidecar;
  const data: EditorData = {
    name: input.name,
    format: source.format,
    text: source.text,
    styledHeadings: source.styledHeadings,
    sidecar: side.sidecar,
    sidecarFile: displayPath(side.path),
    sidecarProblems: side.diagnostics.map((d) => `第 ${d.line} 行：${d.message}`),
    sidecarReadable: !side.diagnostics.some((d) => d.code === 'sidecar-unreadable'),
    token: input.token,
    saveUrl: `${API}/decks/${deckUrlPath(input.name)}/sidecar`,
  };
  return htmlDocument({
    title: `调整结构 · ${input.name}`,
    head: `<meta name="${TOKEN_META}" content="${escapeHtml(input.token)}">\n<style>${input.fontsCss}</style>`,
    body: `<div id="editor"></div>
<script type="application/json" id="lectern-editor">${scriptJson(data)}</script>
<script type="module" src="${escapeHtml(input.clientEntry)}"></script>`,
  });
}
