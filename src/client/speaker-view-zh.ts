// reveal.js's speaker view (notes plugin) writes its labels in English into a window it opens.
// The people presenting read Chinese: catch that window as it opens and translate its labels,
// show its clock on the 24-hour dial, and add Lectern's tools to it (speaker-view-tools.ts).
import { addSpeakerTools } from './speaker-view-tools.js';

/** Exact texts of the speaker view's labels and layout names, and what they say in Chinese. */
const LABELS: Record<string, string> = {
  'Loading speaker view...': '正在打开演讲者视图…',
  Upcoming: '下一页',
  'Time ': '时间 ',
  'Click to Reset': '点击重置',
  'Pacing – Time to finish current slide': '节奏：本页剩余时间',
  Notes: '讲稿备注',
  Default: '默认',
  Wide: '宽屏',
  Tall: '上下',
  'Notes only': '仅备注',
  // What the window says when it cannot reach the deck.
  'Error connecting to main window.': '连接不上幻灯片窗口。',
  'Please try closing and reopening the speaker view.': '请关闭本窗口，回到幻灯片再按 S 打开。',
  'Cross origin error.': '无法连接幻灯片窗口。',
  'The speaker window can only be opened from the same origin.': '演讲者视图只能由它所属的幻灯片打开。',
};
/** The window's own title and language (its page says lang="en", which picks the wrong CJK glyphs). */
const WINDOW_TITLE = '演讲者视图';
const LAYOUT = /^Layout: ?/;
/** The plugin's clock, written every second as en-US 12-hour time: 「09:05 PM」 (the space may be U+202F); not 「21:05」. */
const CLOCK_12H = /^(\d{1,2}):(\d{2})\s?(AM|PM)$/;

/** 「09:05 PM」 → 「21:05」, 「12:30 AM」 → 「00:30」; any other text is left as it is. */
export function to24Hour(text: string): string {
  const m = CLOCK_12H.exec(text.trim());
  if (!m) return text;
  const hour = (Number(m[1]) % 12) + (m[3] === 'PM' ? 12 : 0);
  return `${String(hour).padStart(2, '0')}:${m[2]}`;
}
/** The name the notes plugin gives its window. */
const SPEAKER_WINDOW = 'reveal.js - Notes';

function translate(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const clock = node.parentElement?.classList.contains('clock-value') ? to24Hour(text) : null;
    const zh = LABELS[text] ?? clock ?? (LAYOUT.test(text) ? text.replace(LAYOUT, '布局：').replace(/Default|Wide|Tall|Notes only/, (m) => LABELS[m]) : null);
    if (zh !== null && zh !== text) node.nodeValue = zh;
  }
}

/** Translates the speaker window now and whenever the plugin rewrites part of it. */
function watch(speaker: Window): void {
  let tries = 0;
  const start = () => {
    const body = speaker.document?.body;
    // The plugin fills the window after opening it; wait (at most 5 s) for its controls.
    if (!body || !speaker.document.getElementById('speaker-controls')) {
      if (++tries < 100) setTimeout(start, 50);
      return;
    }
    speaker.document.title = WINDOW_TITLE;
    speaker.document.documentElement.lang = 'zh-CN';
    translate(body);
    addSpeakerTools(speaker);
    new (speaker as typeof window).MutationObserver((changes) => changes.forEach((c) => translate(c.target))).observe(body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  };
  start();
}

export function translateSpeakerView(host: Window): void {
  const open = host.open.bind(host);
  host.open = (...args: Parameters<Window['open']>) => {
    const opened = open(...args);
    if (opened && args[1] === SPEAKER_WINDOW) watch(opened);
    return opened;
  };
}
