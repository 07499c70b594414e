// A deck opened from `lectern share` takes part in the room: the presenting deck (演示) posts
// where it is and obeys the remote; an audience deck (观众) follows it until its reader browses
// on their own, then offers 「跟随演讲者」 to catch up. A deck opened any other way has no live
// marker in its page and this does nothing: no request, no element.
import type Reveal from 'reveal.js';
import type { FollowerState } from '../node/serve/share-state.js';
import { openEvents, post, readLiveConfig, type LiveConfig } from './live-channel.js';

type Deck = InstanceType<typeof Reveal>;

/**
 * On a page view the deck announces a move while it is being made; the scroll view (phones)
 * scrolls there and passes other slides on its way, none of them the reader's own doing.
 */
const SCROLL_SETTLE_MS = 1_500;

/** reveal.js has it, its types do not. */
const inScrollView = (deck: Deck) => (deck as unknown as { isScrollView?(): boolean }).isScrollView?.() === true;

export function startLive(deck: Deck, doc: Document): void {
  const config = readLiveConfig(doc);
  // The speaker view's previews are this page again, in frames: they must neither post nor obey.
  if (!config || window.parent !== window) return;
  if (config.role === 'present') present(deck, config);
  else if (config.role === 'audience') follow(deck, config, doc);
}

/** `/<token>/讲话/`, `/<token>/讲话/index.html` and `/<token>/讲话.html` are the same deck: `讲话`. */
export function deckKey(pathname: string, config: LiveConfig): string {
  const root = config.base.replace(/[^/]+\/$/, '');
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
  let name = path;
  try {
    name = decodeURIComponent(path);
  } catch {
    // Keep the path as it came.
  }
  return name.replace(/(\/index)?\.html$|\/$/, '');
}

function slideTitle(slide: HTMLElement | undefined, position: number): string {
  if (!slide) return '';
  // A point slide's breadcrumb (its part) comes first in the markup; its own heading names it.
  const named = ['.heading', '.breadcrumb'].map((s) => slide.querySelector(s)?.textContent?.trim()).find(Boolean);
  return named || `第 ${position} 页`;
}

/** The notes as plain text, a paragraph a line: the remote shows them as text, never as HTML. */
function notesText(slide: HTMLElement | undefined): string {
  const notes = slide?.querySelector('aside.notes');
  if (!notes) return '';
  const paragraphs = [...notes.querySelectorAll('p')].map((p) => p.textContent?.trim() ?? '');
  return (paragraphs.length ? paragraphs.join('\n') : (notes.textContent ?? '')).trim();
}

function present(deck: Deck, config: LiveConfig): void {
  const key = deckKey(location.pathname, config);
  const send = () => {
    if (!deck.isReady()) return;
    const slides = deck.getSlides();
    const index = deck.getSlidePastCount();
    const { h, v } = deck.getIndices();
    const current = slides[index];
    const state = {
      deck: key,
      h,
      v,
      index,
      total: slides.length,
      title: slideTitle(current, index + 1),
      next: slideTitle(slides[index + 1], index + 2),
      notes: notesText(current),
      totalTime: Number(deck.getConfig().totalTime) || 0,
    };
    post(config, 'state', state).catch(() => undefined);
  };
  deck.on('ready', send);
  deck.on('slidechanged', send);
  openEvents(
    config,
    {
      command: ({ action }: { action: string }) => {
        if (action === 'next') deck.next();
        else if (action === 'prev') deck.prev();
      },
    },
    // After a reconnection the server may have lost track (it restarted): say where we are.
    (up) => up && send(),
  );
}

function catchUpButton(doc: Document, onClick: () => void): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'lectern-follow';
  button.textContent = '跟随演讲者';
  button.hidden = true;
  Object.assign(button.style, {
    // Bottom left: the middle of the bottom edge is reveal.js's down arrow, the right its slide number.
    position: 'fixed',
    left: '16px',
    bottom: '20px',
    zIndex: '40',
    padding: '12px 22px',
    border: '0',
    borderRadius: '999px',
    background: '#a4161a',
    color: '#fff8e6',
    font: '700 18px/1.2 system-ui, sans-serif',
    boxShadow: '0 4px 14px rgba(0,0,0,.3)',
  });
  button.addEventListener('click', onClick);
  doc.body.append(button);
  return button;
}

function follow(deck: Deck, config: LiveConfig, doc: Document): void {
  const key = deckKey(location.pathname, config);
  let latest: FollowerState | null = null;
  let following = true;
  let moving = false;
  let scrolledAt = 0;
  const atPresenter = () => {
    const { h, v } = deck.getIndices();
    return latest !== null && latest.h === h && latest.v === v;
  };
  const setFollowing = (on: boolean) => {
    following = on;
    button.hidden = on;
  };
  const catchUp = () => {
    if (!following || !latest || latest.deck !== key || !deck.isReady() || atPresenter()) return;
    if (inScrollView(deck)) scrolledAt = Date.now();
    moving = true;
    try {
      deck.slide(latest.h, latest.v);
    } finally {
      moving = false;
    }
  };
  const button = catchUpButton(doc, () => {
    setFollowing(true);
    catchUp();
  });
  deck.on('ready', catchUp);
  deck.on('slidechanged', () => {
    if (moving || !latest || latest.deck !== key) return;
    // Back on the presenter's slide by themselves: following again.
    if (atPresenter()) setFollowing(true);
    else if (Date.now() - scrolledAt > SCROLL_SETTLE_MS) setFollowing(false);
  });
  openEvents(config, {
    state: (state: FollowerState) => {
      latest = state;
      catchUp();
    },
  });
}
