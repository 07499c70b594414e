// The panels a card opens: 设置 (saved into the deck's sidecar), 重命名, 删除 (confirmed, then
// 撤销), 导出 (progress from the server, then the file). Each is a modal dialog: Esc closes it.
import { call, deckPath, download, events } from './home-api.js';
import { button, h, openDialog, say } from './home-dom.js';

export interface CardDeck {
  name: string;
  title?: string;
}

type Settings = Record<string, string | number>;
interface Source {
  sidecar: { settings: Settings };
}

const THEMES: [string, string][] = [
  ['', '默认（按讲话稿里的设置，否则党政红）'],
  ['dangzheng', '党政红'],
  ['light', '简洁浅色'],
];

const FIELDS: { key: string; label: string; hint: string; type?: string }[] = [
  { key: 'speaker', label: '讲话人', hint: '例如：张三' },
  { key: 'unit', label: '单位', hint: '例如：办公室' },
  { key: 'date', label: '日期', hint: '例如：2026-12-01' },
  { key: 'rate', label: '语速（字/分）', hint: '60 到 400，常用 180', type: 'number' },
];

function field(label: string, input: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}

function actions(...buttons: HTMLElement[]): HTMLDivElement {
  return h('div', { class: 'actions' }, ...buttons);
}

function closeButton(dialog: () => HTMLDialogElement, label = '取消'): HTMLButtonElement {
  return button(label, () => dialog().close());
}

export async function openSettings(deck: CardDeck, refresh: () => void): Promise<void> {
  let current: Settings;
  try {
    current = (await call<Source>('GET', `${deckPath(deck.name)}/source`)).sidecar.settings;
  } catch (error) {
    say(`「${deck.name}」的设置打不开：${(error as Error).message}`, 'error');
    return;
  }
  const theme = h('select', { name: 'theme' }, ...THEMES.map(([value, label]) => h('option', { value, selected: current.theme === value }, label)));
  const inputs = FIELDS.map((f) => h('input', { name: f.key, type: f.type ?? 'text', placeholder: f.hint, value: String(current[f.key] ?? ''), ...(f.type ? { min: '60', max: '400' } : {}) }));
  const status = h('p', { class: 'status', role: 'status' });
  const form = h('form', { method: 'dialog' }, field('主题', theme), ...inputs.map((input, i) => field(FIELDS[i].label, input)), status);
  const save = h('button', { type: 'submit', class: 'button primary' }, '保存');
  form.append(actions(save, closeButton(() => dialog)));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const settings: Settings = { ...current, theme: theme.value };
    inputs.forEach((input, i) => (settings[FIELDS[i].key] = FIELDS[i].type === 'number' && input.value ? Number(input.value) : input.value));
    try {
      const answer = await call<{ diagnostics: { message: string }[] }>('PUT', `${deckPath(deck.name)}/sidecar`, { settings });
      if (answer.diagnostics.length) {
        status.textContent = answer.diagnostics.map((d) => d.message).join(' ');
        return;
      }
      dialog.close();
      say(`已保存「${deck.name}」的设置。`);
      refresh();
    } catch (error) {
      status.textContent = (error as Error).message;
    }
  });
  const dialog = openDialog(`「${deck.title ?? deck.name}」的设置`, h('p', { class: 'hint' }, '保存在讲话稿旁的 .lectern.yaml 文件里，讲话稿原文不改；这里的设置优先于讲话稿开头的设置。'), form);
}

export function openRename(deck: CardDeck, refresh: () => void): void {
  const input = h('input', { name: 'to', value: deck.name, required: true, 'aria-label': '新名称' });
  const status = h('p', { class: 'status', role: 'status' });
  const form = h('form', { method: 'dialog' }, field('新名称', input), status, actions(h('button', { type: 'submit', class: 'button primary' }, '改名'), closeButton(() => dialog)));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const { name } = await call<{ name: string }>('POST', `${deckPath(deck.name)}/rename`, { to: input.value });
      dialog.close();
      say(`已把「${deck.name}」改名为「${name}」。`);
      refresh();
    } catch (error) {
      status.textContent = (error as Error).message;
    }
  });
  const dialog = openDialog(`给「${deck.name}」改名`, form);
  input.select();
}

export function openDelete(deck: CardDeck, refresh: () => void): void {
  const remove = button('删除', async () => {
    dialog.close();
    try {
      const { trash, message } = await call<{ trash: string; message: string }>('POST', `${deckPath(deck.name)}/delete`);
      const undo = button('撤销', async () => {
        item.remove();
        try {
          say((await call<{ message: string }>('POST', `/trash/${encodeURIComponent(trash)}/restore`)).message);
        } catch (error) {
          say((error as Error).message, 'error');
        }
        refresh();
      });
      const item = say(message, 'ok', undo);
      refresh();
    } catch (error) {
      say((error as Error).message, 'error');
    }
  }, { class: 'button danger' });
  const dialog = openDialog(
    `删除「${deck.title ?? deck.name}」？`,
    h('p', {}, `讲话稿「${deck.name}」和它的设置会移到 slides/.lectern-trash/ 文件夹，删除后可以撤销。`),
    actions(remove, closeButton(() => dialog)),
  );
  remove.focus();
}

const KINDS: [string, string][] = [
  ['pdf', 'PDF'],
  ['notes-pdf', '讲稿备注 PDF'],
  ['handout', '讲稿版 PDF（A4）'],
  ['pptx', 'PPTX'],
  ['html', '单个 HTML 文件'],
  ['zip', '静态文件夹 .zip'],
];

const basename = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function openExport(deck: CardDeck): void {
  const progress = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, '请选择要导出的格式。');
  const result = h('div', { class: 'result' });
  const kinds = KINDS.map(([kind, label]) => button(label, () => run(kind, label), { 'data-kind': kind }));
  const run = async (kind: string, label: string) => {
    kinds.forEach((b) => (b.disabled = true));
    result.replaceChildren();
    progress.textContent = `正在导出${label}…`;
    const done = () => kinds.forEach((b) => (b.disabled = false));
    try {
      const started = await call<{ events: string }>('POST', `${deckPath(deck.name)}/exports`, { kind });
      const stream = events(started.events);
      stream.addEventListener('step', (e) => (progress.textContent = JSON.parse((e as MessageEvent).data).message));
      stream.addEventListener('failed', (e) => {
        stream.close();
        progress.textContent = JSON.parse((e as MessageEvent).data).message;
        done();
      });
      stream.addEventListener('done', (e) => {
        stream.close();
        const { url, file, message } = JSON.parse((e as MessageEvent).data) as { url: string; file: string; message: string };
        progress.textContent = message;
        const save = button(`下载「${basename(file)}」`, () => download(url, basename(file)).catch((error) => (progress.textContent = (error as Error).message)), { class: 'button primary', 'data-download': '' });
        result.replaceChildren(save);
        save.focus();
        done();
      });
      stream.onerror = () => {
        if (stream.readyState === EventSource.CLOSED) done();
      };
    } catch (error) {
      progress.textContent = (error as Error).message;
      done();
    }
  };
  const dialog = openDialog(`导出「${deck.title ?? deck.name}」`, h('div', { class: 'kinds' }, ...kinds), progress, actions(result, closeButton(() => dialog, '关闭')));
  kinds[0].focus();
}
