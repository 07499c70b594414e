// What travels on the share's live channel, checked at the door: the presenting deck's slide and
// the remote's commands. Pure: strings and objects in, clean objects (or null) out.

/** Where the presenting deck is, as its page posts it on every slide change. */
export interface SlideState {
  /** The deck's name as its path gives it (`讲话` for `讲话/`, `讲话/index.html` and `讲话.html`). */
  deck: string;
  h: number;
  v: number;
  /** 0-based position among all slides, and how many there are. */
  index: number;
  total: number;
  title: string;
  next: string;
  notes: string;
  /** Planned seconds of the whole speech (0: unknown). */
  totalTime: number;
}

/** What a follower needs: which slide. Titles and notes stay with the remote. */
export type FollowerState = Pick<SlideState, 'deck' | 'h' | 'v'>;

/** What the remote shows; `elapsed` is milliseconds since the presenting deck first reported. */
export type RemoteState = SlideState & { elapsed: number };

export type Command = 'next' | 'prev';

const COMMANDS: readonly Command[] = ['next', 'prev'];

/** One slide's notes can be long (a whole part of the speech); anything beyond is cut. */
const MAX_TEXT = 200_000;
const MAX_LINE = 2_000;

const count = (value: unknown, max = 100_000): number | null =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max ? (value as number) : null;
const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

function parseJson(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The presenting deck's post, or null when it is not one. */
export function parseSlideState(body: string): SlideState | null {
  const raw = parseJson(body);
  if (!raw) return null;
  const [h, v, index, total] = [count(raw.h), count(raw.v), count(raw.index), count(raw.total)];
  if (h === null || v === null || index === null || total === null) return null;
  return {
    deck: text(raw.deck, MAX_LINE),
    h,
    v,
    index,
    total,
    title: text(raw.title, MAX_LINE),
    next: text(raw.next, MAX_LINE),
    notes: text(raw.notes, MAX_TEXT),
    totalTime: count(raw.totalTime, 10 * 24 * 3600) ?? 0,
  };
}

/** The remote's post (`{"action":"next"}`), or null. */
export function parseCommand(body: string): Command | null {
  const action = parseJson(body)?.action;
  return COMMANDS.find((c) => c === action) ?? null;
}

export const followerState = ({ deck, h, v }: SlideState): FollowerState => ({ deck, h, v });

/** `--no-notes` keeps the notes off the remote too, whatever the deck posted. */
export function remoteState(state: SlideState, elapsed: number, notes: boolean): RemoteState {
  return { ...state, notes: notes ? state.notes : '', elapsed };
}
