// What every handler of the studio's API is given: where the speeches and the exports are,
// the decks as the dev server knows them, and the terminal.
import type { DevDeck } from '../serve/dev-deck.js';
import type { SpeechFile } from '../input/speech-files.js';
import { ApiError } from './http-json.js';

export interface StudioContext {
  /** The speeches' folder (`slides/`). */
  dir: string;
  /** Where exports are written, as the CLI writes them by default (`dist/` under the project root). */
  out: string;
  /** The speeches in the folder, as they are now. */
  decks(): Promise<SpeechFile[]>;
  /** A speech's deck, compiled in the dev server's worker threads (cached per version). */
  load(speech: SpeechFile): Promise<DevDeck>;
  /** Tells open pages that the list of decks changed (a deck added, renamed, deleted). */
  changed(): void;
  log(line: string): void;
}

/** The speech of the deck called `name`, or a 404 in Chinese. */
export async function speechOf(context: StudioContext, name: string): Promise<SpeechFile> {
  const speech = (await context.decks()).find((d) => d.name === name);
  if (!speech) throw new ApiError(404, `找不到幻灯片「${name}」：它可能已被改名或删除，请刷新页面。`);
  return speech;
}
