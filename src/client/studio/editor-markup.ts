// The structure editor's markup: the page's frame, the paragraphs with their role chips, and
// which slide shows the piece under the cursor. Everything from the speech is escaped.
import type { Place } from '../../core/corrections/anchors.js';
import type { EditorData } from '../../core/corrections/editor-data.js';
import { ROLE_NAMES, type UserRole } from '../../core/corrections/types.js';
import { escapeHtml } from '../../core/render/render.js';
import type { Slide } from '../../core/types.js';
import type { EditorModel, PieceView } from './editor-model.js';

/** The role buttons in key order: 1 标题 … 9 结尾. */
export const ROLE_KEYS: readonly UserRole[] = ['title', 'subtitle', 'meta', 'salutation', 'opening', 'theme', 'point', 'body', 'closing'];

export function editorSkeleton(data: EditorData): string {
  return `
<header class="ed-bar">
  <a class="ed-home" href="/">← 全部讲话稿</a>
  <h1>调整结构：<span class="ed-title"></span></h1>
  <span class="ed-save" role="status" aria-live="polite"></span>
  <a class="ed-button" href="./">演示</a>
</header>
<div class="ed-main">
  <section class="ed-text" tabindex="0" aria-label="讲话稿的段落（上下键选段落，左右键选句子）"></section>
  <aside class="ed-side">
    <div class="ed-tools" role="toolbar" aria-label="设为">
      ${ROLE_KEYS.map((role, i) => `<button type="button" data-role="${role}" title="按 ${i + 1}">${i + 1} ${ROLE_NAMES[role]}</button>`).join('')}
    </div>
    <form class="ed-label" autocomplete="off">
      <label>幻灯片上的短标题 <input name="label" maxlength="60" placeholder="选中主题或要点后填写（按 L）"></label>
      <button type="submit">保存短标题</button>
    </form>
    <div class="ed-tools" role="toolbar" aria-label="撤销与恢复">
      <button type="button" data-act="undo" title="Ctrl+Z">撤销</button>
      <button type="button" data-act="redo" title="Ctrl+Y">重做</button>
      <button type="button" data-act="reset" title="Delete">本段恢复自动识别</button>
      <button type="button" data-act="reset-all">全部恢复自动识别</button>
    </div>
    <div class="ed-preview" aria-label="幻灯片预览"><div class="ed-stage"></div></div>
    <p class="ed-where"></p>
    <ul class="ed-notes"></ul>
    <p class="ed-help">↑↓ 选段落，←→ 选句子，1–9 设角色（在句子上按 7 即从这句开始一个要点），L 改短标题，Delete 恢复自动识别，Ctrl+Z 撤销，Ctrl+Y 重做。讲话稿原文不会被修改，调整保存在 <code>${escapeHtml(data.sidecarFile)}</code>。</p>
  </aside>
</div>`;
}

const changed = (view: PieceView) => view.piece.corrected || view.piece.relabelled;

function chip(view: PieceView): string {
  const parts = [escapeHtml(view.tag), view.owner && escapeHtml(view.owner), view.piece.label && `“${escapeHtml(view.piece.label)}”`, changed(view) && '已调整'];
  return `<span class="ed-chip role-${view.piece.role}${changed(view) ? ' corrected' : ''}">${parts.filter(Boolean).join(' · ')}</span>`;
}

/** A paragraph with a chip at each piece that starts in it, and its sentences clickable. */
function paragraphHtml(model: EditorModel, cursor: Place, para: number): string {
  const text = model.structure!.paragraphs[para].text;
  const stops = model.stops(para);
  const views = new Map(model.views.filter((v) => v.piece.para === para).map((v) => [v.piece.at, v]));
  const parts = stops.map((at, k) => {
    const end = stops[k + 1] ?? text.length;
    const view = views.get(at);
    const selected = cursor.para === para && cursor.at === at;
    return `<span class="ed-sent${selected ? ' selected' : ''}" data-para="${para}" data-at="${at}">${view ? chip(view) : ''}${escapeHtml(text.slice(at, end))}</span>`;
  });
  const current = cursor.para === para;
  return `<div class="ed-para role-${views.get(0)?.piece.role ?? 'body'}${current ? ' current' : ''}" data-para="${para}" aria-current="${current}"><p>${parts.join('')}</p></div>`;
}

/** The text pane: every paragraph, or why this speech cannot be corrected here. */
export function textHtml(model: EditorModel, cursor: Place): string {
  const structure = model.structure;
  if (structure) return structure.paragraphs.map((_, i) => paragraphHtml(model, cursor, i)).join('');
  const why =
    model.data.format === 'md'
      ? '这是 Markdown 讲话稿：它的结构由 #、##、### 标题决定，请直接修改文件里的标题。'
      : '这份讲话稿太长，不像一篇讲话，无法在这里调整结构。';
  return `<p class="ed-unavailable">${escapeHtml(why)}</p>`;
}

/** Every slide of the deck, in order. */
export function slidesOf(model: EditorModel): Slide[] {
  return model.compiled.deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
}

/** The slide that shows a piece: the first whose spoken text holds its words (the title: slide 1). */
export function slideFor(model: EditorModel, view: PieceView | undefined): { slide: Slide; index: number } {
  const all = slidesOf(model);
  const words = view?.text.trim().slice(0, 12) ?? '';
  const index = view && view.piece.role !== 'title' && words ? all.findIndex((s) => s.notes.includes(words)) : 0;
  return { slide: all[Math.max(0, index)], index: Math.max(0, index) };
}
