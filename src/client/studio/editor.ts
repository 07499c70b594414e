// The structure editor (调整结构): the speech as its paragraphs, each tagged with its role; a
// live preview of the slide under the cursor; roles, points inside a paragraph and short labels
// changed by click or key; undo and redo; saved as corrections in the deck's sidecar.
import '../theme/base.css';
import '../theme/dangzheng.css';
import '../theme/light.css';
import './editor.css';
import type { Place } from '../../core/corrections/anchors.js';
import { withLabel, withoutParagraph, withoutPlace, withRole } from '../../core/corrections/edit.js';
import type { UserRole } from '../../core/corrections/types.js';
import { escapeHtml } from '../../core/render/render.js';
import { editorSkeleton, ROLE_KEYS, slideFor, slidesOf, textHtml } from './editor-markup.js';
import { EditorModel, type EditorData, type PieceView } from './editor-model.js';
import { SidecarSaver } from './editor-save.js';


const data = JSON.parse(document.getElementById('lectern-editor')!.textContent!) as EditorData;
const model = new EditorModel(data);
const saver = new SidecarSaver(data, (state) => renderSaveState(state));
let cursor: Place = { para: 0, at: 0 };
/** Bumped on every render of the preview: tests and the benchmark wait for it. */
let version = 0;

const root = document.getElementById('editor')!;
root.innerHTML = editorSkeleton(data);

const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
const textPane = $<HTMLElement>('.ed-text');
const labelForm = $<HTMLFormElement>('.ed-label');
const labelInput = labelForm.querySelector('input')!;
$('.ed-title').textContent = model.compiled.deck.title || data.name;
document.title = `调整结构 · ${model.compiled.deck.title || data.name}`;

function selectedView(): PieceView | undefined {
  return model.viewAt(cursor);
}

/** The deck's markup, parsed once per compile (a long speech's is half a megabyte). */
let markup: { html: string; sections: Map<string, Element> } | null = null;

function sectionOf(id: string): Element | undefined {
  if (markup?.html !== model.compiled.html) {
    const template = document.createElement('template');
    template.innerHTML = model.compiled.html;
    markup = { html: model.compiled.html, sections: new Map([...template.content.querySelectorAll('section[id]')].map((s) => [s.id, s])) };
  }
  const section = markup.sections.get(id)?.cloneNode(true) as Element | undefined;
  section?.querySelectorAll('section, aside.notes').forEach((n) => n.remove());
  return section;
}

function renderPreview(): void {
  const { slide, index } = slideFor(model, selectedView());
  const section = sectionOf(slide.id);
  const stage = $<HTMLElement>('.ed-stage');
  stage.innerHTML = `<div class="reveal" data-theme="${escapeHtml(model.compiled.deck.options.theme)}"><div class="slides"></div></div>`;
  if (section) stage.querySelector('.slides')!.append(section);
  $('.ed-where').textContent = `预览：第 ${index + 1} 页 / 共 ${slidesOf(model).length} 页`;
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
  const { slide } = slideFor(model, view);
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
  textPane.innerHTML = textHtml(model, cursor);
  textPane.querySelector('.ed-sent.selected')?.scrollIntoView({ block: 'nearest' });
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

function editLabel(): void {
  if (labelInput.disabled) return;
  labelInput.focus();
  // Typing replaces the label shown; the arrow keys still move inside it.
  labelInput.select();
}

/** The keys, as a table: which key (with Ctrl/⌘ or not), and what it does. */
const KEYS: ReadonlyArray<{ keys: readonly string[]; ctrl?: boolean; shift?: boolean; run: (key: string) => void }> = [
  { keys: ['z', 'Z'], ctrl: true, shift: false, run: undo },
  { keys: ['y', 'Y'], ctrl: true, run: redo },
  { keys: ['z', 'Z'], ctrl: true, shift: true, run: redo },
  { keys: ['ArrowDown'], run: () => move(cursor.para + 1) },
  { keys: ['ArrowUp'], run: () => move(cursor.para - 1) },
  { keys: ['ArrowRight'], run: () => step(1) },
  { keys: ['ArrowLeft'], run: () => step(-1) },
  { keys: ROLE_KEYS.map((_, i) => String(i + 1)), run: (key) => setRole(ROLE_KEYS[Number(key) - 1]) },
  { keys: ['Delete', 'Backspace'], run: reset },
  { keys: ['l', 'L'], run: editLabel },
];

document.addEventListener('keydown', (event) => {
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.altKey) return;
  const ctrl = event.ctrlKey || event.metaKey;
  const row = KEYS.find((k) => k.keys.includes(event.key) && !!k.ctrl === ctrl && (k.shift === undefined || k.shift === event.shiftKey));
  if (!row) return;
  event.preventDefault();
  row.run(event.key);
});

window.addEventListener('resize', fitPreview);
render();
textPane.focus();
(window as unknown as { lecternEditor: unknown }).lecternEditor = { model, saver, get version() { return version; } };
