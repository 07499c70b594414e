// A small element builder for the home page: text is always set as text, never as HTML, so
// nothing from a speech (its title, its file name) can become markup.
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | ((e: Event) => void)> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(key, '');
    else if (value !== false) el.setAttribute(key, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

export function button(label: string, onclick: (e: Event) => void, extra: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: 'button', onclick, ...extra }, label);
}

/** A modal dialog: Esc and 取消 close it, focus goes back where it was, and it is removed after. */
export function openDialog(title: string, ...content: Child[]): HTMLDialogElement {
  const back = document.activeElement as HTMLElement | null;
  const dialog = h('dialog', { class: 'panel', 'aria-label': title }, h('h3', {}, title), ...content);
  dialog.addEventListener('close', () => {
    dialog.remove();
    back?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** One line in the messages list, naming its file; errors stay until closed. */
export function say(text: string, kind: 'ok' | 'error' = 'ok', ...actions: HTMLElement[]): HTMLLIElement {
  const list = document.getElementById('messages')!;
  const item = h('li', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('span', {}, text), ...actions);
  item.append(button('×', () => item.remove(), { 'aria-label': '关闭这条消息', class: 'button close' }));
  list.prepend(item);
  return item;
}
