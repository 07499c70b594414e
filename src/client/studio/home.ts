// The home page of `npm run dev`: every deck in slides/ as a card, a drop zone and a file
// picker that add speeches, and per deck 演示, 调整结构, 设置, 重命名, 删除 and 导出. Cards come
// from the API and fill in as their decks compile; the server tells the page when they change.
import './studio.css';
// The API's card type only: erased in the browser, so no server code reaches it.
import type { DeckCard as Card } from '../../node/studio/decks-api.js';
import { call, deckPath } from './home-api.js';
import { button, h, say } from './home-dom.js';
import { openDelete, openExport, openRename, openSettings } from './home-panels.js';

const cards = document.getElementById('cards')!;
const FORMATS: Record<string, string> = { txt: '文本', md: 'Markdown', docx: 'Word' };

function facts(card: Card): HTMLElement {
  if (card.pending) return h('p', { class: 'facts' }, '正在生成幻灯片…');
  if (card.problem) return h('p', { class: 'facts problem' }, card.problem);
  const count = card.diagnostics?.length ?? 0;
  const line = h('p', { class: 'facts' }, `${card.slides} 页 · 约 ${card.minutes} 分钟 · `);
  if (count === 0) line.append('无提示');
  else line.append(h('details', {}, h('summary', {}, `提示 ${count} 条`), h('ul', {}, ...card.diagnostics!.map((d) => h('li', {}, d)))));
  return line;
}

function renderCard(card: Card): HTMLLIElement {
  const href = `/${encodeURIComponent(card.name)}/`;
  const refresh = () => void loadCards();
  return h(
    'li',
    { class: 'card', 'data-deck': card.name, 'aria-busy': card.pending ? 'true' : 'false' },
    h('h3', {}, card.title ?? card.name),
    h('p', { class: 'file' }, `${card.file}（${FORMATS[card.format] ?? card.format}${card.hasSidecar ? '，有设置或调整' : ''}）`),
    facts(card),
    h(
      'div',
      { class: 'actions' },
      h('a', { class: 'button primary', href }, '演示'),
      h('a', { class: 'button', href: `${href}edit` }, '调整结构'),
      button('设置', () => void openSettings(card, refresh)),
      button('导出', () => openExport(card)),
      button('重命名', () => openRename(card, refresh)),
      button('删除', () => openDelete(card, refresh), { class: 'button danger' }),
    ),
  );
}

let loading = 0;

/** Draws every card at once, then fills in those whose decks were still compiling. */
async function loadCards(): Promise<void> {
  const run = ++loading;
  let list: Card[];
  try {
    list = (await call<{ decks: Card[] }>('GET', '/decks')).decks;
  } catch (error) {
    say((error as Error).message, 'error');
    return;
  }
  if (run !== loading) return;
  cards.replaceChildren(...list.map(renderCard));
  document.getElementById('empty')!.hidden = list.length > 0;
  document.getElementById('studio')!.setAttribute('aria-busy', 'false');
  for (const card of list.filter((c) => c.pending)) {
    call<Card>('GET', deckPath(card.name)).then(
      (full) => run === loading && cards.querySelector(`[data-deck="${CSS.escape(card.name)}"]`)?.replaceWith(renderCard(full)),
      () => undefined,
    );
  }
}

/** Each file is sent on its own, so one refused file (a picture) never stops the others. */
async function addFiles(files: File[]): Promise<void> {
  for (const file of files) {
    try {
      const answer = await call<{ message: string }>('POST', `/uploads?name=${encodeURIComponent(file.name)}`, file);
      say(answer.message);
    } catch (error) {
      say((error as Error).message, 'error');
    }
  }
  await loadCards();
}

const input = document.getElementById('files') as HTMLInputElement;
document.getElementById('pick')!.addEventListener('click', () => input.click());
input.addEventListener('change', () => {
  const files = [...(input.files ?? [])];
  input.value = '';
  void addFiles(files);
});

const drop = document.getElementById('drop')!;
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  void addFiles([...(e.dataTransfer?.files ?? [])]);
});
// A file dropped beside the zone would open in the tab and leave the page.
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => e.preventDefault());

// A speech added, edited or removed in the folder by any means: the cards follow.
let timer: ReturnType<typeof setTimeout> | undefined;
import.meta.hot?.on('lectern:decks', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void loadCards(), 200);
});

void loadCards();
