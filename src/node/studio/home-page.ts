// The home page's HTML shell: the cards are drawn by src/client/studio/home.ts from the API.
// The token rides in a meta tag, which only a page of this origin can read.
import { htmlDocument } from '../../core/render/page.js';
import { escapeHtml } from '../../core/render/render.js';
import { TOKEN_META } from './guard.js';

export const HOME_SCRIPT = '/src/client/studio/home.ts';

export function homePage(token: string): string {
  return htmlDocument({
    title: 'Lectern 讲话稿幻灯片',
    head: `<meta name="${TOKEN_META}" content="${escapeHtml(token)}">\n<script type="module" src="${HOME_SCRIPT}"></script>`,
    body: `<header class="studio-header">
<h1>讲话稿幻灯片</h1>
<p>把讲话稿拖到下面，或点“选择文件”，即可生成幻灯片。</p>
</header>
<main id="studio" aria-busy="true">
<section class="drop" id="drop" aria-labelledby="drop-title">
<h2 id="drop-title">添加讲话稿</h2>
<p>把 .txt、.md 或 .docx 文件拖到这里（可一次拖多个），或</p>
<button type="button" class="button primary" id="pick">选择文件…</button>
<input id="files" class="visually-hidden" type="file" multiple tabindex="-1" aria-label="选择讲话稿文件" accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
</section>
<ul class="messages" id="messages" aria-live="polite"></ul>
<section aria-labelledby="decks-title">
<h2 id="decks-title">幻灯片</h2>
<p class="empty" id="empty" hidden>slides 文件夹里还没有讲话稿。</p>
<ul class="cards" id="cards"></ul>
</section>
</main>
<noscript>本页需要启用 JavaScript。</noscript>`,
  });
}
