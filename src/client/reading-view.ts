// 读稿模式 (key R): the whole speech's spoken text in large type on the presenter's own screen,
// the current slide's paragraphs highlighted, the slides before and after it above and below.
// It is an overlay in the deck's own page, driven by reveal's API, so the arrow keys move the
// slides exactly as in the deck and the highlight follows. Built on first use only: a deck that
// is printed or never switched to reading carries none of it.
import type { RevealApi } from 'reveal.js';
import { buildReadingView, readSlide, type ReadingParts, type Tone } from './reading-markup.js';
import { formatElapsed, paceLabel, paceOf } from './reading-pace.js';
import './reading-view.css';

const KEY_R = 82;
const KEY_ESC = 27;
const TONE_STORE = 'lectern-reading-tone';
/** What the view tells the page it is framed in (the speaker view) when it opens or closes. */
export const READING_MESSAGE = { namespace: 'lectern', type: 'reading' } as const;

class ReadingView {
  private parts: ReadingParts | null = null;
  private slides: ReturnType<typeof readSlide>[] = [];
  private timer = 0;

  constructor(
    private readonly deck: RevealApi,
    private readonly host: Window,
    private readonly started: number,
  ) {}

  get isOpen(): boolean {
    return this.parts !== null && !this.parts.root.hidden;
  }

  toggle(): void {
    if (this.isOpen) this.close();
    else this.open();
  }

  open(): void {
    const parts = (this.parts ??= this.build());
    parts.root.hidden = false;
    // Esc closes the view while it is open; otherwise it stays reveal's (the overview).
    this.deck.addKeyBinding(KEY_ESC, () => this.close());
    this.follow(false);
    this.tick();
    this.timer = this.host.setInterval(() => this.tick(), 1000);
    this.announce(true);
  }

  close(): void {
    if (!this.parts || !this.isOpen) return;
    this.parts.root.hidden = true;
    this.deck.removeKeyBinding(KEY_ESC);
    this.host.clearInterval(this.timer);
    this.announce(false);
  }

  /** Moves the highlight to the deck's current slide and brings it into view. */
  follow(smooth: boolean): void {
    if (!this.parts || !this.isOpen) return;
    const index = this.deck.getSlides().indexOf(this.deck.getCurrentSlide());
    this.parts.where.textContent = `第 ${index + 1} / ${this.slides.length} 页`;
    this.parts.pace.textContent = paceLabel(paceOf(this.slides, index));
    this.parts.blocks.forEach((block, i) => block.classList.toggle('is-current', i === index));
    const current = this.parts.blocks[index];
    if (current) this.bringIntoView(current, smooth);
  }

  private tick(): void {
    if (this.parts) this.parts.elapsed.textContent = `已用时间 ${formatElapsed(Date.now() - this.started)}`;
  }

  private build(): ReadingParts {
    const sections = this.deck.getSlides();
    this.slides = sections.map(readSlide);
    const parts = buildReadingView(this.host.document, this.slides);
    parts.close.addEventListener('click', () => this.close());
    for (const button of parts.toneButtons) {
      button.addEventListener('click', () => {
        this.setTone(parts, button.dataset.tone as Tone);
        // A focused button would also take Space, which reveal uses for the next slide.
        button.blur();
      });
    }
    // A click on another slide's text goes to that slide.
    parts.blocks.forEach((block, i) =>
      block.addEventListener('click', () => {
        const { h, v } = this.deck.getIndices(sections[i]);
        this.deck.slide(h, v);
      }),
    );
    this.setTone(parts, this.storedTone());
    parts.root.hidden = true;
    this.host.document.body.append(parts.root);
    return parts;
  }

  private setTone(parts: ReadingParts, tone: Tone): void {
    parts.root.dataset.tone = tone;
    for (const b of parts.toneButtons) b.setAttribute('aria-pressed', String(b.dataset.tone === tone));
    try {
      this.host.localStorage.setItem(TONE_STORE, tone);
    } catch {
      // Storage refused (private window, file:// policy): the tone lasts until the page closes.
    }
  }

  private storedTone(): Tone {
    try {
      return this.host.localStorage.getItem(TONE_STORE) === 'light' ? 'light' : 'dark';
    } catch {
      return 'dark';
    }
  }

  /**
   * A short slide sits in the middle; a long one starts a little below the top, so the end of
   * the slide before still shows above it.
   */
  private bringIntoView(block: HTMLElement, smooth: boolean): void {
    const box = this.parts!.scroller;
    const room = box.clientHeight;
    const top = block.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    const offset = block.offsetHeight < room * 0.64 ? (room - block.offsetHeight) / 2 : room * 0.18;
    const reduced = this.host.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    box.scrollTo({ top: Math.max(0, top - offset), behavior: smooth && !reduced ? 'smooth' : 'auto' });
  }

  /** The speaker view shows its slide preview full-window while the preview is reading. */
  private announce(open: boolean): void {
    if (this.host.parent !== this.host) this.host.parent.postMessage(JSON.stringify({ ...READING_MESSAGE, open }), '*');
  }
}

/** Binds R to the reading view of `deck`. Call once, after deck.initialize(). */
export function installReadingView(deck: RevealApi, host: Window = window): void {
  const view = new ReadingView(deck, host, Date.now());
  deck.addKeyBinding({ keyCode: KEY_R, key: 'R', description: '读稿模式' }, () => view.toggle());
  deck.on('slidechanged', () => view.follow(true));
}
