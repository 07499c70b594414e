// The pages of the dev server that are not decks: what a speech's diagnostics and errors look
// like in the preview. Everything from the speech is escaped.
import { PALETTES } from '../../core/render/palette.js';
import { escapeHtml } from '../../core/render/render.js';

/** The banner that lists a speech's diagnostics in the dev deck (never in a built deck). */
export function diagnosticsBanner(lines: string[]): string {
  if (lines.length === 0) return '';
  const items = lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('');
  return `<div class="lectern-banner" role="status"><button type="button" aria-label="关闭" onclick="this.parentElement.remove()">×</button><p>结构识别提示（仅在预览中显示）：</p><ul>${items}</ul></div>`;
}

/** The deck's page while its speech cannot become slides; Vite's client reloads it on the next save. */
export function errorPage(message: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>讲话稿有问题</title></head><body style="font-family:sans-serif;padding:2rem;max-width:48rem"><h1 style="color:${PALETTES.dangzheng.primary}">这份讲话稿暂时无法生成幻灯片</h1><p>${escapeHtml(message)}</p><p>修改并保存文件后，本页会自动刷新。</p></body></html>`;
}
