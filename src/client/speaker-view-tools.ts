// Lectern's additions to reveal's speaker view window (opened by the notes plugin): the notes'
// font size (A−/A+ or the − and + keys), remembered for the next time, and the reading view.
// The window's slide preview is the deck itself in an iframe, and the window passes every key
// to it: R there opens the preview's own reading view, which tells this window, and the
// preview then fills the window, so the presenter reads there while the audience's screen
// keeps the slides. The arrow keys go on driving both, as they do in the speaker view.
import { READING_MESSAGE } from './reading-view.js';

/** Notes font sizes, in em of the controls' type; reveal's own size is 1.2. */
export const NOTES_SIZES = [0.9, 1, 1.2, 1.4, 1.7, 2, 2.4, 2.8, 3.4];
const DEFAULT_SIZE = 1.2;
const SIZE_STORE = 'lectern-notes-size';
const KEY_R = 82;

const STYLE = `
.lectern-speaker-tools { display: flex; align-items: center; gap: 6px; padding: 8px 16px; font-size: 14px; color: #666;
  border-bottom: 1px solid rgba(200, 200, 200, 0.5); }
.lectern-speaker-tools button { font: inherit; padding: 2px 10px; border: 1px solid #bbb; border-radius: 4px; background: #fff; color: #222; cursor: pointer; }
.lectern-speaker-tools .lectern-notes-size { min-width: 3.5em; text-align: center; font-variant-numeric: tabular-nums; }
.lectern-speaker-tools .lectern-reading-open { margin-left: auto; }
body.lectern-reading #current-slide { display: block; position: fixed; inset: 0; width: 100%; height: 100%; padding: 0; z-index: 30; }
body.lectern-reading #current-slide iframe { border: 0; }
`;

/** The stored size, or reveal's own when none is stored (or storage is refused). */
function storedSize(speaker: Window): number {
  try {
    const size = Number(speaker.localStorage.getItem(SIZE_STORE));
    return NOTES_SIZES.includes(size) ? size : DEFAULT_SIZE;
  } catch {
    return DEFAULT_SIZE;
  }
}

/** The size `step` places up (+1) or down (−1) from `size`, kept within NOTES_SIZES. */
export function stepSize(size: number, step: number): number {
  const at = Math.max(0, NOTES_SIZES.indexOf(size));
  return NOTES_SIZES[Math.min(NOTES_SIZES.length - 1, Math.max(0, at + step))];
}

function button(doc: Document, className: string, text: string, title: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.title = title;
  return b;
}

export function addSpeakerTools(speaker: Window): void {
  const doc = speaker.document;
  const controls = doc.getElementById('speaker-controls');
  if (!controls || doc.querySelector('.lectern-speaker-tools')) return;
  const style = doc.createElement('style');
  style.textContent = STYLE;
  doc.head.append(style);

  const bar = doc.createElement('div');
  bar.className = 'lectern-speaker-tools';
  const label = doc.createElement('span');
  label.textContent = '讲稿字号';
  const smaller = button(doc, 'lectern-notes-smaller', 'A−', '缩小讲稿字号（−）');
  const readout = doc.createElement('span');
  readout.className = 'lectern-notes-size';
  const larger = button(doc, 'lectern-notes-larger', 'A+', '放大讲稿字号（+）');
  const reading = button(doc, 'lectern-reading-open', '读稿模式（R）', '在本窗口打开读稿模式（R），Esc 关闭');
  bar.append(label, smaller, readout, larger, reading);
  controls.prepend(bar);

  let size = storedSize(speaker);
  const apply = () => {
    const notes = doc.querySelector<HTMLElement>('.speaker-controls-notes .value');
    if (notes) notes.style.fontSize = `${size}em`;
    readout.textContent = `${Math.round((size / DEFAULT_SIZE) * 100)}%`;
  };
  const resize = (step: number) => {
    size = stepSize(size, step);
    apply();
    try {
      speaker.localStorage.setItem(SIZE_STORE, String(size));
    } catch {
      // Storage refused: the size lasts while the window is open.
    }
  };
  apply();
  // Buttons lose focus after a click: the window passes Space to the deck, which a focused button would also take.
  smaller.addEventListener('click', () => (resize(-1), smaller.blur()));
  larger.addEventListener('click', () => (resize(1), larger.blur()));
  doc.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '-' || e.key === '_') resize(-1);
    else if (e.key === '+' || e.key === '=') resize(1);
  });

  const preview = () => doc.querySelector<HTMLIFrameElement>('#current-slide iframe')?.contentWindow ?? null;
  reading.addEventListener('click', () => {
    preview()?.postMessage(JSON.stringify({ method: 'triggerKey', args: [KEY_R] }), '*');
    reading.blur();
  });
  speaker.addEventListener('message', (e) => {
    if (e.source === null || e.source !== preview() || typeof e.data !== 'string') return;
    let data: { namespace?: string; type?: string; open?: boolean } | null = null;
    try {
      data = JSON.parse(e.data);
    } catch {
      return;
    }
    if (data?.namespace === READING_MESSAGE.namespace && data.type === READING_MESSAGE.type) doc.body.classList.toggle('lectern-reading', data.open === true);
  });
}
