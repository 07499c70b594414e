// The decks as the home page shows them (one card each) and a deck's source as the structure
// editor takes it. A card needs the deck compiled; the list waits for each only briefly, so a
// slow deck never holds up the page: its card comes later from its own request.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { extensionOf, type SpeechFile } from '../input/speech-files.js';
import { readSpeech } from '../input/read-speech.js';
import { readSidecarFile, sidecarPath } from '../input/sidecar-file.js';
import { ApiError } from './http-json.js';
import { speechOf, type StudioContext } from './context.js';

/** How long the list waits for a deck's card before leaving it to load on its own. */
const CARD_WAIT_MS = 800;

export interface DeckCard {
  name: string;
  file: string;
  format: 'txt' | 'md' | 'docx';
  hasSidecar: boolean;
  /** Not yet known: the page asks GET /decks/<name> for the rest. */
  pending?: true;
  title?: string;
  slides?: number;
  minutes?: number;
  /** What the structure detection noticed (and how the file was read), one line each. */
  diagnostics?: string[];
  /** Set when the speech cannot become slides. */
  problem?: string;
}

function formatOf(path: string): DeckCard['format'] {
  const ext = extensionOf(path);
  return ext === '.md' ? 'md' : ext === '.docx' ? 'docx' : 'txt';
}

/** What a card says before its deck is compiled. */
function cardBase(speech: SpeechFile): DeckCard {
  return { name: speech.name, file: basename(speech.path), format: formatOf(speech.path), hasSidecar: existsSync(sidecarPath(speech.path, speech.name)) };
}

export async function deckCard(context: StudioContext, speech: SpeechFile): Promise<DeckCard> {
  const base = cardBase(speech);
  const deck = await context.load(speech);
  if (!deck.ok) return { ...base, problem: deck.message };
  const { title, slides, seconds } = deck.summary;
  return { ...base, title: title || speech.name, slides, minutes: Math.max(1, Math.round(seconds / 60)), diagnostics: deck.diagnostics };
}

export async function listCards(context: StudioContext): Promise<{ decks: DeckCard[] }> {
  const speeches = await context.decks();
  const decks = await Promise.all(
    speeches.map((speech) => {
      const card = deckCard(context, speech);
      card.catch(() => undefined); // Awaited later by its own request, if the wait ends first.
      let timer: NodeJS.Timeout;
      const late = new Promise<DeckCard>((resolve) => (timer = setTimeout(() => resolve({ ...cardBase(speech), pending: true }), CARD_WAIT_MS)));
      return Promise.race([card, late]).finally(() => clearTimeout(timer));
    }),
  );
  return { decks };
}

/** A speech as the structure editor compiles it (the text compileSpeech takes) and its sidecar,
 *  read once for the editor's page and for the 设置 panel. */
export async function speechSource(path: string, name: string) {
  const [source, sidecar] = await Promise.all([readSpeech(path), readSidecarFile(path, name)]);
  if (!source.ok) return { ok: false as const, message: source.message };
  const format: 'txt' | 'md' = source.format === 'md' ? 'md' : 'txt';
  return { ok: true as const, format, text: source.text, styledHeadings: source.styledHeadings ?? [], notes: source.notes, sidecar };
}

/** The speech as the browser's editor compiles it with the pure core, and its sidecar. */
export async function deckSource(context: StudioContext, name: string) {
  const speech = await speechOf(context, name);
  const source = await speechSource(speech.path, speech.name);
  if (!source.ok) throw new ApiError(422, source.message);
  return {
    name: speech.name,
    format: source.format,
    text: source.text,
    styledHeadings: source.styledHeadings,
    sidecar: source.sidecar.sidecar,
    sidecarDiagnostics: source.sidecar.diagnostics,
    notes: source.notes,
  };
}
