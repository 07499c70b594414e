// The structure editor (调整结构): the speech as its paragraphs, each tagged with its role; a
// live preview of the slide under the cursor; roles, points inside a paragraph and short labels
// changed by click or key; undo and redo; saved as corrections in the deck's sidecar.
import '../theme/base.css';
import '../theme/dangzheng.css';
import '../theme/light.css';
import './editor.css';
import type { Place } from '../../core/corrections/anchors.js';
import { withLabel, withoutParagraph, withoutPlace, withRole } from '../../core/corrections/edit.js';
import { ROLE_NAMES, type UserRole } from '../../core/corrections/types.js';
import { escapeHtml } from '../../core/render/render.js';
import type { Slide } from '../../core/types.js';
import { EditorModel, type EditorData, type PieceView } from './editor-model.js';
import { SidecarSaver } from './editor-save.js';

/** The role buttons in key order: 1 标题 … 9 结尾. */
const ROLE_KEYS: readonly UserRole[] = ['title', 'subtitle', 'meta', 'salutation', 'opening', 'theme', 'point', 'body', 'closing'];

const data = JSON.parse(document.getElementById('lectern-editor')!.textContent!) as EditorData;
const model = new EditorModel(data);
const saver = new SidecarSaver(data, (state) => renderSaveState(state));
let cursor: Place = { para: 0, at: 0 };
/** Bumped on every render of the preview: tests and the benchmark wait for it. */
let version = 0;

const root = document.getElementById('editor')!;
root.innerHTML = `
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

const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
const textPane = $<HTMLElement>('.ed-text');
const labelForm = $<HTMLFormElement>('.ed-label');
const labelInput = labelForm.querySelector('input')!;
$('.ed-title').textContent = model.compiled.deck.title || data.name;
document.title = `调整结构 · ${model.compiled.deck.title || data.name}`;

function selectedView(): PieceView | undefined {
  return model.viewAt(cursor);
}

const changed = (view: PieceView) => view.piece.corrected || view.piece.relabelled;

/** A paragraph with a chip at each piece that starts in it, and its sentences clickable. */
function paragraphHtml(para: number): string {
  const text = model.structure!.paragraphs[para].text;
  const stops = model.stops(para);
  const views = new Map(model.views.filter((v) => v.piece.para === para).map((v) => [v.piece.at, v]));
  const parts = stops.map((at, k) => {
    const end = stops[k + 1] ?? text.length;
    const view = views.get(at);
    const selected = cursor.para === para && cursor.at === at;
    const chip = view
      ? `<span class="ed-chip role-${view.piece.role}${changed(view) ? ' corrected' : ''}">${escapeHtml(view.tag)}${view.owner ? ` · ${escapeHtml(view.owner)}` : ''}${view.piece.label ? ` · “${escapeHtml(view.piece.label)}”` : ''}${changed(view) ? ' · 已调整' : ''}</span>`
      : '';
    return `<span class="ed-sent${selected ? ' selected' : ''}" data-para="${para}" data-at="${at}">${chip}${escapeHtml(text.slice(at, end))}</span>`;
  });
  const first = views.get(0);
  return `<div class="ed-para role-${first?.piece.role ?? 'body'}${cursor.para === para ? ' current' : ''}" data-para="${para}" aria-current="${cursor.para === para}"><p>${parts.join('')}</p></div>`;
}

function renderText(): void {
  const structure = model.structure;
  if (!structure) {
    textPane.innerHTML = `<p class="ed-unavailable">${escapeHtml(unavailable())}</p>`;
    return;
  }
  textPane.innerHTML = structure.paragraphs.map((_, i) => paragraphHtml(i)).join('');
  textPane.querySelector('.ed-sent.selected')?.scrollIntoView({ block: 'nearest' });
}

function unavailable(): string {
  if (data.format === 'md') return '这是 Markdown 讲话稿：它的结构由 #、##、### 标题决定，请直接修改文件里的标题。';
  return '这份讲话稿太长，不像一篇讲话，无法在这里调整结构。';
}

/** Every slide of the deck, in order. */
function slides(): Slide[] {
  return model.compiled.deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
}

/** The slide that shows the piece under the cursor: the first whose spoken text holds its words. */
function slideFor(view: PieceView | undefined): { slide: Slide; index: number } {
  const all = slides();
  const words = view?.text.trim().slice(0, 12) ?? '';
  const index = view && view.piece.role !== 'title' && words ? all.findIndex((s) => s.notes.includes(words)) : 0;
  return { slide: all[Math.max(0, index)], index: Math.max(0, index) };
}

const markup = document.createElement('template');

function renderPreview(): void {
  const { slide, index } = slideFor(selectedView());
  markup.innerHTML = model.compiled.html;
  const section = markup.content.querySelector(`section[id="${CSS.escape(slide.id)}"]`);
  const stage = $<HTMLElement>('.ed-stage');
  stage.innerHTML = `<div class="reveal" data-theme="${escapeHtml(model.compiled.deck.options.theme)}"><div class="slides"></div></div>`;
  if (section) {
    section.querySelectorAll('section, aside.notes').forEach((n) => n.remove());
    stage.querySelector('.slides')!.append(section);
  }
  $('.ed-where').textContent = `预览：第 ${index + 1} 页 / 共 ${slides().length} 页`;
  version++;
  root.dataset.version = String(version);
  fitPreview();
}

function fitPreview(): void {
  const box = $<HTMLElement>('.ed-preview');
  box.style.setProperty('--scale', String(box.clientWidth / 1280));
}

function renderNotes(): void {
  const notes = [...data.sidecarProblems, ...model.compiled.outline.diagnostics.filter((d) => d.source === 'sidecar').map((d) => d.message)];
  $('.ed-notes').innerHTML = notes.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
}

function renderTools(): void {
  const view = selectedView();
  const editable = !!model.structure;
  root.querySelectorAll<HTMLButtonElement>('button[data-role]').forEach((b) => {
    b.disabled = !editable;
    b.setAttribute('aria-pressed', String(!!view && view.piece.role === b.dataset.role && view.piece.at === cursor.at));
  });
  $<HTMLButtonElement>('[data-act="undo"]').disabled = !model.canUndo;
  $<HTMLButtonElement>('[data-act="redo"]').disabled = !model.canRedo;
  const labelled = view && view.piece.at === cursor.at && view.piece.para === cursor.para && (view.piece.role === 'theme' || view.piece.role === 'point');
  labelInput.disabled = !labelled;
  labelForm.querySelector('button')!.disabled = !labelled;
  if (document.activeElement !== labelInput) labelInput.value = labelled ? currentLabel(view!) : '';
}

/** What the slide shows as the heading of the selected theme or point. */
function currentLabel(view: PieceView): string {
  if (view.piece.label) return view.piece.label;
  const { slide } = slideFor(view);
  return slide.blocks.find((b) => b.type === 'heading')?.text ?? '';
}

/** After a change the cursor may stand where no stop is any more (a piece undone): the stop before. */
function snapCursor(): void {
  const stops = model.stops(cursor.para);
  if (stops.includes(cursor.at)) return;
  cursor = { para: cursor.para, at: stops.filter((at) => at <= cursor.at).pop() ?? 0 };
}

function render(): void {
  snapCursor();
  renderText();
  renderPreview();
  renderNotes();
  renderTools();
}

function renderSaveState(state: string): void {
  $('.ed-save').textContent = state;
}

function apply(next: ReturnType<typeof withRole>): void {
  if (model.change(next)) saver.save(model.corrections);
  render();
}

function undo(): void {
  if (!model.undo()) return;
  saver.save(model.corrections);
  render();
}

function redo(): void {
  if (!model.redo()) return;
  saver.save(model.corrections);
  render();
}

function paragraphs() {
  return model.structure?.paragraphs ?? [];
}

function setRole(role: UserRole): void {
  if (model.structure) apply(withRole(model.corrections, paragraphs(), cursor, role));
}

function reset(): void {
  if (!model.structure) return;
  apply(cursor.at === 0 ? withoutParagraph(model.corrections, paragraphs(), cursor.para) : withoutPlace(model.corrections, paragraphs(), cursor));
}

function move(para: number, at = 0): void {
  const count = paragraphs().length;
  if (count === 0) return;
  cursor = { para: Math.max(0, Math.min(count - 1, para)), at };
  render();
}

function step(direction: 1 | -1): void {
  const stops = model.stops(cursor.para);
  const before = stops.filter((at) => at < cursor.at).length;
  const k = direction > 0 ? stops.findIndex((at) => at > cursor.at) : before - 1;
  if (k >= 0) return move(cursor.para, stops[k]);
  if (direction < 0 && cursor.para > 0) {
    const before = model.stops(cursor.para - 1);
    return move(cursor.para - 1, before[before.length - 1]);
  }
  if (direction > 0) move(cursor.para + 1, 0);
}

textPane.addEventListener('click', (event) => {
  const sentence = (event.target as Element).closest<HTMLElement>('.ed-sent');
  if (sentence) move(Number(sentence.dataset.para), Number(sentence.dataset.at));
  textPane.focus({ preventScroll: true });
});

root.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button');
  if (!button || button.disabled) return;
  if (button.dataset.role) setRole(button.dataset.role as UserRole);
  else if (button.dataset.act === 'undo') undo();
  else if (button.dataset.act === 'redo') redo();
  else if (button.dataset.act === 'reset') reset();
  else if (button.dataset.act === 'reset-all' && model.corrections.length > 0 && confirm('撤销这篇讲话稿的全部结构调整，恢复自动识别？（之后仍可按“撤销”找回）')) apply([]);
});

labelForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!model.structure || labelInput.disabled) return;
  const view = selectedView()!;
  const words = labelInput.value;
  // Saving the heading the slide already shows is no correction.
  const unchanged = !view.piece.label && words.trim() === currentLabel(view);
  if (!unchanged) apply(withLabel(model.corrections, paragraphs(), cursor, words));
  textPane.focus({ preventScroll: true });
});

labelInput.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    // Back to the label the slide shows: nothing typed is kept.
    textPane.focus({ preventScroll: true });
    renderTools();
  }
});

document.addEventListener('keydown', (event) => {
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
  const key = event.key;
  const ctrl = event.ctrlKey || event.metaKey;
  let handled = true;
  if (ctrl && (key === 'z' || key === 'Z') && !event.shiftKey) undo();
  else if (ctrl && (key === 'y' || key === 'Y' || ((key === 'z' || key === 'Z') && event.shiftKey))) redo();
  else if (ctrl || event.altKey) handled = false;
  else if (key === 'ArrowDown') move(cursor.para + 1);
  else if (key === 'ArrowUp') move(cursor.para - 1);
  else if (key === 'ArrowRight') step(1);
  else if (key === 'ArrowLeft') step(-1);
  else if (/^[1-9]$/.test(key)) setRole(ROLE_KEYS[Number(key) - 1]);
  else if (key === 'Delete' || key === 'Backspace') reset();
  else if (key === 'l' || key === 'L') {
    if (!labelInput.disabled) {
      labelInput.focus();
      // Typing replaces the label shown; the arrow keys still move inside it.
      labelInput.select();
    }
  } else handled = false;
  if (handled) event.preventDefault();
});

window.addEventListener('resize', fitPreview);
render();
textPane.focus();
(window as unknown as { lecternEditor: unknown }).lecternEditor = { model, saver, get version() { return version; } };
